/**
 * The canonical content of a frozen version and the message the platform
 * seals (DESIGN.md, "Freezing, signing, verifying"), built the same way by
 * the API and by anyone who wants to check a hash from the API alone.
 */
import type { CommunityRight, PartyRole } from '../covenants/enums';
import type { VerificationStatus } from '../organisations';

/** JSON with object keys sorted at every depth and no whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`canonical JSON cannot hold ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/**
 * The layouts of canonical content and seal. 1: the first. 2: each party
 * carries its organisation's verification, and each sealed signature line its
 * `organisationVerified` and `signerDomain`. A version keeps the layout it was
 * frozen with, named in its content (`format`, absent for 1).
 */
export type ContentFormat = 1 | 2;
export const CURRENT_FORMAT: ContentFormat = 2;

export interface PartyVerification {
  /** Sorted, lower case. */
  domains: string[];
  status: VerificationStatus;
}

export interface CanonicalParty {
  partyId: string;
  organisationId: string;
  organisationName: string;
  role: PartyRole;
  /** Format 2 on: the organisation's verification when the version was frozen. */
  verification?: PartyVerification;
}

export interface CanonicalCommitment {
  id: string;
  partyId: string;
  title: string;
  description: string | null;
  measure: string | null;
  right: CommunityRight | null;
  dueOn: string | null;
}

/** An amendment accepted into the text since the previous version. */
export interface CanonicalAmendment {
  id: string;
  number: number;
  quote: string;
  proposedText: string;
}

export interface CanonicalInput {
  /** Absent for format 1. */
  format?: ContentFormat;
  version: number;
  covenant: { id: string; neighbourhoodId: string; title: string };
  /** ACCEPTED parties only. */
  parties: CanonicalParty[];
  commitments: CanonicalCommitment[];
  /** The body as TipTap/ProseMirror JSON. */
  text: unknown;
  /** Accepted since the previous version; listed only when there are some, so earlier versions read as they were. */
  amendments?: CanonicalAmendment[];
}

/** What a stored canonical content holds, read back. */
export type CanonicalContent = CanonicalInput;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The exact string that is hashed: every named field present (absent as null), lists sorted by id. */
export function canonicalContent(input: CanonicalInput): string {
  const format = input.format ?? 1;
  return canonicalJson({
    format: format === 1 ? undefined : format,
    version: input.version,
    covenant: { id: input.covenant.id, neighbourhoodId: input.covenant.neighbourhoodId, title: input.covenant.title },
    parties: [...input.parties]
      .sort((a, b) => byId(a.partyId, b.partyId))
      .map((party) => ({
        partyId: party.partyId,
        organisationId: party.organisationId,
        organisationName: party.organisationName,
        role: party.role,
        verification: format === 1 ? undefined : partyVerification(party),
      })),
    commitments: [...input.commitments]
      .sort((a, b) => byId(a.id, b.id))
      .map((commitment) => ({
        id: commitment.id,
        partyId: commitment.partyId,
        title: commitment.title,
        description: commitment.description ?? null,
        measure: commitment.measure ?? null,
        right: commitment.right ?? null,
        dueOn: commitment.dueOn ?? null,
      })),
    text: input.text,
    amendments: input.amendments?.length
      ? [...input.amendments]
          .sort((a, b) => a.number - b.number)
          .map(({ id, number, quote, proposedText }) => ({ id, number, quote, proposedText }))
      : undefined,
  });
}

function partyVerification(party: CanonicalParty): PartyVerification {
  const verification = party.verification ?? { domains: [], status: 'UNVERIFIED' };
  return { domains: [...verification.domains].sort(), status: verification.status };
}

/** The layout a stored canonical content was frozen with. */
export function contentFormat(content: Pick<CanonicalContent, 'format'>): ContentFormat {
  return content.format ?? 1;
}

/** Reads back a stored canonical content; throws when it is not one. */
export function parseCanonicalContent(content: string): CanonicalContent {
  const parsed = JSON.parse(content) as Partial<CanonicalContent>;
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.parties) || !Array.isArray(parsed.commitments)) {
    throw new TypeError('not a covenant version’s canonical content');
  }
  return parsed as CanonicalContent;
}

export interface SealedSignature {
  id: string;
  partyId: string;
  /** As served: ISO-8601 UTC with milliseconds. */
  signedAt: string;
  contentHash: string;
  /** Format 2 on: as it was when the signature was made. */
  organisationVerified?: boolean;
  signerDomain?: string | null;
}

/** The UTF-8 string the platform signs when a version is complete; VALID signatures only. */
export function sealMessage(contentHash: string, signatures: SealedSignature[], format: ContentFormat = 1): string {
  const line = (s: SealedSignature) => {
    const base = `${s.id}|${s.partyId}|${s.signedAt}|${s.contentHash}`;
    return format === 1 ? base : `${base}|${s.organisationVerified === true}|${s.signerDomain ?? ''}`;
  };
  return [contentHash, ...[...signatures].sort((a, b) => byId(a.id, b.id)).map(line)].join('\n');
}
