/** A version's PDF for whoever may read the covenant (null for anyone else): stored once complete, else printed afresh. */
import { Injectable } from '@nestjs/common';
import {
  COMMUNITY_RIGHT_LABELS,
  comparePartyRoles,
  organisationProof,
  signatureInWords,
  signerProof,
  COVENANT_STATUS_LABELS,
  isCompleteVersion,
  PAGE_PATHS,
  pagePath,
  PARTY_ROLE_LABELS,
  parseCanonicalContent,
  VERSION_STATUS_LABELS,
} from '@covenant/domain';
import type { DocJson } from '@covenant/collab-protocol';
import type { Viewer } from '../../core/auth/viewer';
import { PublicUrl } from '../../core/web/public-url';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { allowed } from '../covenants/covenant-access';
import { CovenantAccessService } from '../covenants/covenant-access.service';
import type { CovenantEntity } from '../covenants/covenant.entity';
import { CovenantsService } from '../covenants/covenants.service';
import { NeighbourhoodsService } from '../neighbourhoods/neighbourhoods.service';
import { UsersService } from '../users/users.service';
import { renderVersionPdf, type VersionPdfInput } from './pdf/version-pdf';
import { VersionPdfEntity } from './version-pdf.entity';
import type { VersionEntity } from './version.entity';
import { VersionsService } from './versions.service';

@Injectable()
export class VersionPdfService {
  constructor(
    private readonly publicUrl: PublicUrl,
    private readonly covenants: CovenantsService,
    private readonly access: CovenantAccessService,
    private readonly versions: VersionsService,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    @InjectRepository(VersionPdfEntity) private readonly pdfs: Repository<VersionPdfEntity>,
  ) {}

  async render(slug: string, number: number, viewer: Viewer | null): Promise<{ fileName: string; pdf: Buffer } | null> {
    const covenant = await this.covenants.findBySlug(slug);
    const facts = covenant ? await this.access.factsFor(covenant.id, viewer) : null;
    if (!covenant || !facts || !allowed('read', facts)) return null;
    const version = await this.versions.findByNumber(covenant.id, number);
    if (!version) return null;
    const fileName = `${covenant.slug}-version-${version.number}.pdf`;
    if (isCompleteVersion(version.status)) return { fileName, pdf: await this.frozen(covenant, version) };
    // Not complete yet, so printed afresh, with the trail as this viewer is shown it.
    const [shown] = allowed('readWorkingDraft', facts) ? [null] : await this.audit.recordsAtReview([covenant.id]);
    const events = await this.audit.list(covenant.id, shown?.throughSeq);
    return { fileName, pdf: await renderVersionPdf(await this.input(covenant, version, events, false)) };
  }

  /**
   * A complete version's PDF is built at its first download and stored; every
   * download after serves the stored bytes. It prints the record as it stood
   * when the version came into force, so it is the same whenever it is built.
   */
  private async frozen(covenant: CovenantEntity, version: VersionEntity): Promise<Buffer> {
    const stored = await this.pdfs.findOneBy({ versionId: version.id });
    if (stored) return stored.pdf;
    const events = await this.audit.list(covenant.id);
    const trail = events.slice(0, inForceAt(events, version.id));
    const pdf = await renderVersionPdf(await this.input(covenant, version, trail, true));
    await this.pdfs
      .createQueryBuilder()
      .insert()
      .values({ versionId: version.id, pdf, auditThroughSeq: trail.at(-1)?.seq ?? 0 })
      .orIgnore()
      .execute();
    // Two first downloads at once both serve the copy that was kept.
    return (await this.pdfs.findOneByOrFail({ versionId: version.id })).pdf;
  }

