/**
 * The covenant lifecycle (DESIGN.md): which status each move leads to, and
 * from where. Who may make a move is the policy's business (policy.ts).
 */
import { COVENANT_STATUS_LABELS, type CovenantStatus, type Visibility } from './enums';

export type Transition =
  | 'openConsultation'
  | 'openForSignature'
  | 'returnToDraft'
  | 'countersign'
  | 'startReview'
  | 'endCovenant'
  | 'withdrawCovenant';

export const TRANSITIONS: readonly Transition[] = [
  'openConsultation',
  'openForSignature',
  'returnToDraft',
  'countersign',
  'startReview',
  'endCovenant',
  'withdrawCovenant',
];

export interface CovenantState {
  status: CovenantStatus;
  visibility: Visibility;
  /** A version is in force now: during a revision, the old one stays in force. */
  hasInForceVersion: boolean;
  /** Some version has been in force at some time. */
  everInForce: boolean;
}

export type TransitionResult = { ok: true; to: CovenantStatus } | { ok: false; reason: string };

const FROM: Record<Transition, readonly CovenantStatus[]> = {
  openConsultation: ['DRAFT'],
  openForSignature: ['DRAFT', 'CONSULTATION', 'UNDER_REVIEW'],
  returnToDraft: ['CONSULTATION', 'OPEN_FOR_SIGNATURE'],
  countersign: ['OPEN_FOR_SIGNATURE'],
  startReview: ['IN_FORCE'],
  endCovenant: ['IN_FORCE', 'UNDER_REVIEW'],
  withdrawCovenant: ['DRAFT', 'CONSULTATION', 'OPEN_FOR_SIGNATURE'],
};

const WHAT: Record<Transition, string> = {
  openConsultation: 'go to public consultation',
  openForSignature: 'be opened for signature',
  returnToDraft: 'return to draft',
  countersign: 'be countersigned',
  startReview: 'go under review',
  endCovenant: 'be ended',
  withdrawCovenant: 'be withdrawn',
};

function describeFrom(statuses: readonly CovenantStatus[]): string {
  const labels = statuses.map((status) => COVENANT_STATUS_LABELS[status].toLowerCase());
  return labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

export function transitionTarget(transition: Transition, state: CovenantState): TransitionResult {
  const from = FROM[transition];
  if (!from.includes(state.status)) {
    return {
      ok: false,
      reason: `A covenant can ${WHAT[transition]} only when it is ${describeFrom(from)}; this one is ${COVENANT_STATUS_LABELS[state.status].toLowerCase()}.`,
    };
  }
  switch (transition) {
    case 'openConsultation':
      if (state.visibility !== 'PUBLIC') {
        return {
          ok: false,
          reason: 'Only a public covenant goes to public consultation; this one is for its parties only.',
        };
      }
      if (state.hasInForceVersion) {
        return {
          ok: false,
          reason: 'A revision goes straight to signature; public consultation is for a first draft.',
        };
      }
      return { ok: true, to: 'CONSULTATION' };
    case 'openForSignature':
      return { ok: true, to: 'OPEN_FOR_SIGNATURE' };
    case 'returnToDraft':
      return { ok: true, to: state.hasInForceVersion ? 'UNDER_REVIEW' : 'DRAFT' };
    case 'countersign':
      return { ok: true, to: 'IN_FORCE' };
    case 'startReview':
      return { ok: true, to: 'UNDER_REVIEW' };
    case 'endCovenant':
      return { ok: true, to: 'ENDED' };
    case 'withdrawCovenant':
      if (state.everInForce) {
        return { ok: false, reason: 'A covenant that has been in force cannot be withdrawn; end it instead.' };
      }
      return { ok: true, to: 'WITHDRAWN' };
  }
}

export interface LifecycleStep {
  status: CovenantStatus;
  label: string;
  state: 'done' | 'current' | 'upcoming';
}

/** The steps a person sees on a covenant's timeline: where it has been, where it is, what comes next. */
export function lifecycleSteps(state: CovenantState): LifecycleStep[] {
  if (state.status === 'WITHDRAWN') return [step('DRAFT', 'done'), step('WITHDRAWN', 'current')];
  const firstTime: CovenantStatus[] = ['DRAFT'];
  if (state.visibility === 'PUBLIC') firstTime.push('CONSULTATION');
  firstTime.push('OPEN_FOR_SIGNATURE', 'IN_FORCE');
  if (state.everInForce) {
    const steps = firstTime.map((status) => step(status, 'done'));
    if (state.status === 'IN_FORCE') steps[steps.length - 1] = step('IN_FORCE', 'current');
    if (state.status === 'UNDER_REVIEW') steps.push(step('UNDER_REVIEW', 'current'));
    if (state.status === 'OPEN_FOR_SIGNATURE') {
      steps.push(step('UNDER_REVIEW', 'done'), {
        ...step('OPEN_FOR_SIGNATURE', 'current'),
        label: 'Revision open for signature',
      });
    }
    if (state.status === 'ENDED') steps.push(step('ENDED', 'current'));
    return steps;
  }
  const current = firstTime.indexOf(state.status);
  return firstTime.map((status, index) =>
    step(status, index < current ? 'done' : index === current ? 'current' : 'upcoming'),
  );
}

function step(status: CovenantStatus, state: LifecycleStep['state']): LifecycleStep {
  return { status, label: COVENANT_STATUS_LABELS[status], state };
}
