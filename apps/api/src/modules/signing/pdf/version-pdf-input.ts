/** Everything a version's PDF shows, gathered by the service and drawn by the pdf/ modules. */
import type { DocJson } from '@covenant/collab-protocol';

export interface VersionPdfInput {
  covenant: { title: string; neighbourhoodName: string; statusLabel: string };
  version: {
    number: number;
    statusLabel: string;
    contentHash: string;
    /** ISO instant. */
    frozenAt: string;
    /** YYYY-MM-DD. */
    inForceFrom: string | null;
    seal: string | null;
    /** The key that made the seal (see /.well-known/covenant-seal-keys.json). */
    sealKeyId: string | null;
    complete: boolean;
  };
  text: DocJson;
  commitments: {
    organisationName: string;
    title: string;
    description: string | null;
    measure: string | null;
    rightLabel: string | null;
    dueOn: string | null;
  }[];
  signatures: {
    organisationName: string;
    roleLabel: string;
    signerName: string;
    signerPosition: string;
    mandate: string | null;
    /** ISO instant. */
    signedAt: string;
    countersignature: boolean;
    superseded: boolean;
    /** The organisation's verification and the signer's address when signing, in words. */
    proof: string;
    /** The whole signature in one sentence, for the certificate. */
    inWords: string;
  }[];
  /** Parties that have not signed yet. */
  awaiting: { organisationName: string; roleLabel: string }[];
  audit: { seq: number; at: string; action: string; actorName: string | null; hash: string }[];
  /** Up to when the trail above runs, in words. */
  auditScope: string;
  /** Absolute URL of /verify/:slug, also printed as a QR code. */
  verificationUrl: string;
  /** Absolute URL of /.well-known/covenant-seal-keys.json: every seal key, by id. */
  sealKeysUrl: string;
}
