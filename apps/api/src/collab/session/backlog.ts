/**
 * How far behind a socket is: bytes the server holds for it and has not yet
 * handed to the network (Engine.IO's write buffer and the WebSocket's own).
 */
import type { Socket } from 'socket.io';

interface EnginePacket {
  data?: unknown;
}

interface EngineConnection {
  writeBuffer?: EnginePacket[];
  transport?: { socket?: { bufferedAmount?: number } };
}

function size(data: unknown): number {
  if (typeof data === 'string') return data.length;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}

export function backlogBytes(socket: Socket): number {
  const connection = socket.conn as unknown as EngineConnection;
  const queued = (connection.writeBuffer ?? []).reduce((total, packet) => total + size(packet.data), 0);
  return queued + (connection.transport?.socket?.bufferedAmount ?? 0);
}

/** Drops a connection at once, without waiting to flush what it would not read. */
export function dropConnection(socket: Socket) {
  socket.disconnect(true);
  (socket.conn as unknown as { close(discard: boolean): void }).close(true);
}
