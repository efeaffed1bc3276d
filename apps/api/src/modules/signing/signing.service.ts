/**
 * Freezing a covenant for signature, signing it and countersigning it
 * (DESIGN.md, "Freezing, signing, verifying"). Each runs as one covenant
 * change: one transaction holding the covenant's row lock, so two
 * signatures pressed at the same moment queue and the second sees the first.
 */
import { Injectable } from '@nestjs/common';
import {
  canonicalContent,
  comparePartyRoles,
  contentFormat,
  CURRENT_FORMAT,
  emailDomain,
  inWords,
  londonDay,
  oneYearAfter,
  pagePath,
  PAGE_PATHS,
  parseCanonicalContent,
  sealMessage,
  signableParties,
  signingProgress,
  type CanonicalParty,
} from '@covenant/domain';
import { In } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { AmendmentsService } from '../consultation/amendments.service';
import { DocumentsService } from '../../collab/documents.service';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, conflict, forbidden } from '../../core/errors/app-error';
import { isUniqueViolation } from '../../core/database/postgres-errors';
import { CommitmentEntity } from '../commitments/commitment.entity';
import { CovenantWork, type CovenantChange } from '../covenants/covenant-work';
import type { CovenantEntity } from '../covenants/covenant.entity';
import { policyParty } from '../covenants/covenant-access';
import { contentHash } from './content-hash';
import { SealService } from './seal.service';
import { SignatureEntity } from './signature.entity';
import type { SignInput } from './sign.input';
import { VersionEntity } from './version.entity';

@Injectable()
export class SigningService {
  constructor(
    private readonly work: CovenantWork,
    private readonly documents: DocumentsService,
    private readonly seals: SealService,
    private readonly amendments: AmendmentsService,
  ) {}

  /** Freezes the stored text, the accepted parties and their commitments as the next version. */
  openForSignature(viewer: Viewer, covenantId: string): Promise<CovenantEntity> {
    return this.work.change(covenantId, viewer, async (change) => {
      change.require('openForSignature');
      const { manager, covenant } = change;
      const { organisations } = change;
      const nameOf = (organisationId: string) => organisations.get(organisationId)?.name ?? 'An organisation';
      const accepted = change.parties.filter((party) => party.status === 'ACCEPTED');
      const frozenText = await this.documents.freeze(manager, covenant.id);
      const commitments = await manager.find(CommitmentEntity, {
        where: { covenantId: covenant.id, partyId: In(accepted.map((party) => party.id)) },
      });
      const last = await manager.findOne(VersionEntity, {
        where: { covenantId: covenant.id },
        order: { number: 'DESC' },
        select: { number: true, frozenAt: true },
      });
      const amendments = await this.amendments.acceptedSince(change, last?.frozenAt ?? null);
      const number = (last?.number ?? 0) + 1;
      const parties: CanonicalParty[] = accepted.map((party) => {
        const organisation = organisations.get(party.organisationId);
        return {
          partyId: party.id,
          organisationId: party.organisationId,
          organisationName: nameOf(party.organisationId),
          role: party.role,
          verification: {
            domains: organisation?.verificationStatus === 'VERIFIED' ? organisation.verifiedDomains : [],
            status: organisation?.verificationStatus ?? 'UNVERIFIED',
          },
        };
      });
      const content = canonicalContent({
        format: CURRENT_FORMAT,
        version: number,
        covenant: { id: covenant.id, neighbourhoodId: covenant.neighbourhoodId, title: covenant.title },
        parties,
        commitments,
        text: frozenText.json,
        amendments,
      });
      const version = await manager.save(
        manager.create(VersionEntity, {
          covenantId: covenant.id,
          number,
          status: 'OPEN',
          canonicalContent: content,
          contentHash: contentHash(content),
          html: frozenText.html,
          frozenAt: new Date(),
          frozenById: viewer.userId,
        }),
      );
      const from = covenant.status;
      covenant.status = 'OPEN_FOR_SIGNATURE';
      const saved = await manager.save(covenant);
      const frozen = { versionId: version.id, number, contentHash: version.contentHash };
      await change.audit('version.frozen', frozen);
      await change.audit('status.changed', { from, to: covenant.status });
      change.emit('version.frozen', frozen);
      change.emit('status.changed', { from, to: covenant.status });
      for (const party of accepted) {
        await change.notifyAdmins(party.organisationId, {
          kind: 'version.frozen',
          title: `Ready to sign: ${covenant.title}`,
          body:
            `Version ${number} of "${covenant.title}" is frozen and open for signature. ` +
            (party.role === 'COUNTERSIGNATORY'
              ? 'The council countersigns once every other party has signed.'
              : 'A signatory of your organisation can read it and sign.'),
          link: pagePath(PAGE_PATHS.covenant, { slug: covenant.slug }),
          covenantId: covenant.id,
        });
      }
      return saved;
    });
  }

  /** A party's signature, or the council's countersignature, on the version open now. */
  async sign(viewer: Viewer, input: SignInput, kind: 'sign' | 'countersign'): Promise<SignatureEntity> {
    try {
      return await this.work.change(input.covenantId, viewer, (change) => this.signIn(change, viewer, input, kind));
    } catch (error) {
      // The database's own guard, should a signature ever slip past the row lock.
      if (isUniqueViolation(error)) throw conflict('That party has already signed this version.');
      throw error;
    }
  }

