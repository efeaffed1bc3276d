/** Everything a version's PDF prints, gathered for whoever may read the covenant (null for anyone else). */
import { Injectable } from '@nestjs/common';
import {
  COMMUNITY_RIGHT_LABELS,
  comparePartyRoles,
  COVENANT_STATUS_LABELS,
  isCompleteVersion,
  PAGE_PATHS,
  pagePath,
  PARTY_ROLE_LABELS,
  parseCanonicalContent,
  VERSION_STATUS_LABELS,
} from '@covenant/domain';
import type { DocJson } from '../../collab/document';
import type { Viewer } from '../../core/auth/viewer';
import { PublicUrl } from '../../core/web/public-url';
import { AuditService } from '../audit/audit.service';
import { allowed } from '../covenants/covenant-access';
import { CovenantAccessService } from '../covenants/covenant-access.service';
import { CovenantsService } from '../covenants/covenants.service';
import { NeighbourhoodsService } from '../neighbourhoods/neighbourhoods.service';
import { UsersService } from '../users/users.service';
import { renderVersionPdf, type VersionPdfInput } from './pdf/version-pdf';
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
  ) {}

  async render(slug: string, number: number, viewer: Viewer | null): Promise<{ fileName: string; pdf: Buffer } | null> {
    const covenant = await this.covenants.findBySlug(slug);
    const facts = covenant ? await this.access.factsFor(covenant.id, viewer) : null;
    if (!covenant || !facts || !allowed('read', facts)) return null;
    const version = await this.versions.findByNumber(covenant.id, number);
    if (!version) return null;
    const [[signatures], [neighbourhood], events] = await Promise.all([
      this.versions.signaturesOf([version.id]),
      this.neighbourhoods.findByIds([covenant.neighbourhoodId]),
      this.audit.list(covenant.id),
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
    const input: VersionPdfInput = {
      covenant: {
        title: content.covenant.title,
        neighbourhoodName: neighbourhood?.name ?? '',
        statusLabel: COVENANT_STATUS_LABELS[covenant.status],
      },
      version: {
        number: version.number,
        statusLabel: VERSION_STATUS_LABELS[version.status],
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
        return {
          organisationName: party?.organisationName ?? '',
          roleLabel: party ? PARTY_ROLE_LABELS[party.role] : '',
          signerName: signature.signerName,
          signerPosition: signature.signerPosition,
          mandate: signature.mandate,
          signedAt: signature.signedAt.toISOString(),
          countersignature: signature.countersignature,
          superseded: signature.status === 'SUPERSEDED',
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
      verificationUrl: `${base}${pagePath(PAGE_PATHS.verify, { slug: covenant.slug })}`,
      sealKeysUrl: `${base}/.well-known/covenant-seal-keys.json`,
    };
    return { fileName: `${covenant.slug}-version-${version.number}.pdf`, pdf: await renderVersionPdf(input) };
  }
}
