import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { partyPermissions, type PartyRole } from '@covenant/domain';
import { CurrentViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import type { Viewer } from '../../core/auth/viewer';
import { PartyRoleEnum } from '../../core/graphql/enums';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { factsOf, recordShown, shownRecord } from '../covenants/covenant-access';
import { known } from '../covenants/covenant.loaders';
import { CovenantObject } from '../covenants/covenant.object';
import { OrganisationObject } from '../organisations/organisation.object';
import { PartiesService } from './parties.service';
import { PartyObject, PartyPermissionsObject } from './party.object';

@Resolver(() => PartyObject)
export class PartiesResolver {
  constructor(private readonly service: PartiesService) {}

  @Query(() => [PartyObject], {
    description: 'Invitations waiting for an answer from organisations the viewer is an ADMIN of, newest first.',
  })
  async pendingInvitations(@CurrentViewer() viewer: Viewer): Promise<PartyObject[]> {
    return (await this.service.pendingFor(viewer.userId)).map(PartyObject.from);
  }

  @Mutation(() => PartyObject)
  async inviteParty(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string,
    @Args('role', { type: () => PartyRoleEnum, nullable: true, defaultValue: 'PARTNER' }) role: PartyRole | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PartyObject> {
    return PartyObject.from(await this.service.invite(viewer, covenantId, organisationId, role ?? 'PARTNER'));
  }

  @Mutation(() => PartyObject)
  async respondToInvitation(
    @Args('partyId', { type: () => ID }, ParseIdPipe) partyId: string,
    @Args('accept') accept: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PartyObject> {
    return PartyObject.from(await this.service.respond(viewer, partyId, accept));
  }

  @Mutation(() => PartyObject)
  async removeParty(
    @Args('partyId', { type: () => ID }, ParseIdPipe) partyId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PartyObject> {
    return PartyObject.from(await this.service.remove(viewer, partyId));
  }

  @ResolveField(() => CovenantObject)
  async covenant(party: PartyObject, _args: unknown, ctx: GraphQLContext): Promise<CovenantObject> {
    const covenant = await ctx.loaders.covenant.load(party.covenantId);
    if (!covenant) throw new Error(`party ${party.id} has no covenant`);
    return CovenantObject.from(covenant);
  }

  @ResolveField(() => PartyPermissionsObject, { description: 'What the viewer may do with this party now.' })
  async viewerCan(party: PartyObject, _args: unknown, ctx: GraphQLContext): Promise<PartyPermissionsObject> {
    const viewer = viewerOf(ctx);
    const facts = await factsOf(ctx, viewer, party.covenantId);
    // As it is now, whatever record of it the viewer is shown.
    const current = facts.covenant.parties.find((p) => p.partyId === party.id);
    const can = current ? partyPermissions(facts.covenant, facts.viewer, current) : null;
    return Object.assign(new PartyPermissionsObject(), can ?? { remove: false, leave: false, respond: false });
  }

  @ResolveField(() => OrganisationObject)
  async organisation(party: PartyObject, _args: unknown, ctx: GraphQLContext): Promise<OrganisationObject> {
    const organisation = await ctx.loaders.organisation.load(party.organisationId);
    if (!organisation) throw new Error(`party ${party.id} has no organisation`);
    return OrganisationObject.from(organisation);
  }
}

/** Covenant.parties, as the viewer is shown them (see `shownRecord`). */
@Resolver(() => CovenantObject)
export class CovenantPartiesResolver {
  @ResolveField(() => [PartyObject])
  async parties(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext): Promise<PartyObject[]> {
    const viewer = viewerOf(ctx);
    const record = await shownRecord(ctx, viewer, covenant);
    const parties = await ctx.loaders.partiesOfCovenant.load(covenant.id);
    // Read with their organisations: each party's `organisation` needs no statement of its own.
    for (const party of parties)
      if (party.organisation) ctx.loaders.organisation.prime(party.organisationId, party.organisation);
    return parties.flatMap((party) => PartyObject.shown(party, record) ?? []);
  }
}

/**
 * Organisation.parties: only the parties of covenants the viewer may read, each read with its covenant and whether
 * the viewer may read its working draft, so a council's page does not read them again.
 */
@Resolver(() => OrganisationObject)
export class OrganisationPartiesResolver {
  @ResolveField(() => [PartyObject])
  async parties(organisation: OrganisationObject, _args: unknown, ctx: GraphQLContext): Promise<PartyObject[]> {
    const found = await ctx.loaders.partiesOfOrganisation.load(organisation.id);
    known(
      ctx,
      found.map(({ party }) => party.covenant),
    );
    const records = await Promise.all(
      found.map(({ party, workingDraft }) => recordShown(ctx, party.covenant, workingDraft)),
    );
    return found.flatMap(({ party }, index) => PartyObject.shown(party, records[index]) ?? []);
  }
}
