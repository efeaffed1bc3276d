#!/usr/bin/env node
/**
 * A second reference for `bench/collab.mjs`: the platform's wire without the
 * platform. It speaks the part of contract/realtime.md the bench's editors
 * use (Socket.IO's `/collab`, `join`, acked `sync` messages with base64 data)
 * with the platform's Socket.IO server and options, keeps each document in
 * memory, acks at once and relays every update to the document's other
 * sockets. No accounts, no rights, nothing stored: what it costs is what the
 * transport itself costs, so the bench can tell it apart from the rest.
 *
 *   PORT=4000 node bench/socketio-relay.mjs
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

const documents = new Map();

/** A y-protocols sync message as the web app sends it: base64 data. */
const base64 = (encoder) => Buffer.from(encoding.toUint8Array(encoder)).toString('base64');

/** The document `name`, made on first use; its updates go to every socket in its room but their sender. */
function documentNamed(name, io) {
  let doc = documents.get(name);
  if (doc) return doc;
  doc = new Y.Doc();
  doc.on('update', (update, origin) => {
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    io.of('/collab')
      .to(name)
      .except(origin)
      .emit('sync', { covenantId: name, data: base64(encoder) });
  });
  documents.set(name, doc);
  return doc;
}

const http = createServer((request, response) => response.end('ok'));
// As the platform's server: WebSocket and polling, messages up to 1 MiB (apps/api/src/collab/collab-io.adapter.ts).
const io = new Server(http, { maxHttpBufferSize: 1024 * 1024 });

io.of('/collab').on('connection', (socket) => {
  socket.on('join', ({ covenantId }, ack) => {
    const doc = documentNamed(covenantId, io);
    socket.join(covenantId);
    ack({ ok: true });
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, doc);
    socket.emit('sync', { covenantId, data: base64(encoder) });
  });
  socket.on('sync', ({ covenantId, data }, ack) => {
    const doc = documents.get(covenantId);
    if (!doc || !socket.rooms.has(covenantId)) return ack({ ok: false, code: 'BAD_USER_INPUT', message: 'join first' });
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoding.createDecoder(Buffer.from(data, 'base64')), reply, doc, socket.id);
    if (encoding.length(reply) > 0) socket.emit('sync', { covenantId, data: base64(reply) });
    ack({ ok: true });
  });
  // The last socket of a document gone, the document goes too, as the platform unloads it.
  socket.on('disconnecting', () => {
    for (const name of socket.rooms) {
      if (name !== socket.id && io.of('/collab').adapter.rooms.get(name)?.size === 1) documents.delete(name);
    }
  });
});

http.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => io.close(() => process.exit(0)));
