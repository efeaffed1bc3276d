/**
 * What a socket may say about presence (realtime.md, awareness): only states
 * of awareness client ids it announced itself, only for its own user, and
 * with that user's name and colour as the server knows them, whatever the
 * client wrote. Everything else in the message is dropped.
 */
import { decoding, encoding } from '../document/protocols';

export interface Presence {
  id: string;
  name: string;
  color: string;
}

export interface FilteredAwareness {
  update: Uint8Array;
  /** Client ids given a state, and client ids cleared. */
  set: number[];
  cleared: number[];
}

/** A cursor is two relative positions; anything much larger is not one. */
const MAX_CURSOR_CHARS = 2048;
const MAX_STATES_PER_MESSAGE = 16;

/**
 * `mayUse(clientId, clearing)` says whether this socket may set (or clear)
 * that client id: its own, or (setting only) one nobody holds yet.
 * Null when nothing is left or the message does not decode.
 */
export function filterAwareness(
  message: Uint8Array,
  presence: Presence,
  mayUse: (clientId: number, clearing: boolean) => boolean,
): FilteredAwareness | null {
  const kept: { clientId: number; clock: number; state: string }[] = [];
  const set: number[] = [];
  const cleared: number[] = [];
  try {
    const decoder = decoding.createDecoder(message);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_STATES_PER_MESSAGE) return null;
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = rewrite(decoding.readVarString(decoder), presence);
      if (state === undefined || !mayUse(clientId, state === 'null')) continue;
      kept.push({ clientId, clock, state });
      (state === 'null' ? cleared : set).push(clientId);
    }
  } catch {
    return null;
  }
  if (!kept.length) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return { update: encoding.toUint8Array(encoder), set, cleared };
}

/** The state as the server will relay it; undefined to drop it. */
function rewrite(state: string, presence: Presence): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(state);
  } catch {
    return undefined;
  }
  if (parsed === null) return 'null';
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const claimed = (parsed as { user?: { id?: unknown } }).user;
  if (claimed?.id !== presence.id) return undefined;
  const cursor = (parsed as { cursor?: unknown }).cursor ?? null;
  const relayed = JSON.stringify({ user: presence, cursor });
  return relayed.length - JSON.stringify(presence).length > MAX_CURSOR_CHARS ? undefined : relayed;
}
