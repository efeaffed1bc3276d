/**
 * What people outside a revision are shown of a covenant's record while it is
 * UNDER_REVIEW (who may read the working draft is `decide('readWorkingDraft')`):
 * the record as it stood at the audit event that last moved it into review.
 * Everything before that event was public already (the covenant in force, or
 * a revision open for signature); everything after it is the working draft's.
 * So they get the audit chain up to that event, the comments made by then
 * (resolved as they then were) and the parties as they then stood.
 */
import type { PartyStatus } from './enums';

export interface RecordEvent {
  seq: number;
  action: string;
  /** The event's details, as the JSON text stored and hashed. */
  details: string;
}

export interface RecordAtReview {
  /** The last audit event shown: the one that began the current stage of review (0: none was recorded). */
  throughSeq: number;
  commentIds: ReadonlySet<string>;
  resolvedCommentIds: ReadonlySet<string>;
  /** Each party that existed then, with its status then. */
  partyStatuses: ReadonlyMap<string, PartyStatus>;
}

/** The audit actions the record is rebuilt from: the other actions say nothing about who or which comments. */
export const RECORD_ACTIONS = [
  'status.changed',
  'covenant.created',
  'party.invited',
  'party.accepted',
  'party.declined',
  'party.removed',
  'comment.added',
  'comment.resolved',
] as const;

const PARTY_OUTCOMES = new Map<string, PartyStatus>([
  ['party.accepted', 'ACCEPTED'],
  ['party.declined', 'DECLINED'],
  ['party.removed', 'REMOVED'],
]);

function text(details: Record<string, unknown>, key: string): string | null {
  const value = details[key];
  return typeof value === 'string' ? value : null;
}

/** From a covenant's events (any order, others than RECORD_ACTIONS ignored). */
export function recordAtReview(events: readonly RecordEvent[]): RecordAtReview {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  const parsed = ordered.map((event) => ({ ...event, facts: JSON.parse(event.details) as Record<string, unknown> }));
  const start = parsed.filter((event) => event.action === 'status.changed' && event.facts.to === 'UNDER_REVIEW').pop();
  const throughSeq = start?.seq ?? 0;
  const commentIds = new Set<string>();
  const resolvedCommentIds = new Set<string>();
  const partyStatuses = new Map<string, PartyStatus>();
  for (const { seq, action, facts } of parsed) {
    if (seq > throughSeq) break;
    const convenor = action === 'covenant.created' ? text(facts, 'convenorPartyId') : null;
    const party = text(facts, 'partyId');
    const comment = text(facts, 'commentId');
    if (convenor) partyStatuses.set(convenor, 'ACCEPTED');
    else if (action === 'party.invited' && party) partyStatuses.set(party, 'INVITED');
    else if (PARTY_OUTCOMES.has(action) && party) partyStatuses.set(party, PARTY_OUTCOMES.get(action)!);
    else if (action === 'comment.added' && comment) commentIds.add(comment);
    else if (action === 'comment.resolved' && comment) resolvedCommentIds.add(comment);
  }
  return { throughSeq, commentIds, resolvedCommentIds, partyStatuses };
}