  private async signIn(
    change: CovenantChange,
    viewer: Viewer,
    input: SignInput,
    kind: 'sign' | 'countersign',
  ): Promise<SignatureEntity> {
    change.require(kind);
    const { manager, covenant } = change;
    const version = await manager.findOneBy(VersionEntity, { covenantId: covenant.id, status: 'OPEN' });
    if (!version) throw conflict('No version of this covenant is open for signature.');
    const frozenParties = parseCanonicalContent(version.canonicalContent).parties;
    const frozenIds = new Set(frozenParties.map((party) => party.partyId));
    const mine = signableParties(change.facts.viewer, kind).filter((id) => frozenIds.has(id));
    const partyId = this.chooseParty(input.partyId ?? null, mine, kind);
    const party = change.parties.find((candidate) => candidate.id === partyId)!;
    change.require(kind, { targetParty: policyParty(party) });
    const frozenParty = frozenParties.find((candidate) => candidate.partyId === partyId)!;
    if (input.contentHash !== version.contentHash) {
      throw conflict(
        `The text changed since you read it: version ${version.number} has a different hash. Read it again before signing.`,
      );
    }
    const valid = await manager.find(SignatureEntity, { where: { versionId: version.id, status: 'VALID' } });
    if (valid.some((signature) => signature.partyId === partyId)) {
      throw conflict(`${frozenParty.organisationName} has already signed version ${version.number}.`);
    }
    const { awaitingSignature } = signingProgress(frozenParties, valid);
    if (kind === 'countersign' && awaitingSignature.length) {
      const awaited = frozenParties.filter((p) => awaitingSignature.includes(p.partyId)).sort(comparePartyRoles);
      throw conflict(
        `The council countersigns last: waiting for ${inWords(awaited.map((p) => p.organisationName))} to sign.`,
      );
    }
    // As they are at this moment, kept with the signature: a later review of the organisation does not change them.
    const organisationVerified = change.organisations.get(party.organisationId)?.verificationStatus === 'VERIFIED';
    const signer = await manager.findOneByOrFail(UserEntity, { id: viewer.userId });
    const signerDomain = signer.emailVerifiedAt ? emailDomain(signer.email) : null;
    const signature = await manager.save(
      manager.create(SignatureEntity, {
        versionId: version.id,
        partyId,
        signedById: viewer.userId,
        signerName: input.signerName,
        signerPosition: input.signerPosition,
        mandate: input.mandate ?? null,
        signedAt: new Date(),
        contentHash: input.contentHash,
        countersignature: kind === 'countersign',
        status: 'VALID',
        organisationVerified,
        signerDomain,
      }),
    );
    await change.audit('signature.added', {
      signatureId: signature.id,
      partyId,
      organisationId: party.organisationId,
      versionNumber: version.number,
      contentHash: signature.contentHash,
      signerName: signature.signerName,
      signerPosition: signature.signerPosition,
      mandate: signature.mandate,
      countersignature: signature.countersignature,
      organisationVerified,
      signerDomain,
    });
    change.emit('signature.added', {
      signatureId: signature.id,
      partyId,
      countersignature: signature.countersignature,
    });
    if (kind === 'countersign') await this.bringIntoForce(change, version, [...valid, signature]);
    return signature;
  }

  private chooseParty(asked: string | null, mine: string[], kind: 'sign' | 'countersign'): string {
    if (asked) {
      if (!mine.includes(asked)) {
        throw forbidden(`You are not a signatory of that party in this version, so you cannot ${kind} for it.`);
      }
      return asked;
    }
    if (mine.length > 1) {
      throw badInput('You can sign for more than one party: say which one with partyId.', {
        partyId: 'Choose the party you sign for.',
      });
    }
    if (!mine.length) throw forbidden('None of your organisations signs this version.');
    return mine[0];
  }

  /** The countersignature completes the version: it comes into force, sealed, and replaces the one before. */
  private async bringIntoForce(change: CovenantChange, version: VersionEntity, signatures: SignatureEntity[]) {
    const { manager, covenant } = change;
    const today = londonDay(new Date());
    const previous = await manager.findOneBy(VersionEntity, { covenantId: covenant.id, status: 'IN_FORCE' });
    if (previous) await manager.update(VersionEntity, { id: previous.id }, { status: 'REPLACED' });
    version.status = 'IN_FORCE';
    version.inForceFrom = today;
    version.seal = this.seals.seal(
      sealMessage(
        version.contentHash,
        signatures.map((s) => ({ ...s, signedAt: s.signedAt.toISOString() })),
        contentFormat(parseCanonicalContent(version.canonicalContent)),
      ),
    );
    version.sealKeyId = this.seals.keyId;
    await manager.save(version);
    const from = covenant.status;
    covenant.status = 'IN_FORCE';
    covenant.everInForce = true;
    covenant.startsOn = covenant.startsOn ?? today;
    covenant.reviewDueOn = oneYearAfter(today);
    await manager.save(covenant);
    await change.audit('version.sealed', {
      versionId: version.id,
      number: version.number,
      contentHash: version.contentHash,
      seal: version.seal,
      sealKeyId: version.sealKeyId,
      ...(previous ? { replacedVersion: previous.number } : {}),
    });
    await change.audit('status.changed', { from, to: covenant.status });
    change.emit('status.changed', { from, to: covenant.status });
  }
}
