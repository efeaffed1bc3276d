import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { londonDay, serviceRequestPermissions, type ServiceRequestStatus } from '@covenant/domain';
import { CurrentViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { ServiceRequestStatusEnum } from '../../core/graphql/enums';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { NeighbourhoodObject } from '../neighbourhoods/neighbourhood.object';
import { OrganisationObject } from '../organisations/organisation.object';
import { rightsViewer } from '../organisations/rights-viewer';
import { RespondToServiceRequestArgs, ServiceRequestInput } from './service-request.inputs';
import { ServiceRequestObject, ServiceRequestPermissionsObject } from './service-request.object';
import { requestFacts, ServiceRequestsService } from './service-requests.service';

const today = () => londonDay(new Date());

async function organisation(ctx: GraphQLContext, id: string): Promise<OrganisationObject> {
  const found = await ctx.loaders.organisation.load(id);
  if (!found) throw new Error(`organisation ${id} is gone`);
  return OrganisationObject.from(found);
}

@Resolver(() => ServiceRequestObject)
export class ServiceRequestsResolver {
  constructor(private readonly requests: ServiceRequestsService) {}

  @Public()
  @Query(() => ServiceRequestObject, { nullable: true })
  async serviceRequest(@Args('slug') slug: string): Promise<ServiceRequestObject | null> {
    const request = await this.requests.findBySlug(slug);
    return request ? ServiceRequestObject.from(request, today()) : null;
  }

  @Mutation(() => ServiceRequestObject, {
    description:
      'An ADMIN of a community group, community business or voluntary organisation asks a verified public body (LOCAL_AUTHORITY or PUBLIC_BODY).',
  })
  async submitServiceRequest(@Args('input') input: ServiceRequestInput, @CurrentViewer() viewer: Viewer) {
    return ServiceRequestObject.from(await this.requests.submit(viewer, input), today());
  }

  @Mutation(() => ServiceRequestObject, {
    description:
      'An ADMIN of the public body; status one of ACCEPTED, ACCEPTED_WITH_CHANGES, REFUSED; response 1–5,000 characters.',
  })
  async respondToServiceRequest(@Args() args: RespondToServiceRequestArgs, @CurrentViewer() viewer: Viewer) {
    const request = await this.requests.respond(viewer, args.requestId, args.status, args.response);
    return ServiceRequestObject.from(request, today());
  }

  @Mutation(() => ServiceRequestObject, { description: 'An ADMIN of the requester, while SUBMITTED (else CONFLICT).' })
  async withdrawServiceRequest(
    @Args('requestId', { type: () => ID }, ParseIdPipe) requestId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return ServiceRequestObject.from(await this.requests.withdraw(viewer, requestId), today());
  }

  @ResolveField(() => NeighbourhoodObject)
  async neighbourhood(request: ServiceRequestObject, _args: unknown, ctx: GraphQLContext) {
    const neighbourhood = await ctx.loaders.neighbourhood.load(request.neighbourhoodId);
    if (!neighbourhood) throw new Error(`request ${request.id} has no neighbourhood`);
    return NeighbourhoodObject.from(neighbourhood);
  }

  @ResolveField(() => OrganisationObject)
  requester(request: ServiceRequestObject, _args: unknown, ctx: GraphQLContext) {
    return organisation(ctx, request.requesterId);
  }

  @ResolveField(() => OrganisationObject)
  publicBody(request: ServiceRequestObject, _args: unknown, ctx: GraphQLContext) {
    return organisation(ctx, request.publicBodyId);
  }

  @ResolveField(() => ServiceRequestPermissionsObject, { description: 'What the viewer may do with this request now.' })
  async viewerCan(
    request: ServiceRequestObject,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<ServiceRequestPermissionsObject> {
    const viewer = viewerOf(ctx);
    const [requester, publicBody, memberships] = await Promise.all([
      organisation(ctx, request.requesterId),
      organisation(ctx, request.publicBodyId),
      viewer ? ctx.loaders.membershipsOfUser.load(viewer.userId) : [],
    ]);
    const facts = requestFacts(request, requester, publicBody);
    return Object.assign(
      new ServiceRequestPermissionsObject(),
      serviceRequestPermissions(rightsViewer(viewer, memberships), facts),
    );
  }
}

/** Neighbourhood.serviceRequests. */
@Resolver(() => NeighbourhoodObject)
export class NeighbourhoodServiceRequestsResolver {
  @ResolveField(() => [ServiceRequestObject], {
    description: 'Newest first; only those of the given statuses when given.',
  })
  async serviceRequests(
    @Parent() neighbourhood: NeighbourhoodObject,
    @Args('status', { type: () => [ServiceRequestStatusEnum], nullable: true }) status: ServiceRequestStatus[] | null,
    @Context() ctx: GraphQLContext,
  ): Promise<ServiceRequestObject[]> {
    const requests = await ctx.loaders.serviceRequestsOfNeighbourhood.load(neighbourhood.id);
    const day = today();
    return requests
      .filter((request) => !status?.length || status.includes(request.status))
      .map((request) => ServiceRequestObject.from(request, day));
  }
}
