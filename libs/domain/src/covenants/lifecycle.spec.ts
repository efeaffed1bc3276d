import { COVENANT_STATUSES, type CovenantStatus } from './enums';
import { lifecycleSteps, transitionTarget, TRANSITIONS, type CovenantState, type Transition } from './lifecycle';

const state = (status: CovenantStatus, extra: Partial<CovenantState> = {}): CovenantState => ({
  status,
  visibility: 'PUBLIC',
  hasInForceVersion: false,
  everInForce: false,
  ...extra,
});

/** DESIGN.md's diagram: from which statuses each move goes, and where to. */
const MOVES: Record<Transition, Partial<Record<CovenantStatus, CovenantStatus>>> = {
  openConsultation: { DRAFT: 'CONSULTATION' },
  openForSignature: {
    DRAFT: 'OPEN_FOR_SIGNATURE',
    CONSULTATION: 'OPEN_FOR_SIGNATURE',
    UNDER_REVIEW: 'OPEN_FOR_SIGNATURE',
  },
  returnToDraft: { CONSULTATION: 'DRAFT', OPEN_FOR_SIGNATURE: 'DRAFT' },
  countersign: { OPEN_FOR_SIGNATURE: 'IN_FORCE' },
  startReview: { IN_FORCE: 'UNDER_REVIEW' },
  endCovenant: { IN_FORCE: 'ENDED', UNDER_REVIEW: 'ENDED' },
  withdrawCovenant: { DRAFT: 'WITHDRAWN', CONSULTATION: 'WITHDRAWN', OPEN_FOR_SIGNATURE: 'WITHDRAWN' },
};

describe('transitionTarget', () => {
  describe.each(TRANSITIONS)('%s', (transition) => {
    it.each(COVENANT_STATUSES)('from %s', (status) => {
      const result = transitionTarget(transition, state(status));
      const to = MOVES[transition][status];
      if (to) expect(result).toEqual({ ok: true, to });
      else expect(result).toEqual({ ok: false, reason: expect.stringContaining('only when it is') });
    });
  });

  it('keeps parties-only covenants and revisions out of public consultation', () => {
    expect(transitionTarget('openConsultation', state('DRAFT', { visibility: 'PARTIES_ONLY' }))).toMatchObject({
      ok: false,
    });
    expect(
      transitionTarget('openConsultation', state('DRAFT', { hasInForceVersion: true, everInForce: true })),
    ).toMatchObject({
      ok: false,
    });
  });

  it('sends a revision back to review, not to draft', () => {
    const revision = { hasInForceVersion: true, everInForce: true };
    expect(transitionTarget('returnToDraft', state('OPEN_FOR_SIGNATURE', revision))).toEqual({
      ok: true,
      to: 'UNDER_REVIEW',
    });
  });

  it('never withdraws a covenant that has been in force', () => {
    const result = transitionTarget(
      'withdrawCovenant',
      state('OPEN_FOR_SIGNATURE', { everInForce: true, hasInForceVersion: true }),
    );
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/end it instead/) });
  });
});

describe('lifecycleSteps', () => {
  const summary = (s: CovenantState) => lifecycleSteps(s).map((step) => `${step.status}:${step.state}`);

  it('shows a public draft its way ahead, consultation included', () => {
    expect(summary(state('CONSULTATION'))).toEqual([
      'DRAFT:done',
      'CONSULTATION:current',
      'OPEN_FOR_SIGNATURE:upcoming',
      'IN_FORCE:upcoming',
    ]);
  });

  it('skips consultation for a parties-only covenant', () => {
    expect(summary(state('DRAFT', { visibility: 'PARTIES_ONLY' }))).toEqual([
      'DRAFT:current',
      'OPEN_FOR_SIGNATURE:upcoming',
      'IN_FORCE:upcoming',
    ]);
  });

  it('shows a review, a revision being signed and an ending after the covenant was in force', () => {
    const inForce = { everInForce: true, hasInForceVersion: true };
    expect(summary(state('UNDER_REVIEW', inForce)).slice(-2)).toEqual(['IN_FORCE:done', 'UNDER_REVIEW:current']);
    expect(summary(state('OPEN_FOR_SIGNATURE', inForce)).slice(-2)).toEqual([
      'UNDER_REVIEW:done',
      'OPEN_FOR_SIGNATURE:current',
    ]);
    expect(summary(state('ENDED', { everInForce: true })).slice(-2)).toEqual(['IN_FORCE:done', 'ENDED:current']);
  });

  it('ends a withdrawn covenant at withdrawn', () => {
    expect(summary(state('WITHDRAWN'))).toEqual(['DRAFT:done', 'WITHDRAWN:current']);
  });
});
