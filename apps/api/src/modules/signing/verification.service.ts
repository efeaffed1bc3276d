/**
 * Recomputes everything a covenant's record claims (DESIGN.md, "verifyCovenant"):
 * every version's hash and HTML from its stored canonical content, every
 * signature against its version, every seal, and the audit chain; each
 * problem in words a person can follow.
 *
 * The result is kept per covenant and per view of its chain (whole, or up to
 * the start of a review for those outside it), stamped with the covenant's
 * latest audit seq and its rows' versions: every change appends an audit
 * event, and a row written behind the API's back changes its version, so a
 * kept result is reused exactly until something it checked has changed.
 */
import { Injectable } from '@nestjs/common';
import {
  contentFormat,
  isCompleteVersion,
  parseCanonicalContent,
  sealMessage,
  type CanonicalContent,
} from '@covenant/domain';
import type { DocJson } from '@covenant/collab-protocol';
import { renderDocHtml } from '../../collab/document';
import { AuditService } from '../audit/audit.service';
import { contentHash } from './content-hash';
import { SealService } from './seal.service';
import type { SignatureEntity } from './signature.entity';
import type { VersionEntity } from './version.entity';
import { VersionsService } from './versions.service';

export interface Verification {
  contentHashValid: boolean;
  htmlValid: boolean;
  signaturesValid: boolean;
  sealValid: boolean | null;
  auditChainValid: boolean;
  /** The chain was checked from seq 1 through this many events. */
  auditEventsChecked: number;
  valid: boolean;
  problems: string[];
}

/** How many verifications are kept; the one asked for least recently leaves first. */
const KEPT = 1000;

@Injectable()
export class VerificationService {
  private readonly kept = new Map<string, { stamp: string; verification: Verification }>();

  constructor(
    private readonly versions: VersionsService,
    private readonly audit: AuditService,
    private readonly seals: SealService,
  ) {}

  /** `throughSeq`: check the chain only that far, as the viewer is shown it (`shownRecord`); null for all of it. */
  async verify(covenantId: string, throughSeq: number | null): Promise<Verification> {
    const key = `${covenantId}|${throughSeq ?? 'all'}`;
    const stamps = await Promise.all([this.audit.chainStamp(covenantId), this.versions.rowsStamp(covenantId)]);
    const stamp = stamps.join('|');
    const kept = this.kept.get(key);
    // Read before computing: a change landing meanwhile leaves an older stamp, so it is only recomputed again.
    const verification = kept?.stamp === stamp ? kept.verification : await this.compute(covenantId, throughSeq);
    this.kept.delete(key);
    this.kept.set(key, { stamp, verification });
    if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
    return verification;
  }

  private async compute(covenantId: string, throughSeq: number | null): Promise<Verification> {
    const [versions] = await this.versions.ofCovenants([covenantId]);
    const signatures = versions.length ? await this.versions.signaturesOf(versions.map((v) => v.id)) : [];
    const events = await this.audit.list(covenantId, throughSeq ?? undefined);
    const chain = this.audit.verifyChain(events);
    await this.seals.loadKeys(versions.filter((v) => v.seal).map((v) => v.sealKeyId));
    const content: string[] = [];
    const html: string[] = [];
    const signing: string[] = [];
    const seal: string[] = [];
    versions.forEach((version, index) => {
      const frozen = this.readContent(version, content);
      if (frozen) this.checkHtml(version, frozen, html);
      this.checkSignatures(version, frozen, signatures[index], signing);
      if (isCompleteVersion(version.status)) this.checkSeal(version, frozen, signatures[index], seal);
    });
    const anyComplete = versions.some((version) => isCompleteVersion(version.status));
    const problems = [...content, ...html, ...signing, ...seal, ...chain];
    return {
      contentHashValid: content.length === 0,
      htmlValid: html.length === 0,
      signaturesValid: signing.length === 0,
      sealValid: anyComplete ? seal.length === 0 : null,
      auditChainValid: chain.length === 0,
      auditEventsChecked: events.length,
      valid: problems.length === 0,
      problems,
    };
  }

  private readContent(version: VersionEntity, problems: string[]): CanonicalContent | null {
    if (contentHash(version.canonicalContent) !== version.contentHash) {
      problems.push(
        `Version ${version.number}: its stored content does not match its hash, so it was changed after it was frozen.`,
      );
    }
    try {
      return parseCanonicalContent(version.canonicalContent);
    } catch {
      problems.push(`Version ${version.number}: its stored content cannot be read as a covenant version.`);
      return null;
    }
  }

  private checkHtml(version: VersionEntity, frozen: CanonicalContent, problems: string[]) {
    let rendered: string | null = null;
    try {
      rendered = renderDocHtml(frozen.text as DocJson);
    } catch {
      rendered = null;
    }
    if (rendered !== version.html) {
      problems.push(
        `Version ${version.number}: the text shown for it (its HTML) is not what was frozen and signed; it was changed afterwards.`,
      );
    }
  }

  private checkSignatures(
    version: VersionEntity,
    frozen: CanonicalContent | null,
    signatures: SignatureEntity[],
    problems: string[],
  ) {
    const nameOf = (partyId: string) =>
      frozen?.parties.find((party) => party.partyId === partyId)?.organisationName ?? 'a party';
    const recomputed = contentHash(version.canonicalContent);
    for (const signature of signatures) {
      if (signature.contentHash !== recomputed) {
        problems.push(
          `Version ${version.number}: the signature by ${signature.signerName} for ${nameOf(signature.partyId)} ` +
            'was not made on this text (its hash differs).',
        );
      }
    }
    if (!frozen || !isCompleteVersion(version.status)) return;
    const signed = new Set(signatures.filter((s) => s.status === 'VALID').map((s) => s.partyId));
    for (const party of frozen.parties) {
      if (!signed.has(party.partyId)) {
        problems.push(
          `Version ${version.number} came into force without a valid signature from ${party.organisationName}.`,
        );
      }
    }
  }

  private checkSeal(
    version: VersionEntity,
    frozen: CanonicalContent | null,
    signatures: SignatureEntity[],
    problems: string[],
  ) {
    if (!version.seal) {
      problems.push(`Version ${version.number} is complete but carries no platform seal.`);
      return;
    }
    const message = sealMessage(
      version.contentHash,
      signatures
        .filter((signature) => signature.status === 'VALID')
        .map((signature) => ({ ...signature, signedAt: signature.signedAt.toISOString() })),
      frozen ? contentFormat(frozen) : 1,
    );
    if (version.sealKeyId !== null && !this.seals.knows(version.sealKeyId)) {
      problems.push(
        `Version ${version.number}: its seal names the key ${version.sealKeyId}, which the platform never published.`,
      );
      return;
    }
    if (!this.seals.verify(message, version.seal, version.sealKeyId)) {
      problems.push(
        `Version ${version.number}: the platform seal does not verify, so its hash or signatures changed after it was sealed.`,
      );
    }
  }
}
