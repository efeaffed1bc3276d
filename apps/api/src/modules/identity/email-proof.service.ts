/**
 * Proving an e-mail address: a link with a 32-byte random token, of which
 * only the SHA-256 is stored, valid for 48 hours and once only. The link
 * proves the address it was sent to, so it proves nothing once the account's
 * address has changed.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { pagePath, PAGE_PATHS } from '@covenant/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { hashToken, newSecretToken } from '../../core/auth/credentials';
import type { Viewer } from '../../core/auth/viewer';
import { badInput, rateLimited } from '../../core/errors/app-error';
import { PublicUrl } from '../../core/web/public-url';
import { OutboxService } from '../notifications/outbox.service';
import { inMinutes, RateLimitsService } from '../rate-limits/rate-limits.service';
import { UserEntity } from '../users/user.entity';
import { EmailTokenEntity } from './email-token.entity';

const VALID_FOR_MS = 48 * 60 * 60 * 1000;
const RESENDS_PER_HOUR = 5;
const ONE_HOUR = 60 * 60 * 1000;
const BAD_LINK =
  'This link does not work: it is unknown, was already used, or is more than 48 hours old. Sign in and send yourself a new one.';

@Injectable()
export class EmailProofService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly publicUrl: PublicUrl,
    private readonly rateLimits: RateLimitsService,
  ) {}

  /** A new link, its token and its e-mail written in the caller's transaction. */
  async sendLink(manager: EntityManager, user: UserEntity): Promise<void> {
    const token = newSecretToken();
    await manager.insert(EmailTokenEntity, {
      userId: user.id,
      tokenHash: hashToken(token),
      email: user.email,
      expiresAt: new Date(Date.now() + VALID_FOR_MS),
    });
    const link = `${this.publicUrl.base()}${pagePath(PAGE_PATHS.verifyEmail)}?token=${token}`;
    await this.outbox.enqueue(manager, {
      to: user.email,
      subject: 'Confirm your e-mail address',
      text:
        `Hello ${user.displayName},\n\nTo confirm that this address is yours, open this link within 48 hours:\n\n${link}\n\n` +
        'Once it is confirmed you can sign covenants for your organisation. If you did not create an account, ignore this e-mail.\n\nCovenant platform',
    });
  }

  /** Tells the address an account used to have that it changed, so a change nobody asked for does not go unseen. */
  tellOldAddress(manager: EntityManager, oldEmail: string, user: UserEntity): Promise<void> {
    return this.outbox.enqueue(manager, {
      to: oldEmail,
      subject: 'Your e-mail address was changed',
      text:
        `Hello ${user.displayName},\n\nThe e-mail address of your account on the covenant platform was changed from ${oldEmail} to ${user.email}. ` +
        'If you did not change it, sign in with your password and change it back, or contact the platform’s operators.\n\nCovenant platform',
    });
  }

  /** Marks the address proved and uses the token up, in one transaction; BAD_USER_INPUT for any link that does not work. */
  async verify(token: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager
        .createQueryBuilder(EmailTokenEntity, 't')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(token) })
        .getOne();
      const user = row ? await manager.findOneBy(UserEntity, { id: row.userId }) : null;
      if (!row || !user || row.usedAt || row.expiresAt <= new Date() || row.email !== user.email) {
        throw badInput(BAD_LINK, { token: 'Send yourself a new link.' });
      }
      const now = new Date();
      await manager.update(EmailTokenEntity, { id: row.id }, { usedAt: now });
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = now;
        await manager.update(UserEntity, { id: user.id }, { emailVerifiedAt: now });
      }
      return user;
    });
  }

  /** False when the address is already proved: there is nothing to send. */
  async resend(viewer: Viewer): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: viewer.userId });
    if (user.emailVerifiedAt) return false;
    const attempt = await this.rateLimits.take([{ bucket: 'verify-email', key: user.id }], RESENDS_PER_HOUR, ONE_HOUR);
    if (!attempt.allowed) {
      throw rateLimited(
        `We have sent ${RESENDS_PER_HOUR} links in the last hour. Check your inbox (and spam folder), or ask again in ${inMinutes(attempt)}.`,
      );
    }
    await this.dataSource.transaction((manager) => this.sendLink(manager, user));
    return true;
  }
}
