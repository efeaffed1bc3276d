/**
 * An organisation proves who it is by an internet domain: an ADMIN whose
 * proved e-mail address is on the domain asks, and a platform steward
 * reviews the request with a public note. Every request and review is kept
 * (organisation_verification_events, never changed) and logged.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { emailIsOnDomain, isDomain, normaliseDomain, pagePath, PAGE_PATHS } from '@covenant/domain';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../../core/errors/app-error';
import { PublicAnswers } from '../../core/graphql/public-answers';
import { LOGGER } from '../../core/logging/logger';
import { NotificationsService, type NotificationContent } from '../notifications/notifications.service';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { UserEntity } from '../users/user.entity';
import { PlatformRoleEntity } from './platform-role.entity';
import { PlatformRolesService } from './platform-roles.service';
import { VerificationEventEntity, type VerificationEventKind } from './verification-event.entity';

export const MAX_EVIDENCE_LENGTH = 1000;
export const MAX_NOTE_LENGTH = 1000;

@Injectable()
export class OrganisationVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly stewards: PlatformRolesService,
    private readonly organisations: OrganisationsService,
    private readonly answers: PublicAnswers,
    private readonly notifications: NotificationsService,
  ) {}

  async request(
    viewer: Viewer,
    organisationId: string,
    domainAsked: string,
    evidenceAsked: string | null,
  ): Promise<OrganisationEntity> {
    const domain = normaliseDomain(domainAsked);
    if (!isDomain(domain)) {
      throw badInput('Give the internet domain alone, such as northyorks.gov.uk.', { domain: 'Not a domain.' });
    }
    const evidence = evidenceAsked?.trim() || null;
    if (evidence && evidence.length > MAX_EVIDENCE_LENGTH) {
      throw badInput(`Keep the evidence under ${MAX_EVIDENCE_LENGTH} characters.`, { evidence: 'Too long.' });
    }
    return this.change(organisationId, async (manager, organisation) => {
      const membership = await manager.findOneBy(MembershipEntity, { organisationId, userId: viewer.userId });
      if (membership?.role !== 'ADMIN') {
        throw forbidden(`Only an admin of ${organisation.name} can ask for it to be verified.`);
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: viewer.userId });
      if (!user.emailVerifiedAt) {
        throw forbidden('Confirm your own e-mail address first: a domain is proved by an address on it.');
      }
      if (!emailIsOnDomain(user.email, domain)) {
        throw forbidden(
          `Your confirmed address ${user.email} is not on ${domain}: ask for the domain of your own address, or ask a colleague whose address is on ${domain}.`,
        );
      }
      if (organisation.verificationStatus === 'VERIFIED') {
        throw conflict(`${organisation.name} is already verified by ${organisation.verifiedDomains.join(', ')}.`);
      }
      Object.assign(organisation, {
        verificationStatus: 'PENDING',
        verificationRequestedDomain: domain,
        verificationEvidence: evidence,
        verificationRequestedAt: new Date(),
        verificationRequestedById: user.id,
      } satisfies Partial<OrganisationEntity>);
      await manager.save(organisation);
      await this.record(manager, organisation, 'REQUESTED', user, { evidence });
      const stewards = await manager.findBy(PlatformRoleEntity, { role: 'STEWARD' });
      await this.notifications.notifyUsers(
        manager,
        stewards.map((steward) => steward.userId),
        {
          kind: 'verification.requested',
          title: `To review: ${organisation.name} asks to be verified by ${domain}`,
          body:
            `${user.displayName} (${user.email}), an admin of ${organisation.name}, asks for it to be verified by ${domain}.` +
            (evidence ? ` Evidence offered: ${evidence}` : ''),
          link: pagePath(PAGE_PATHS.stewards),
          covenantId: null,
        },
      );
      return organisation;
    });
  }

  async review(
    viewer: Viewer,
    organisationId: string,
    approve: boolean,
    noteAsked: string,
  ): Promise<OrganisationEntity> {
    await this.stewards.requireSteward(viewer);
    const note = noteAsked.trim();
    if (!note || note.length > MAX_NOTE_LENGTH) {
      throw badInput(
        `Write a public note of up to ${MAX_NOTE_LENGTH} characters: what you checked, or why you reject the request.`,
        { note: 'Required.' },
      );
    }
    return this.change(organisationId, async (manager, organisation) => {
      const steward = await manager.findOneByOrFail(UserEntity, { id: viewer.userId });
      const status = organisation.verificationStatus;
      if (approve) {
        if (status !== 'PENDING' || !organisation.verificationRequestedDomain) {
          throw conflict(`${organisation.name} has no request for verification waiting for review.`);
        }
        await this.organisations.requireNameFree(manager, organisation.name, organisation.kind, organisation.id);
        organisation.verificationStatus = 'VERIFIED';
        organisation.verifiedDomains = [organisation.verificationRequestedDomain];
        organisation.verifiedAt = new Date();
      } else {
        // A steward may also withdraw a verification found to be wrong; signatures made meanwhile keep theirs.
        if (status !== 'PENDING' && status !== 'VERIFIED') {
          throw conflict(
            `${organisation.name} is neither waiting for review nor verified: there is nothing to reject.`,
          );
        }
        organisation.verificationStatus = 'REJECTED';
        organisation.verifiedDomains = [];
        organisation.verifiedAt = null;
      }
      organisation.verificationNote = note;
      await manager.save(organisation);
      await this.record(manager, organisation, approve ? 'APPROVED' : 'REJECTED', steward, { note });
      await this.notifications.notifyAdmins(manager, organisation.id, reviewed(organisation, approve));
      return organisation;
    });
  }

  /** PENDING requests, oldest first, keyset-paged by the last organisation's id. */
  async queue(viewer: Viewer, first: number, after: string | null): Promise<OrganisationEntity[]> {
    await this.stewards.requireSteward(viewer);
    const query = this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where("o.verification_status = 'PENDING'")
      .orderBy('o.verification_requested_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(first);
    if (after) {
      query.andWhere(
        '(o.verification_requested_at, o.id) > (SELECT a.verification_requested_at, a.id FROM organisations a WHERE a.id = :after)',
        { after },
      );
    }
    return query.getMany();
  }

  /**
   * One change of an organisation's verification: its row locked, and the
   * change recorded with the notifications it makes.
   */
  private async change(
    organisationId: string,
    work: (manager: EntityManager, organisation: OrganisationEntity) => Promise<OrganisationEntity>,
  ): Promise<OrganisationEntity> {
    const organisation = await this.dataSource.transaction(async (manager) => {
      const found = await manager
        .createQueryBuilder(OrganisationEntity, 'o')
        .setLock('pessimistic_write')
        .where('o.id = :id', { id: organisationId })
        .getOne();
      if (!found) throw notFound('That organisation does not exist.');
      return work(manager, found);
    });
    // Organisations are shown to everyone: no kept anonymous answer may show the old verification.
    this.answers.clear();
    return organisation;
  }

  private async record(
    manager: EntityManager,
    organisation: OrganisationEntity,
    kind: VerificationEventKind,
    actor: UserEntity,
    details: { evidence?: string | null; note?: string },
  ): Promise<void> {
    const domain = organisation.verificationRequestedDomain!;
    await manager.insert(VerificationEventEntity, {
      organisationId: organisation.id,
      kind,
      actorId: actor.id,
      actorEmail: actor.email,
      domain,
      evidence: details.evidence ?? null,
      note: details.note ?? null,
    });
    this.logger.info(
      { organisationId: organisation.id, organisation: organisation.name, kind, domain, by: actor.email, ...details },
      'organisation verification',
    );
  }
}

/** What the organisation's admins are told of a steward's review. */
function reviewed(organisation: OrganisationEntity, approved: boolean): NotificationContent {
  const link = pagePath(PAGE_PATHS.organisation, { slug: organisation.slug });
  const note = `The steward's note: "${organisation.verificationNote ?? ''}"`;
  return approved
    ? {
        kind: 'organisation.verified',
        title: `${organisation.name} is verified`,
        body: `A platform steward verified ${organisation.name} by ${organisation.verifiedDomains.join(', ')}. ${note}`,
        link,
        covenantId: null,
      }
    : {
        kind: 'organisation.rejected',
        title: `${organisation.name} is not verified`,
        body: `A platform steward did not verify ${organisation.name}. ${note} An admin can ask again from the organisation's page.`,
        link,
        covenantId: null,
      };
}