  private async input(
    covenant: CovenantEntity,
    version: VersionEntity,
    events: AuditEventEntity[],
    frozen: boolean,
  ): Promise<VersionPdfInput> {
    const [[signatures], [neighbourhood]] = await Promise.all([
      this.versions.signaturesOf([version.id]),
      this.neighbourhoods.findByIds([covenant.neighbourhoodId]),
    ]);
    const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
    const actors = new Map(
      (await this.users.findByIds(actorIds)).flatMap((user) => (user ? [[user.id, user.displayName]] : [])),
    );
    const content = parseCanonicalContent(version.canonicalContent);
    const parties = [...content.parties].sort(comparePartyRoles);
    const partyOf = (partyId: string) => parties.find((party) => party.partyId === partyId);
    const base = this.publicUrl.base();
    const valid = signatures.filter((signature) => signature.status === 'VALID');
    const signed = new Set(valid.map((signature) => signature.partyId));
    const awaited = version.status === 'OPEN' ? parties.filter((party) => !signed.has(party.partyId)) : [];
    return {
      covenant: {
        title: content.covenant.title,
        neighbourhoodName: neighbourhood?.name ?? '',
        // A stored PDF is the certificate of the version coming into force: it says so, whenever it is read.
        statusLabel: COVENANT_STATUS_LABELS[frozen ? 'IN_FORCE' : covenant.status],
      },
      version: {
        number: version.number,
        statusLabel: VERSION_STATUS_LABELS[frozen ? 'IN_FORCE' : version.status],
        contentHash: version.contentHash,
        frozenAt: version.frozenAt.toISOString(),
        inForceFrom: version.inForceFrom,
        seal: version.seal,
        sealKeyId: version.sealKeyId,
        complete: isCompleteVersion(version.status),
      },
      text: content.text as DocJson,
      commitments: [...content.commitments]
        .sort(
          (a, b) =>
            parties.findIndex((p) => p.partyId === a.partyId) - parties.findIndex((p) => p.partyId === b.partyId),
        )
        .map((commitment) => ({
          organisationName: partyOf(commitment.partyId)?.organisationName ?? '',
          title: commitment.title,
          description: commitment.description,
          measure: commitment.measure,
          rightLabel: commitment.right ? COMMUNITY_RIGHT_LABELS[commitment.right] : null,
          dueOn: commitment.dueOn,
        })),
      signatures: signatures.map((signature) => {
        const party = partyOf(signature.partyId);
        const domains = party?.verification?.domains ?? [];
        return {
          organisationName: party?.organisationName ?? '',
          roleLabel: party ? PARTY_ROLE_LABELS[party.role] : '',
          signerName: signature.signerName,
          signerPosition: signature.signerPosition,
          mandate: signature.mandate,
          signedAt: signature.signedAt.toISOString(),
          countersignature: signature.countersignature,
          superseded: signature.status === 'SUPERSEDED',
          proof: `Organisation ${organisationProof(signature.organisationVerified, domains)} · signed ${signerProof(signature.signerDomain)}`,
          inWords: signatureInWords({
            signerName: signature.signerName,
            organisationName: party?.organisationName ?? 'an organisation',
            organisationVerified: signature.organisationVerified,
            organisationDomains: domains,
            signerDomain: signature.signerDomain,
          }),
        };
      }),
      awaiting: awaited.map((party) => ({
        organisationName: party.organisationName,
        roleLabel: PARTY_ROLE_LABELS[party.role],
      })),
      audit: events.map((event) => ({
        seq: event.seq,
        at: event.at,
        action: event.action,
        actorName: event.actorId ? (actors.get(event.actorId) ?? null) : null,
        hash: event.hash,
      })),
      auditScope: frozen
        ? 'The trail as it stood when this version came into force; the verification address shows what happened since.'
        : 'The trail as it stood when this copy was printed.',
      verificationUrl: `${base}${pagePath(PAGE_PATHS.verify, { slug: covenant.slug })}`,
      sealKeysUrl: `${base}/.well-known/covenant-seal-keys.json`,
    };
  }
}

/**
 * How many of the covenant's events (in order) make up the record of the
 * version coming into force: through its seal and the status change recorded
 * with it. All of them if none records it.
 */
function inForceAt(events: AuditEventEntity[], versionId: string): number {
  const sealed = events.findIndex(
    (event) => event.action === 'version.sealed' && JSON.parse(event.details).versionId === versionId,
  );
  if (sealed < 0) return events.length;
  return events[sealed + 1]?.action === 'status.changed' ? sealed + 2 : sealed + 1;
}
