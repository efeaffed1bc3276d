/**
 * The real-time namespace `/collab` (contract/realtime.md). Every socket is
 * authenticated at connect: a bad token or cookie is refused with
 * UNAUTHENTICATED; without one the socket is an anonymous viewer.
 */
import { Logger } from '@nestjs/common';
import { OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { tokenFromHeaders } from '../core/auth/credentials';
import type { Viewer } from '../core/auth/viewer';
import { AuthService } from '../modules/auth/auth.service';

export interface CollabSocketData {
  viewer: Viewer | null;
}

@WebSocketGateway({ namespace: '/collab' })
export class CollabGateway implements OnGatewayInit {
  private readonly logger = new Logger(CollabGateway.name);

  constructor(private readonly auth: AuthService) {}

  afterInit(namespace: Namespace) {
    namespace.use((socket: Socket, next) => {
      const fromAuth = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : null;
      const token = fromAuth ?? tokenFromHeaders({ cookie: socket.handshake.headers.cookie });
      const data = socket.data as CollabSocketData;
      if (!token) {
        data.viewer = null;
        return next();
      }
      this.auth.authenticate(token).then(
        (viewer) => {
          data.viewer = viewer;
          next();
        },
        (error: unknown) => {
          this.logger.debug(`refused a socket: ${String(error)}`);
          next(new Error('UNAUTHENTICATED'));
        },
      );
    });
  }
}
