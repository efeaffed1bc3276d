/**
 * realtime.md, "Wire encoding": Socket.IO sends a message with binary data
 * as two WebSocket frames (the JSON with a placeholder, then the bytes). A
 * client that connects with `auth: { encoding: 'base64' }` gets every `sync`
 * and `awareness` message's `data` as a base64 string instead, in one frame,
 * and may send it the same way. Stock clients keep binary data.
 */
export const WIRE_ENCODINGS = ['binary', 'base64'] as const;
export type WireEncoding = (typeof WIRE_ENCODINGS)[number];

/** The encoding a connection asked for in its handshake's `auth`; binary unless it asked for base64. */
export function requestedEncoding(auth: unknown): WireEncoding {
  return (auth as { encoding?: unknown } | null)?.encoding === 'base64' ? 'base64' : 'binary';
}

/** Chunks for `String.fromCharCode`, whose arguments are limited in number. */
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The bytes of a base64 string; null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
