/**
 * The audit chain's hash input, exactly as the contract's AuditEvent defines
 * it, so the API and any verifier build the same string.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditLink {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  details: string;
  prevHash: string;
}

export function auditHashInput(link: AuditLink): string {
  return [link.prevHash, String(link.seq), link.at, link.actorId ?? '', link.action, link.details].join('\n');
}
