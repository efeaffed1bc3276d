/**
 * Accounts and sessions: registration, sign-in with rate limits, sign-out,
 * and turning a presented token into a viewer.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { isEmailAddress, MAX_PASSWORD_LENGTH } from '@covenant/domain';
import { randomBytes } from 'node:crypto';
import { In, IsNull, MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { badInput, rateLimited, unauthenticated } from '../../core/errors/app-error';
import { AccessChanges } from '../../core/auth/access-changes';
import { hashToken, newSecretToken } from '../../core/auth/credentials';
import type { Viewer } from '../../core/auth/viewer';
import { UnitOfWork } from '../../core/database/unit-of-work';
import { isDemoSignIn } from './demo-accounts';
import { EmailProofService } from '../identity/email-proof.service';
import { UserEntity } from '../users/user.entity';
import { normaliseEmail, UsersService } from '../users/users.service';
import { inMinutes, RateLimitsService, type RateLimitKey } from '../rate-limits/rate-limits.service';
import { SessionEntity } from './session.entity';

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const ONE_HOUR = 60 * 60 * 1000;
const WRONG_CREDENTIALS = 'That e-mail and password do not match an account. Check them and try again.';

// OWASP's argon2id baseline: 19 MiB, 2 passes.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export interface SessionGrant {
  token: string;
  user: UserEntity;
  expiresAt: Date;
}

/**
 * Failed sign-ins count against the network they come from (its IP) and
 * against the pair of e-mail and network, never the e-mail alone: someone
 * guessing a password from elsewhere cannot lock its owner out.
 */
function loginPair(email: string, ip: string): RateLimitKey {
  return { bucket: 'login:pair', key: `${email} ${ip}` };
}

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password. */
  private readonly dummyHash = argon2.hash(randomBytes(16).toString('hex'), ARGON2_OPTIONS);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly users: UsersService,
    private readonly rateLimits: RateLimitsService,
    private readonly emailProof: EmailProofService,
    private readonly unitOfWork: UnitOfWork,
    private readonly accessChanges: AccessChanges,
  ) {}

  async register(input: { email: string; password: string; displayName: string }, ip: string): Promise<SessionGrant> {
    const attempt = await this.rateLimits.take(
      [{ bucket: 'register', key: ip }],
      this.config.rateLimitRegistrations,
      ONE_HOUR,
    );
    if (!attempt.allowed) {
      throw rateLimited(
        `Too many accounts were created from this network in the last hour. Try again in ${inMinutes(attempt)}.`,
      );
    }
    const passwordHash = await argon2.hash(input.password, ARGON2_OPTIONS);
    const user = await this.sessions.manager.transaction(async (manager) => {
      const created = await this.users.create(manager, {
        email: input.email,
        displayName: input.displayName,
        passwordHash,
      });
      await this.emailProof.sendLink(manager, created);
      return created;
    });
    return this.openSession(user);
  }

  /**
   * A new e-mail address for the signed-in person, who types their password
   * again (a session left open elsewhere is not enough). The new address must
   * be proved by its own link; the old one is told of the change.
   */
  async changeEmail(viewer: Viewer, email: string, password: string): Promise<UserEntity> {
    const user = await this.users.findById(viewer.userId);
    if (!user) throw unauthenticated();
    const address = normaliseEmail(email);
    if (address === user.email) {
      throw badInput('That is already your e-mail address.', { email: 'Enter the new address.' });
    }
    const attempt = await this.rateLimits.take([{ bucket: 'change-email', key: user.id }], 5, FIFTEEN_MINUTES);
    if (!attempt.allowed) {
      throw rateLimited(`Too many wrong passwords. Try again in ${inMinutes(attempt)}.`);
    }
    if (password.length > MAX_PASSWORD_LENGTH || !(await argon2.verify(user.passwordHash, password))) {
      throw badInput('That is not your password.', { password: 'Enter the password you sign in with.' });
    }
    await this.rateLimits.giveBack([{ bucket: 'change-email', key: user.id }]);
    return this.sessions.manager.transaction(async (manager) => {
      const changed = await this.users.changeEmail(manager, user, address);
      await this.emailProof.sendLink(manager, changed);
      await this.emailProof.tellOldAddress(manager, user.email, changed);
      return changed;
    });
  }

  /**
   * The attempt is counted before the password is checked, in the same
   * statement that reads the count, and given back if it succeeds: a burst of
   * guesses gets no more checks than the limit, however many arrive at once.
   */
  async login(email: string, password: string, ip: string): Promise<SessionGrant> {
    const normalised = normaliseEmail(email);
    // No account has a malformed address: it fails like a wrong password, counted against the network only.
    const address = isEmailAddress(normalised) ? normalised : null;
    const network = { bucket: 'login:ip', key: ip };
    const attempt = await this.rateLimits.take(
      address ? [network, loginPair(address, ip)] : [network],
      this.config.rateLimitLoginFailures,
      FIFTEEN_MINUTES,
    );
    if (!attempt.allowed) {
      const whose = attempt.refused.some((key) => key.bucket === network.bucket)
        ? 'from your network'
        : 'for this e-mail address from your network';
      throw rateLimited(`Too many failed sign-in attempts ${whose}. Try again in ${inMinutes(attempt)}.`);
    }
    // Nothing about these depends on an account, so answering at once tells no one whether it exists.
    if (!address || password.length > MAX_PASSWORD_LENGTH) throw unauthenticated(WRONG_CREDENTIALS);
    const user = await this.users.findByEmail(address);
    const valid = user
      ? await argon2.verify(user.passwordHash, password)
      : await argon2.verify(await this.dummyHash, password).then(() => false);
    // The demo's published password opens nothing where the demo was not asked for.
    const demoOnly = !this.config.seedDemo && isDemoSignIn(address, password);
    if (!user || !valid || demoOnly) throw unauthenticated(WRONG_CREDENTIALS);
    await this.rateLimits.giveBack([network]);
    await this.rateLimits.clear(loginPair(address, ip));
    return this.openSession(user);
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      await tx.manager.update(SessionEntity, { id: viewer.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.accessChanges.announce(tx, { sessionId: viewer.sessionId });
    });
  }

  /** A presented token that is unknown, expired or revoked is an error, not an anonymous caller. */
  async authenticate(token: string): Promise<Viewer> {
    // One statement on every request, for the four values a viewer needs: plain SQL, without mapping two entities.
    const [session]: { id: string; userId: string; expiresAt: Date; emailVerified: boolean }[] =
      await this.sessions.query(
        `SELECT s.id, s.user_id AS "userId", s.expires_at AS "expiresAt",
                u.email_verified_at IS NOT NULL AS "emailVerified"
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [hashToken(token)],
      );
    if (!session) throw unauthenticated('Your session has expired or was signed out. Sign in again.');
    return {
      userId: session.userId,
      sessionId: session.id,
      expiresAt: session.expiresAt,
      emailVerified: session.emailVerified,
    };
  }

  /** Of these sessions, the ones still working now. */
  async liveSessions(sessionIds: readonly string[]): Promise<Set<string>> {
    const live = await this.sessions.find({
      select: { id: true },
      where: { id: In([...sessionIds]), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    return new Set(live.map((session) => session.id));
  }

  private async openSession(user: UserEntity): Promise<SessionGrant> {
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlDays * 24 * 60 * 60 * 1000);
    await this.sessions.insert({ userId: user.id, tokenHash: hashToken(token), expiresAt });
    return { token, user, expiresAt };
  }
}
