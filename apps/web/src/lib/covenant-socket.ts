/**
 * Opens a Socket.IO connection to the collaboration namespace
 * (contract/realtime.md) as every page of the web app speaks it.
 */
import {
  COLLAB_NAMESPACE,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type WireEncoding,
} from '@covenant/collab-protocol';
import { io, type Socket } from 'socket.io-client';

export type CovenantSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function openCovenantSocket(url = COLLAB_NAMESPACE, options: { autoConnect?: boolean } = {}): CovenantSocket {
  // WebSocket only: a replica behind the proxy then keeps the whole connection.
  // Base64 data: each message is one WebSocket frame rather than two (realtime.md, "Wire encoding").
  return io(url, {
    transports: ['websocket'],
    autoConnect: options.autoConnect ?? true,
    withCredentials: true,
    auth: { encoding: 'base64' satisfies WireEncoding },
  });
}
