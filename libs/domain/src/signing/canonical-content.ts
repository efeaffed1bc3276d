/**
 * The canonical content of a frozen version and the message the platform
 * seals (DESIGN.md, "Freezing, signing, verifying"), built the same way by
 * the API and by anyone who wants to check a hash from the API alone.
 */
import type { CommunityRight, PartyRole } from '../covenants/enums';

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

export interface CanonicalParty {
  partyId: string;
  organisationId: string;
  organisationName: string;
  role: PartyRole;
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

export interface CanonicalInput {
  version: number;
  covenant: { id: string; neighbourhoodId: string; title: string };
  /** ACCEPTED parties only. */
  parties: CanonicalParty[];
  commitments: CanonicalCommitment[];
  /** The body as TipTap/ProseMirror JSON. */
  text: unknown;
}

/** What a stored canonical content holds, read back. */
export type CanonicalContent = CanonicalInput;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The exact string that is hashed: every named field present (absent as null), lists sorted by id. */
export function canonicalContent(input: CanonicalInput): string {
  return canonicalJson({
    version: input.version,
    covenant: { id: input.covenant.id, neighbourhoodId: input.covenant.neighbourhoodId, title: input.covenant.title },
    parties: [...input.parties]
      .sort((a, b) => byId(a.partyId, b.partyId))
      .map((party) => ({
        partyId: party.partyId,
        organisationId: party.organisationId,
        organisationName: party.organisationName,
        role: party.role,
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
  });
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
}

/** The UTF-8 string the platform signs when a version is complete; VALID signatures only. */
export function sealMessage(contentHash: string, signatures: SealedSignature[]): string {
  return [
    contentHash,
    ...[...signatures]
      .sort((a, b) => byId(a.id, b.id))
      .map((s) => `${s.id}|${s.partyId}|${s.signedAt}|${s.contentHash}`),
  ].join('\n');
}
