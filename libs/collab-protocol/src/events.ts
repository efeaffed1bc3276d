/**
 * The Socket.IO namespace `/collab` (contract/realtime.md) as types: what
 * each side may emit, with what payload and what answer.
 */
import type { AmendmentStatus, CovenantStatus, PartyStatus } from '@covenant/domain';
import type { ErrorCode } from './errors';

export const COLLAB_NAMESPACE = '/collab';

export type CollabRole = 'editor' | 'viewer';

export interface Refusal {
  ok: false;
  code: ErrorCode;
  message: string;
}

/** Every client → server message but `awareness` is answered with one of these. */
export type Ack<T extends object = object> = ({ ok: true } & T) | Refusal;
export type JoinAck = Ack<{ role: CollabRole; status: CovenantStatus }>;

export interface CovenantRef {
  covenantId: string;
}

/** A y-protocols sync or awareness message for one covenant. */
export interface BinaryMessage {
  covenantId: string;
  data: Uint8Array;
}

/**
 * The same message as it travels: `data` is binary, or a base64 string on a
 * connection that asked for it (`auth.encoding`, see wire-encoding.ts).
 */
export interface WireMessage {
  covenantId: string;
  data: Uint8Array | string;
}

/** What the socket may now do in a covenant it joined, after something that grants or takes a right committed. */
export interface AccessNotice {
  covenantId: string;
  at: string;
  /** Null when it may no longer follow the covenant at all, and has been taken out of its room. */
  role: CollabRole | null;
  status: CovenantStatus | null;
  code?: ErrorCode;
  message: string;
}

/** Each domain event's details (realtime.md, "event.type and its details"). */
export interface CovenantEventDetails {
  'status.changed': { from: CovenantStatus; to: CovenantStatus };
  'version.frozen': { versionId: string; number: number; contentHash: string };
  'party.changed': { partyId: string; status: PartyStatus };
  'signature.added': { signatureId: string; partyId: string; countersignature: boolean };
  'commitment.changed': { commitmentId: string };
  'comment.changed': { commentId: string };
  'support.changed': { supportCount: number };
  'amendment.changed': { amendmentId: string; status: AmendmentStatus };
  'response.changed': { sectionId: string };
  /** A participatory budget of the covenant: created, a project proposed, a ballot cast, a phase moved on. */
  'budget.changed': { budgetId: string };
}

export type CovenantEventType = keyof CovenantEventDetails;

export type CovenantEvent = {
  [K in CovenantEventType]: {
    type: K;
    covenantId: string;
    /** ISO-8601 UTC with milliseconds. */
    at: string;
  } & CovenantEventDetails[K];
}[CovenantEventType];

export interface ClientToServerEvents {
  join: (body: CovenantRef, answer: (ack: JoinAck) => void) => void;
  leave: (body: CovenantRef, answer: (ack: Ack) => void) => void;
  sync: (body: WireMessage, answer: (ack: Ack) => void) => void;
  awareness: (body: WireMessage) => void;
}

export interface ServerToClientEvents {
  sync: (body: WireMessage) => void;
  awareness: (body: WireMessage) => void;
  event: (event: CovenantEvent) => void;
  access: (notice: AccessNotice) => void;
}

export type ClientEventName = keyof ClientToServerEvents;
export const CLIENT_EVENTS: readonly ClientEventName[] = ['join', 'leave', 'sync', 'awareness'];
