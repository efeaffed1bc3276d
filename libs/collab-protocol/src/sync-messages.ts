/**
 * y-protocols sync messages as the namespace carries them. lib0 is handed in
 * rather than imported: the API loads its CommonJS build and the web its ES
 * modules, and both must frame messages the same way.
 */
import type * as Decoding from 'lib0/decoding' with { 'resolution-mode': 'import' };
import type * as Encoding from 'lib0/encoding' with { 'resolution-mode': 'import' };
import { fromBase64 } from './wire-encoding';

/** y-protocols/sync's `messageYjsSyncStep1`, `messageYjsSyncStep2` and `messageYjsUpdate`. */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;
export type SyncMessageType = typeof SYNC_STEP_1 | typeof SYNC_STEP_2 | typeof SYNC_UPDATE;

export interface Lib0 {
  encoding: Pick<typeof Encoding, 'createEncoder' | 'toUint8Array' | 'writeVarUint' | 'writeVarUint8Array'>;
  decoding: Pick<typeof Decoding, 'createDecoder' | 'readVarUint' | 'readVarUint8Array'>;
}

/** Socket.IO hands binary data over as a Buffer (a Uint8Array) or an ArrayBuffer; anything else is not a message. */
export function toBytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return null;
}

/** The bytes of a message's `data`, binary or (on a connection that asked for it) base64. */
export function wireBytes(value: unknown): Uint8Array | null {
  return typeof value === 'string' ? fromBase64(value) : toBytes(value);
}

export function syncMessages({ encoding, decoding }: Lib0) {
  return {
    /** A message of `type` carrying `payload`: a state vector for step 1, an update otherwise. */
    write(type: SyncMessageType, payload: Uint8Array): Uint8Array {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, type);
      encoding.writeVarUint8Array(encoder, payload);
      return encoding.toUint8Array(encoder);
    },
    /** The type and payload of a sync message; null for anything that is not one. */
    read(message: Uint8Array): { type: SyncMessageType; payload: Uint8Array } | null {
      try {
        const decoder = decoding.createDecoder(message);
        const type = decoding.readVarUint(decoder);
        if (type !== SYNC_STEP_1 && type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return null;
        return { type, payload: decoding.readVarUint8Array(decoder) };
      } catch {
        return null;
      }
    },
  };
}
