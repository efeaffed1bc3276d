/**
 * Turns what the database knows into the facts the shared policy
 * (libs/domain) decides on, and turns a refusal into an error. Every covenant
 * rule is decided there; nothing here re-implements one.
 */
import {
  decide,
  draftHiddenFromOutsiders,
  type ActionContext,
  type CovenantAction,
  type PolicyCovenant,
  type PolicyViewer,
  type RecordAtReview,
} from '@covenant/domain';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { AppError, notVisibleError } from '../../core/errors/app-error';
import type { MembershipEntity } from '../organisations/membership.entity';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { PartyEntity } from './party.entity';
import type { CovenantEntity } from './covenant.entity';

/** The covenant and all its parties, each read with its organisation, as the policy sees them. */
export function policyCovenant(
  covenant: Pick<CovenantEntity, 'status' | 'visibility' | 'everInForce'>,
  parties: readonly PartyEntity[],
): PolicyCovenant {
  return {
    parties: parties.map((party) => {
      const organisation = party.organisation;
      if (!organisation) throw new Error(`party ${party.id} was read without its organisation`);
      return {
        partyId: party.id,
        organisationId: party.organisationId,
        organisationName: organisation.name,
        organisationKind: organisation.kind,
        verified: organisation.verificationStatus === 'VERIFIED',
        role: party.role,
        status: party.status,
      };
    }),
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
  const [parties, memberships] = await Promise.all([
    ctx.loaders.partiesOfCovenant.load(covenant.id),
    viewer ? ctx.loaders.membershipsOfUser.load(viewer.userId) : [],
  ]);
  return {
    covenant: policyCovenant(covenant, parties),
    viewer: policyViewer(viewer, parties, memberships),
  };
}

/** The facts for a covenant known by id, for what belongs to it: a party, a comment. */
export async function factsOf(ctx: GraphQLContext, viewer: Viewer | null, covenantId: string): Promise<CovenantFacts> {
  const covenant = await ctx.loaders.covenant.load(covenantId);
  if (!covenant) throw new Error(`covenant ${covenantId} is gone`);
  return readFacts(ctx, viewer, covenant);
}

/**
 * Which record of a covenant the viewer may read they are shown: null for the
 * record as it is now; for someone who may not read a revision's working
 * draft, the record as it stood when the review began (comments, parties,
 * audit trail).
 */
export async function shownRecord(
  ctx: GraphQLContext,
  viewer: Viewer | null,
  covenant: Pick<CovenantEntity, 'id' | 'status' | 'visibility' | 'everInForce'>,
): Promise<RecordAtReview | null> {
  return recordShown(ctx, covenant, await readsWorkingDraft(ctx, viewer, covenant));
}

/**
 * `decide('readWorkingDraft')` for a viewer who reads the covenant. Outside a revision whoever reads a covenant reads
 * its draft, so the answer needs no facts: a page listing many covenants loads none for it.
 */
export async function readsWorkingDraft(
  ctx: GraphQLContext,
  viewer: Viewer | null,
  covenant: Pick<CovenantEntity, 'id' | 'status' | 'visibility' | 'everInForce'>,
): Promise<boolean> {
  if (!draftHiddenFromOutsiders(covenant.status)) return true;
  return allowed('readWorkingDraft', await readFacts(ctx, viewer, covenant));
}

/**
 * `shownRecord` when whether the viewer may read the working draft is already known: decided in the statement that
 * read the covenant, by `mayReadWorkingDraftSql`.
 */
export async function recordShown(
  ctx: GraphQLContext,
  covenant: Pick<CovenantEntity, 'id' | 'status'>,
  mayReadWorkingDraft: boolean,
): Promise<RecordAtReview | null> {
  if (mayReadWorkingDraft || !draftHiddenFromOutsiders(covenant.status)) return null;
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
    throw notVisibleError('covenant');
  }
  return covenant;
}
