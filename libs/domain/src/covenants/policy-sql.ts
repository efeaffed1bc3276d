/**
 * Rules of the policy that PostgreSQL must enforce itself, at the moment a
 * write lands, written as SQL conditions beside the functions they mirror.
 * The integration tests compare each with `decide` across the authorisation
 * matrix's people and statuses.
 */
import { MEMBER_ROLES } from '../organisations';
import { draftHiddenFromOutsiders, EDITABLE_STATUSES, PUBLICLY_READABLE } from './policy';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * `decide('edit')`: the user is a member (any role) of an ACCEPTED party and
 * the covenant is being drafted. `covenantId` and `userId` are SQL
 * expressions. The rows it reads are share-locked, so a change that takes
 * the right away (party removed, member removed, status moved) waits for the
 * write that holds them, or the write sees the change and is refused.
 */
export function mayEditSql(covenantId: string, userId: string): string {
  return `(EXISTS (SELECT 1 FROM covenants c WHERE c.id = ${covenantId} AND c.status IN (${list(EDITABLE_STATUSES)}) FOR SHARE)
    AND EXISTS (SELECT 1 FROM covenant_parties p JOIN memberships m ON m.organisation_id = p.organisation_id
      WHERE p.covenant_id = ${covenantId} AND p.status = 'ACCEPTED' AND m.user_id = ${userId}
        AND m.role IN (${list(MEMBER_ROLES)}) FOR SHARE OF p, m))`;
}

/** The session is the user's, neither revoked nor expired; share-locked so a sign-out waits for a write in flight. */
export function sessionLiveSql(sessionId: string, userId: string): string {
  return `EXISTS (SELECT 1 FROM sessions s WHERE s.id = ${sessionId} AND s.user_id = ${userId}
    AND s.revoked_at IS NULL AND s.expires_at > now() FOR SHARE)`;
}

/**
 * `canRead` (and so `decide('read')`): anyone may read a PUBLIC covenant once
 * it has left draft (and was not withdrawn); a member of an organisation
 * invited to it or taking part in it may read it always. `covenant` is the
 * covenants row's alias, `userId` an SQL expression or null for an anonymous
 * reader. Lists filter with it in the query instead of loading and filtering.
 */
export function mayReadSql(covenant: string, userId: string | null, shape: RuleShape = 'set'): string {
  const open = openToAllSql(covenant);
  if (userId === null) return open;
  return `(${open} OR ${partyMemberSql(covenant, userId, shape)})`;
}

/** The part of `mayReadSql` that does not depend on the reader: what anyone may read. */
export function openToAllSql(covenant: string): string {
  return publicInSql(covenant, PUBLICLY_READABLE);
}

/** A PUBLIC covenant in one of `statuses`. */
function publicInSql(covenant: string, statuses: readonly string[]): string {
  return `(${covenant}.visibility = 'PUBLIC' AND ${covenant}.status IN (${list(statuses)}))`;
}

/**
 * The rest of `mayReadSql` for a signed-in user: what they may read only as a member of a party. The two parts do
 * not overlap, so a count is the sum of theirs: everyone's, from an index of its own, and the user's few.
 */
export function readableOnlyAsPartySql(covenant: string, userId: string): string {
  return `(${partyMemberSql(covenant, userId, 'set')} AND NOT ${openToAllSql(covenant)})`;
}

/**
 * How a rule asks whether the user belongs to an organisation invited to the
 * covenant or taking part in it.
 *
 * `set`: membership of a set that does not depend on the row, which PostgreSQL
 * works out once per query (a hashed subplan) instead of once per covenant it
 * considers: lists and counts over many covenants stay cheap for a signed-in
 * reader however many covenants there are.
 *
 * `row`: a lookup for each covenant, for queries that reach a few covenants
 * from elsewhere (an organisation's parties or commitments). With the set
 * there, PostgreSQL counts the set's cost again for each covenant it would
 * look up, and scans every covenant instead.
 */
export type RuleShape = 'set' | 'row';

function partyMemberSql(covenant: string, userId: string, shape: RuleShape): string {
  const parties = `covenant_parties rp JOIN memberships rm ON rm.organisation_id = rp.organisation_id
      WHERE rp.status IN ('INVITED', 'ACCEPTED') AND rm.user_id = ${userId}`;
  return shape === 'set'
    ? `${covenant}.id IN (SELECT rp.covenant_id FROM ${parties})`
    : `EXISTS (SELECT 1 FROM ${parties} AND rp.covenant_id = ${covenant}.id)`;
}

/**
 * `decide('readWorkingDraft')`: what `mayReadSql` allows, except that during
 * a revision (UNDER_REVIEW) only the parties (INVITED or ACCEPTED) see the
 * working draft and its commitments.
 */
export function mayReadWorkingDraftSql(covenant: string, userId: string | null, shape: RuleShape = 'set'): string {
  const outsiders = publicInSql(
    covenant,
    PUBLICLY_READABLE.filter((status) => !draftHiddenFromOutsiders(status)),
  );
  if (userId === null) return outsiders;
  return `(${outsiders} OR ${partyMemberSql(covenant, userId, shape)})`;
}
