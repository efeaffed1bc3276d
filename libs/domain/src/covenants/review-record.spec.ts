import { recordAtReview, type RecordEvent } from './review-record';

let seq = 0;
const event = (action: string, details: Record<string, unknown>): RecordEvent => ({
  seq: ++seq,
  action,
  details: JSON.stringify(details),
});

describe(recordAtReview.name, () => {
  beforeEach(() => {
    seq = 0;
  });

  it('is the record as it stood at the event that last moved the covenant into review', () => {
    const events = [
      event('covenant.created', { title: 'Settle pool', convenorPartyId: 'hydro' }),
      event('party.invited', { partyId: 'council', role: 'COUNTERSIGNATORY' }),
      event('party.invited', { partyId: 'pool', role: 'PARTNER' }),
      event('party.invited', { partyId: 'homes', role: 'PARTNER' }),
      event('party.accepted', { partyId: 'council' }),
      event('party.accepted', { partyId: 'pool' }),
      event('party.declined', { partyId: 'homes' }),
      event('comment.added', { commentId: 'c1' }),
      event('comment.added', { commentId: 'c2' }),
      event('comment.resolved', { commentId: 'c1' }),
      event('status.changed', { from: 'OPEN_FOR_SIGNATURE', to: 'IN_FORCE' }),
      event('status.changed', { from: 'IN_FORCE', to: 'UNDER_REVIEW' }),
      event('comment.added', { commentId: 'c3' }),
      event('comment.resolved', { commentId: 'c2' }),
      event('party.removed', { partyId: 'pool', left: true }),
      event('party.invited', { partyId: 'school', role: 'PARTNER' }),
      event('commitment.added', { commitmentId: 'k1', title: 'A revised promise' }),
    ];
    const record = recordAtReview([...events].reverse());
    expect(record.throughSeq).toBe(12);
    expect([...record.commentIds]).toEqual(['c1', 'c2']);
    expect([...record.resolvedCommentIds]).toEqual(['c1']);
    expect(Object.fromEntries(record.partyStatuses)).toEqual({
      hydro: 'ACCEPTED',
      council: 'ACCEPTED',
      pool: 'ACCEPTED',
      homes: 'DECLINED',
    });
  });

  it('starts again from a revision sent back for changes, whose signing stage was public', () => {
    const events = [
      event('covenant.created', { convenorPartyId: 'hydro' }),
      event('status.changed', { from: 'IN_FORCE', to: 'UNDER_REVIEW' }),
      event('comment.added', { commentId: 'on-the-draft' }),
      event('status.changed', { from: 'UNDER_REVIEW', to: 'OPEN_FOR_SIGNATURE' }),
      event('comment.added', { commentId: 'while-signing' }),
      event('status.changed', { from: 'OPEN_FOR_SIGNATURE', to: 'UNDER_REVIEW', reason: 'Not ready.' }),
      event('comment.added', { commentId: 'on-the-next-draft' }),
    ];
    const record = recordAtReview(events);
    expect(record.throughSeq).toBe(6);
    expect([...record.commentIds]).toEqual(['on-the-draft', 'while-signing']);
  });

  it('shows nothing when no event records the start of the review', () => {
    const record = recordAtReview([
      event('covenant.created', { convenorPartyId: 'hydro' }),
      event('comment.added', { commentId: 'c1' }),
    ]);
    expect(record).toEqual({
      throughSeq: 0,
      commentIds: new Set(),
      resolvedCommentIds: new Set(),
      partyStatuses: new Map(),
    });
  });
});
