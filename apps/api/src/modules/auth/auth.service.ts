/**
 * Accounts and sessions: registration, sign-in with rate limits, sign-out,
 * and turning a presented token into a viewer.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { In, IsNull, MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { rateLimited, unauthenticated } from '../../core/errors/app-error';
import { announceAccessChange } from '../../core/auth/access-changes';
import type { Viewer } from '../../core/auth/viewer';
import { isDemoSignIn } from '../../demo/demo-accounts';
import { UserEntity } from '../users/user.entity';
import { normaliseEmail, UsersService } from '../users/users.service';
import { RateLimitsService } from './rate-limits.service';
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

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
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
  ) {}

  async register(input: { email: string; password: string; displayName: string }, ip: string): Promise<SessionGrant> {
    const attempts = await this.rateLimits.count('register', ip, ONE_HOUR);
    if (attempts >= this.config.rateLimitRegistrations) {
      throw rateLimited('Too many accounts were created from this network in the last hour. Try again later.');
    }
    await this.rateLimits.hit('register', [ip]);
    const passwordHash = await argon2.hash(input.password, ARGON2_OPTIONS);
    const user = await this.users.create({ email: input.email, displayName: input.displayName, passwordHash });
    return this.openSession(user);
  }

  async login(email: string, password: string, ip: string): Promise<SessionGrant> {
    const normalised = normaliseEmail(email);
    const limit = this.config.rateLimitLoginFailures;
    const [byEmail, byIp] = await Promise.all([
      this.rateLimits.count('login:email', normalised, FIFTEEN_MINUTES),
      this.rateLimits.count('login:ip', ip, FIFTEEN_MINUTES),
    ]);
    if (byEmail >= limit || byIp >= limit) {
      throw rateLimited('Too many failed sign-in attempts. Wait 15 minutes, then try again.');
    }
    const user = normalised ? await this.users.findByEmail(normalised) : null;
    const valid = user
      ? await argon2.verify(user.passwordHash, password)
      : await argon2.verify(await this.dummyHash, password).then(() => false);
    const demoOnly = !this.config.seedDemo && isDemoSignIn(normalised, password);
    if (!user || !valid || demoOnly) {
      await this.rateLimits.hit('login:email', [normalised]);
      await this.rateLimits.hit('login:ip', [ip]);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.rateLimits.clear('login:email', normalised);
    return this.openSession(user);
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.sessions.manager.transaction(async (manager) => {
      await manager.update(SessionEntity, { id: viewer.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await announceAccessChange(manager, { sessionId: viewer.sessionId });
    });
  }

  /** A presented token that is unknown, expired or revoked is an error, not an anonymous caller. */
  async authenticate(token: string): Promise<Viewer> {
    const session = await this.sessions.findOneBy({
      tokenHash: hashToken(token),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    if (!session) throw unauthenticated('Your session has expired or was signed out. Sign in again.');
    return { userId: session.userId, sessionId: session.id, expiresAt: session.expiresAt };
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
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlDays * 24 * 60 * 60 * 1000);
    await this.sessions.insert({ userId: user.id, tokenHash: hashToken(token), expiresAt });
    return { token, user, expiresAt };
  }
}
