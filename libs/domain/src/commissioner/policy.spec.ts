import {
  decideConcludeEscalation,
  decideEscalate,
  decideRequestEscalationResponse,
  decideRespondToEscalation,
  escalationPermissions,
  mayReadEscalationReason,
  type CommissionerViewer,
  type EscalationFacts,
} from './policy';
import { disputeEscalatableOn, escalationResponseOverdue } from './escalations';

const resident: CommissionerViewer = { signedIn: true, emailVerified: true, memberships: [], isCommissioner: false };
const commissioner: CommissionerViewer = { ...resident, isCommissioner: true };
const respondentAdmin: CommissionerViewer = {
  ...resident,
  memberships: [{ organisationId: 'pool', role: 'ADMIN', organisationKind: 'VOLUNTARY_ORGANISATION' }],
};
const open: EscalationFacts = { status: 'OPEN', respondent: null, hasResponse: false };
const asked: EscalationFacts = {
  status: 'RESPONSE_REQUESTED',
  respondent: { id: 'pool', name: 'Settle Pool Trust' },
  hasResponse: false,
};

describe('escalating', () => {
  const commitment = (overdue: boolean, disputes: { answered: boolean; raisedOn: string }[] = []) =>
    ({ type: 'COMMITMENT', overdue, disputes }) as const;

  it('needs a session and a confirmed e-mail address', () => {
    expect(decideEscalate({ ...resident, signedIn: false }, { type: 'ASSET' }, '2026-12-05')).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(decideEscalate({ ...resident, emailVerified: false }, { type: 'ASSET' }, '2026-12-05')).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('takes any asset or covenant, and a service request only once overdue', () => {
    expect(decideEscalate(resident, { type: 'ASSET' }, '2026-12-05').allowed).toBe(true);
    expect(decideEscalate(resident, { type: 'COVENANT' }, '2026-12-05').allowed).toBe(true);
    expect(decideEscalate(resident, { type: 'SERVICE_REQUEST', overdue: false }, '2026-12-05')).toMatchObject({
      code: 'CONFLICT',
    });
    expect(decideEscalate(resident, { type: 'SERVICE_REQUEST', overdue: true }, '2026-12-05').allowed).toBe(true);
  });

  it('takes a commitment overdue, or disputed once answered or after 28 days unanswered', () => {
    expect(decideEscalate(resident, commitment(true), '2026-12-05').allowed).toBe(true);
    expect(decideEscalate(resident, commitment(false), '2026-12-05')).toMatchObject({ code: 'CONFLICT' });
    const pending = commitment(false, [{ answered: false, raisedOn: '2026-11-10' }]);
    expect(decideEscalate(resident, pending, '2026-12-07')).toEqual({
      allowed: false,
      code: 'CONFLICT',
      reason: expect.stringContaining('8 December 2026'),
    });
    expect(decideEscalate(resident, pending, '2026-12-08').allowed).toBe(true);
    const answered = commitment(false, [{ answered: true, raisedOn: '2026-12-04' }]);
    expect(decideEscalate(resident, answered, '2026-12-05').allowed).toBe(true);
  });

  it('once per person while the commissioner is on it', () => {
    expect(decideEscalate(resident, { type: 'ASSET' }, '2026-12-05', true)).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('the casework', () => {
  it('only the commissioner asks for a response, before one is given, while open', () => {
    expect(decideRequestEscalationResponse(resident, open)).toMatchObject({ code: 'FORBIDDEN' });
    expect(decideRequestEscalationResponse(commissioner, open).allowed).toBe(true);
    expect(decideRequestEscalationResponse(commissioner, asked).allowed).toBe(true);
    expect(decideRequestEscalationResponse(commissioner, { ...asked, hasResponse: true })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(decideRequestEscalationResponse(commissioner, { ...open, status: 'CONCLUDED' })).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it("only the respondent's admin responds, verified, once", () => {
    expect(decideRespondToEscalation(respondentAdmin, open)).toMatchObject({ code: 'FORBIDDEN' });
    expect(decideRespondToEscalation(commissioner, asked)).toMatchObject({ code: 'FORBIDDEN' });
    expect(decideRespondToEscalation(respondentAdmin, asked).allowed).toBe(true);
    expect(decideRespondToEscalation({ ...respondentAdmin, emailVerified: false }, asked)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(decideRespondToEscalation(respondentAdmin, { ...asked, hasResponse: true })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(decideRespondToEscalation(respondentAdmin, { ...asked, status: 'DISMISSED' })).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('only the commissioner concludes, while open', () => {
    expect(decideConcludeEscalation(respondentAdmin, asked)).toMatchObject({ code: 'FORBIDDEN' });
    expect(decideConcludeEscalation(commissioner, asked).allowed).toBe(true);
    expect(decideConcludeEscalation(commissioner, { ...asked, status: 'CONCLUDED' })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(escalationPermissions(commissioner, asked)).toEqual({
      requestResponse: true,
      respond: false,
      conclude: true,
    });
  });

  it("hides a dismissed escalation's reason from all but its author and the commissioner", () => {
    const dismissed = { status: 'DISMISSED' as const, raisedById: 'u1' };
    expect(mayReadEscalationReason({ userId: null, isCommissioner: false }, dismissed)).toBe(false);
    expect(mayReadEscalationReason({ userId: 'u2', isCommissioner: false }, dismissed)).toBe(false);
    expect(mayReadEscalationReason({ userId: 'u1', isCommissioner: false }, dismissed)).toBe(true);
    expect(mayReadEscalationReason({ userId: 'u2', isCommissioner: true }, dismissed)).toBe(true);
    expect(
      mayReadEscalationReason({ userId: null, isCommissioner: false }, { ...dismissed, status: 'CONCLUDED' }),
    ).toBe(true);
  });
});

describe('days', () => {
  it('an unanswered dispute may be escalated 28 days after it was raised', () => {
    expect(disputeEscalatableOn('2026-11-10')).toBe('2026-12-08');
  });

  it('a response is overdue only after its due day, and only while awaited', () => {
    const awaited = { status: 'RESPONSE_REQUESTED' as const, responseDueOn: '2026-12-05', response: null };
    expect(escalationResponseOverdue(awaited, '2026-12-05')).toBe(false);
    expect(escalationResponseOverdue(awaited, '2026-12-06')).toBe(true);
    expect(escalationResponseOverdue({ ...awaited, response: 'Done.' }, '2026-12-06')).toBe(false);
  });
});
