/** What a client sent, read into the contract's shapes; anything else is refused or dropped, never guessed at. */
import { toBytes, type BinaryMessage } from '@covenant/collab-protocol';
import { isUUID } from 'class-validator';
import { AppError, badInput, notVisibleError } from '../../core/errors/app-error';
import { MAX_UPDATE_BYTES } from './limits';

/** The covenant a `join` or `leave` names. */
export function covenantRef(body: unknown, verb: 'join' | 'leave'): string {
  const covenantId = (body as { covenantId?: unknown } | null)?.covenantId;
  if (typeof covenantId !== 'string') throw badInput(`Send { covenantId } to ${verb} a covenant.`);
  return covenantId;
}

/** A `sync` or `awareness` message, its data binary or base64; null when it is not one. */
export function binaryMessage(body: unknown): BinaryMessage | null {
  const { covenantId, data } = (body ?? {}) as { covenantId?: unknown; data?: unknown };
  // Buffer reads base64 faster than the portable decoder the web app shares.
  const bytes = typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'base64')) : toBytes(data);
  return typeof covenantId === 'string' && bytes ? { covenantId, data: bytes } : null;
}

/** The covenant a `join` asks for; one that cannot exist is as unknown as one that is hidden. */
export function joinRequest(body: unknown): string {
  const covenantId = covenantRef(body, 'join');
  if (!isUUID(covenantId)) throw notVisibleError('covenant');
  return covenantId;
}

/** A `sync` message within the size the contract allows. */
export function syncRequest(body: unknown): BinaryMessage {
  const message = binaryMessage(body);
  if (!message) throw badInput('Send { covenantId, data } with data a y-protocols sync message.');
  if (message.data.byteLength > MAX_UPDATE_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'That update is over 256 KiB; send it in smaller pieces.');
  }
  return message;
}
