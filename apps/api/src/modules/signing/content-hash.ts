import { createHash } from 'node:crypto';

/** SHA-256, lower-case hex, of a version's canonical content as UTF-8 (DESIGN.md). */
export function contentHash(canonicalContent: string): string {
  return createHash('sha256').update(canonicalContent, 'utf8').digest('hex');
}
