import { fromBase64, requestedEncoding, toBase64 } from './wire-encoding';
import { wireBytes } from './sync-messages';

describe('base64 data (realtime.md, wire encoding)', () => {
  it('reads back every byte, in messages larger than one chunk too', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(text)).toEqual(bytes);
    expect(wireBytes(text)).toEqual(bytes);
  });

  it('refuses a string that is not base64', () => {
    expect(fromBase64('not base64!')).toBeNull();
    expect(wireBytes('not base64!')).toBeNull();
  });

  it('sends base64 only to a connection that asked for it', () => {
    expect(requestedEncoding({ token: 't', encoding: 'base64' })).toBe('base64');
    expect(requestedEncoding({ token: 't' })).toBe('binary');
    expect(requestedEncoding({ encoding: 'hex' })).toBe('binary');
    expect(requestedEncoding(undefined)).toBe('binary');
  });
});
