/**
 * Turns what the database knows into the facts the shared policy
 * (libs/domain) decides on, and turns a refusal into an error. Every covenant
 * rule is decided there; nothing here re-implements one.
 */
import {
  decide,
  PUBLIC_BODY_KINDS,
  type ActionContext,
  type CovenantAction,
  type PolicyCovenant,
  type PolicyViewer,
  type RecordAtReview,
} from '@covenant/domain';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { AppError, notFound } from '../../core/errors/app-error';
import type { MembershipEntity } from '../organisations/membership.entity';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { PartyEntity } from '../parties/party.entity';
import type { CovenantEntity } from './covenant.entity';

/**
 * `organisations` are the parties' organisations, by id: a public body among
 * the active parties that is not VERIFIED holds back signature.
 */
export function policyCovenant(
  covenant: Pick<CovenantEntity, 'status' | 'visibility' | 'everInForce'>,
  parties: Pick<PartyEntity, 'organisationId' | 'status'>[],
  organisations: ReadonlyMap<string, Pick<OrganisationEntity, 'name' | 'kind' | 'verificationStatus'>>,
): PolicyCovenant {
  const unverifiedPublicBodies = parties
    .filter((party) => party.status === 'INVITED' || party.status === 'ACCEPTED')
    .map((party) => organisations.get(party.organisationId))
    .filter((org) => !!org && PUBLIC_BODY_KINDS.includes(org.kind) && org.verificationStatus !== 'VERIFIED')
    .map((org) => org!.name);
  return {
    unverifiedPublicBodies,
    status: covenant.status,
    visibility: covenant.visibility,
    everInForce: covenant.everInForce,
    // Until a revision is countersigned, the version that was in force stays in force.
    hasInForceVersion: covenant.everInForce && covenant.status !== 'ENDED',
  };
}

/** A party as the policy sees it when it is acted on (`ActionContext.targetParty`). */
export function policyParty(party: Pick<PartyEntity, 'id' | 'role' | 'status'>) {
  return { partyId: party.id, role: party.role, status: party.status };
}

/**
 * The viewer's parties in this covenant: parties whose organisation they
 * belong to, with their role there. Memberships come with their organisation.
 */
export function policyViewer(
  viewer: Viewer | null,
  parties: PartyEntity[],
  memberships: MembershipEntity[],
): PolicyViewer {
  if (!viewer) return { signedIn: false, emailVerified: false, parties: [] };
  const membershipIn = new Map(memberships.map((m) => [m.organisationId, m]));
  return {
    signedIn: true,
    emailVerified: viewer.emailVerified,
    parties: parties.flatMap((party) => {
      const membership = membershipIn.get(party.organisationId);
      if (!membership?.organisation) return [];
      return [
        {
          partyId: party.id,
          role: party.role,
          status: party.status,
          organisationKind: membership.organisation.kind,
          memberRole: membership.role,
        },
      ];
    }),
  };
}

/** The parties' organisations by id, for parties read with their organisation. */
export function organisationsOf(parties: readonly PartyEntity[]): Map<string, OrganisationEntity> {
  return new Map(parties.flatMap((party) => (party.organisation ? [[party.organisationId, party.organisation]] : [])));
}

export interface CovenantFacts {
  covenant: PolicyCovenant;
  viewer: PolicyViewer;
}

export function allowed(action: CovenantAction, facts: CovenantFacts, context?: ActionContext): boolean {
  return decide(action, facts.covenant, facts.viewer, context).allowed;
}

/** Throws the policy's refusal as an error with its code and reason. */
export function enforce(action: CovenantAction, facts: CovenantFacts, context?: ActionContext): void {
  const decision = decide(action, facts.covenant, facts.viewer, context);
  if (!decision.allowed) throw new AppError(decision.code, decision.reason);
}

/** The same facts for a read inside a GraphQL request, through its DataLoaders. */
export async function readFacts(
  ctx: GraphQLContext,
  viewer: Viewer | null,
  covenant: Pick<CovenantEntity, 'id' | 'status' | 'visibility' | 'everInForce'>,
): Promise<CovenantFacts> {
  const parties = await ctx.loaders.partiesOfCovenant.load(covenant.id);
  const memberships = viewer ? await ctx.loaders.membershipsOfUser.load(viewer.userId) : [];
  return {
    covenant: policyCovenant(covenant, parties, organisationsOf(parties)),
    viewer: policyViewer(viewer, parties, memberships),
  };
}

/**
 * Which record of the covenant the viewer is shown: null for the record as it
 * is now; for someone who may not read a revision's working draft, the record
 * as it stood when the review began (comments, parties, audit trail).
 */
export async function shownRecord(
  ctx: GraphQLContext,
  viewer: Viewer | null,
  covenant: Pick<CovenantEntity, 'id' | 'status' | 'visibility' | 'everInForce'>,
): Promise<RecordAtReview | null> {
  if (allowed('readWorkingDraft', await readFacts(ctx, viewer, covenant))) return null;
  return ctx.loaders.recordAtReview.load(covenant.id);
}

/** Keeps the covenants the viewer may read, in order. */
export async function readable<T extends Pick<CovenantEntity, 'id' | 'status' | 'visibility' | 'everInForce'>>(
  ctx: GraphQLContext,
  viewer: Viewer | null,
  covenants: T[],
): Promise<T[]> {
  const facts = await Promise.all(covenants.map((covenant) => readFacts(ctx, viewer, covenant)));
  return covenants.filter((_, index) => allowed('read', facts[index]));
}

/** The covenant if the viewer may read it; NOT_FOUND otherwise, never revealing that a hidden one exists. */
export async function readableCovenant(
  ctx: GraphQLContext,
  viewer: Viewer | null,
  covenantId: string,
): Promise<CovenantEntity> {
  const covenant = await ctx.loaders.covenant.load(covenantId);
  if (!covenant || !(await readable(ctx, viewer, [covenant])).length) {
    throw notFound('That covenant does not exist, or you cannot see it.');
  }
  return covenant;
}
