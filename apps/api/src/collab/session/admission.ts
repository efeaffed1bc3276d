/**
 * Connecting to `/collab` (realtime.md, "Connection"): the session from the
 * handshake's token or the same-origin cookie, checked, or an anonymous viewer.
 * A refusal is the error Socket.IO sends as `connect_error`, named by its code.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { requestedEncoding } from '@covenant/collab-protocol';
import { colourFor } from '@covenant/domain';
import { tokenFromHeaders } from '../../core/auth/credentials';
import type { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { AuthService } from '../../modules/auth/auth.service';
import { UsersService } from '../../modules/users/users.service';
import { CollabSession } from './collab-session';
import { MAX_SOCKETS_PER_USER } from './limits';
import type { CollabSocket } from './collab-rooms';

/** Timers longer than this overflow; a longer session is checked again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

@Injectable()
export class CollabAdmission {
  private readonly logger = new Logger(CollabAdmission.name);

  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `openFor(userId)` counts the sockets the person already holds on this process. */
  async admit(socket: CollabSocket, openFor: (userId: string) => number): Promise<void> {
    const fromAuth = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : null;
    const fromCookie = fromAuth ? null : tokenFromHeaders({ cookie: socket.handshake.headers.cookie });
    // A page on another site must not ride on the person's cookie.
    if (fromCookie && !this.sameOrigin(socket)) throw new Error('FORBIDDEN');
    const token = fromAuth ?? fromCookie;
    const encoding = requestedEncoding(socket.handshake.auth);
    if (!token) {
      socket.data = { session: new CollabSession(null, null, encoding) };
      return;
    }
    let viewer: Viewer;
    try {
      viewer = await this.auth.authenticate(token);
    } catch (error) {
      this.logger.debug(`refused a socket: ${String(error)}`);
      throw new Error('UNAUTHENTICATED');
    }
    if (openFor(viewer.userId) >= MAX_SOCKETS_PER_USER) throw new Error('RATE_LIMITED');
    const user = await this.users.findById(viewer.userId);
    if (!user) throw new Error('UNAUTHENTICATED');
    const state = new CollabSession(
      viewer,
      { id: user.id, name: user.displayName, color: colourFor(user.id) },
      encoding,
    );
    socket.data = { session: state };
    this.closeAtExpiry(socket, state);
  }

  private sameOrigin(socket: CollabSocket): boolean {
    const origin = socket.handshake.headers.origin;
    if (!origin) return true;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false;
    }
    if (this.config.publicUrl && new URL(this.config.publicUrl).host === host) return true;
    return host === socket.handshake.headers.host;
  }

  private closeAtExpiry(socket: CollabSocket, state: CollabSession) {
    const expiresAt = state.viewer?.expiresAt;
    if (!expiresAt) return;
    const wait = expiresAt.getTime() - Date.now();
    if (wait <= 0) return void socket.disconnect(true);
    state.expiry = setTimeout(() => this.closeAtExpiry(socket, state), Math.min(wait, MAX_TIMER_MS));
  }
}
