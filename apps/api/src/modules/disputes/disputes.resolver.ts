import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { mayAnswerDispute, mayDisputeDelivery } from '@covenant/domain';
import { CurrentViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { CommitmentObject } from '../commitments/commitment.object';
import { factsOf } from '../covenants/covenant-access';
import { UserObject } from '../users/user.object';
import { AnswerDisputeArgs, DisputeDeliveryArgs } from './dispute.inputs';
import { DeliveryDisputeObject } from './delivery-dispute.object';
import { DisputesService } from './disputes.service';

async function partyOf(ctx: GraphQLContext, covenantId: string, partyId: string) {
  const party = (await ctx.loaders.partiesOfCovenant.load(covenantId)).find((p) => p.id === partyId);
  const organisation = party && (await ctx.loaders.organisation.load(party.organisationId));
  if (!party || !organisation) throw new Error(`party ${partyId} is gone`);
  return { partyId: party.id, partyName: organisation.name };
}

@Resolver(() => DeliveryDisputeObject)
export class DisputesResolver {
  constructor(private readonly disputes: DisputesService) {}

  @Mutation(() => DeliveryDisputeObject, {
    description:
      'Signed-in, verified e-mail, on a commitment whose latest report is DELIVERED; 20–5,000 characters; evidence an http(s) URL.',
  })
  async disputeDelivery(@Args() args: DisputeDeliveryArgs, @CurrentViewer() viewer: Viewer) {
    const dispute = await this.disputes.dispute(viewer, args.commitmentId, args.reason, args.evidenceUrl ?? null);
    return DeliveryDisputeObject.from(dispute);
  }

  @Mutation(() => DeliveryDisputeObject, { description: "An ADMIN of the commitment's party." })
  async answerDispute(@Args() args: AnswerDisputeArgs, @CurrentViewer() viewer: Viewer) {
    return DeliveryDisputeObject.from(await this.disputes.answer(viewer, args.disputeId, args.answer));
  }

  @ResolveField(() => UserObject)
  async raisedBy(dispute: DeliveryDisputeObject, _args: unknown, ctx: GraphQLContext) {
    const user = await ctx.loaders.user.load(dispute.raisedById);
    if (!user) throw new Error(`dispute ${dispute.id} has no author`);
    return UserObject.from(user);
  }

  @ResolveField(() => Boolean, { description: "The viewer may answer it now (an admin of the commitment's party)." })
  async viewerCanAnswer(dispute: DeliveryDisputeObject, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    const viewer = viewerOf(ctx);
    if (!viewer) return false;
    const commitment = await ctx.loaders.commitment.load(dispute.commitmentId);
    if (!commitment) return false;
    const [facts, party] = await Promise.all([
      factsOf(ctx, viewer, commitment.covenantId),
      partyOf(ctx, commitment.covenantId, commitment.partyId),
    ]);
    return mayAnswerDispute(facts.covenant, facts.viewer, { ...party, answered: dispute.answer !== null });
  }
}

/** Commitment.disputes and whether the viewer may dispute its delivery. */
@Resolver(() => CommitmentObject)
export class CommitmentDisputesResolver {
  @ResolveField(() => [DeliveryDisputeObject], { description: 'Disputes of its DELIVERED reports, oldest first.' })
  async disputes(commitment: CommitmentObject, _args: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.disputesOfCommitment.load(commitment.id)).map(DeliveryDisputeObject.from);
  }

  @ResolveField(() => Boolean, {
    description: 'The viewer may dispute its delivery now (its latest report is DELIVERED; not its own party).',
  })
  async viewerCanDispute(commitment: CommitmentObject, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    const viewer = viewerOf(ctx);
    if (!viewer || commitment.progress !== 'DELIVERED') return false;
    const [facts, party, disputes] = await Promise.all([
      factsOf(ctx, viewer, commitment.covenantId),
      partyOf(ctx, commitment.covenantId, commitment.partyId),
      ctx.loaders.disputesOfCommitment.load(commitment.id),
    ]);
    return mayDisputeDelivery(facts.covenant, facts.viewer, {
      ...party,
      delivered: true,
      viewerHasOpenDispute: disputes.some((d) => d.raisedById === viewer.userId && d.answer === null),
    });
  }
}
