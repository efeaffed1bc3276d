import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import { SignIn } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { pageSize } from '../../core/validation/page-size';
import { parseId, ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { OrganisationObject, OrganisationVerificationObject } from '../organisations/organisation.object';
import { viewerRoleIn } from '../organisations/organisations.resolver';
import { UserObject } from '../users/user.object';
import { isSelf } from '../users/users.resolver';
import { EmailProofService } from './email-proof.service';
import { OrganisationVerificationService } from './organisation-verification.service';
import { PlatformRolesService } from './platform-roles.service';

/** Tokens are 43 characters; anything much longer is not one, and is not looked up. */
const MAX_TOKEN_LENGTH = 200;

/** Whether the viewer is a steward, asked once per request. */
const stewardship = new WeakMap<object, Promise<boolean>>();
function isSteward(ctx: GraphQLContext, viewer: Viewer | null, roles: PlatformRolesService): Promise<boolean> {
  if (!viewer) return Promise.resolve(false);
  let answer = stewardship.get(ctx);
  if (!answer) {
    answer = roles.holds(viewer.userId, 'STEWARD');
    stewardship.set(ctx, answer);
  }
  return answer;
}

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly emailProof: EmailProofService,
    private readonly verification: OrganisationVerificationService,
  ) {}

  @SignIn()
  @Mutation(() => UserObject, {
    description: 'The token from the e-mailed link; BAD_USER_INPUT when unknown, used or expired (48 hours).',
  })
  async verifyEmail(@Args('token') token: string): Promise<UserObject> {
    const user = await this.emailProof.verify(token.slice(0, MAX_TOKEN_LENGTH));
    // Whoever holds the link received it at that address: they may see that it is now confirmed.
    return UserObject.from(user, { revealPrivate: true });
  }

  @Mutation(() => Boolean, { description: 'Sends a new link (at most 5 an hour: RATE_LIMITED).' })
  resendEmailVerification(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.emailProof.resend(viewer);
  }

  @Mutation(() => OrganisationObject, {
    description:
      "An ADMIN asks for the organisation to be verified by `domain`: the caller's verified e-mail must be on that domain or a subdomain of it (else FORBIDDEN). Status becomes PENDING.",
  })
  async requestOrganisationVerification(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string,
    @Args('domain') domain: string,
    @Args('evidence', { type: () => String, nullable: true }) evidence: string | null,
  ): Promise<OrganisationObject> {
    return OrganisationObject.from(await this.verification.request(viewer, organisationId, domain, evidence));
  }

  @Mutation(() => OrganisationObject, {
    description: 'Stewards only: approve (VERIFIED, domain recorded) or reject (REJECTED) with a public note.',
  })
  async reviewOrganisationVerification(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string,
    @Args('approve') approve: boolean,
    @Args('note') note: string,
  ): Promise<OrganisationObject> {
    return OrganisationObject.from(await this.verification.review(viewer, organisationId, approve, note));
  }

  @Query(() => [OrganisationObject], {
    description: 'Stewards only (else FORBIDDEN): organisations awaiting review, oldest request first.',
  })
  async verificationRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
  ): Promise<OrganisationObject[]> {
    const rows = await this.verification.queue(viewer, pageSize(first, 50), after ? parseId(after) : null);
    return rows.map(OrganisationObject.from);
  }
}

@Resolver(() => UserObject)
export class UserIdentityResolver {
  constructor(private readonly roles: PlatformRolesService) {}

  @ResolveField(() => Boolean, {
    description: 'Only for the user themself (false for everyone else): may review organisation verification.',
  })
  async isSteward(user: UserObject, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    const viewer = viewerOf(ctx);
    if (!isSelf(user, viewer)) return false;
    return viewer?.userId === user.id ? isSteward(ctx, viewer, this.roles) : this.roles.holds(user.id, 'STEWARD');
  }
}

/** The request under review: its details are for stewards and the organisation's admins only (null for others). */
@Resolver(() => OrganisationVerificationObject)
export class VerificationRequestResolver {
  constructor(private readonly roles: PlatformRolesService) {}

  private async mayReadRequest(
    verification: OrganisationVerificationObject,
    viewer: Viewer | null,
    ctx: GraphQLContext,
  ): Promise<boolean> {
    if (!viewer) return false;
    if ((await viewerRoleIn(verification.organisationId, viewer, ctx)) === 'ADMIN') return true;
    return isSteward(ctx, viewer, this.roles);
  }

  @ResolveField(() => String, { nullable: true, description: 'The domain asked for (stewards and admins only).' })
  async requestedDomain(
    verification: OrganisationVerificationObject,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<string | null> {
    const viewer = viewerOf(ctx);
    return (await this.mayReadRequest(verification, viewer, ctx)) ? verification.request.requestedDomain : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'What the admin offered as evidence (stewards and admins only).',
  })
  async evidence(
    verification: OrganisationVerificationObject,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<string | null> {
    const viewer = viewerOf(ctx);
    return (await this.mayReadRequest(verification, viewer, ctx)) ? verification.request.evidence : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When verification was last asked for (stewards and admins only).',
  })
  async requestedAt(
    verification: OrganisationVerificationObject,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<Date | null> {
    const viewer = viewerOf(ctx);
    return (await this.mayReadRequest(verification, viewer, ctx)) ? verification.request.requestedAt : null;
  }
}
