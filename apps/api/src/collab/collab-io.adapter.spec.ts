import { Logger, type INestApplicationContext } from '@nestjs/common';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { from, mergeAll, of, type Observable } from 'rxjs';
import type { Socket } from 'socket.io';
import { CollabIoAdapter } from './collab-io.adapter';

/** A socket that records what the server sends and lets the test deliver client messages. */
function fakeSocket() {
  const listeners = new Map<string, (...payload: unknown[]) => void>();
  const emitted: unknown[][] = [];
  const socket = {
    on: (event: string, listener: (...payload: unknown[]) => void) => listeners.set(event, listener),
    emit: (...args: unknown[]) => emitted.push(args),
  };
  const receive = async (event: string, ...payload: unknown[]) => {
    listeners.get(event)!(...payload);
    await new Promise((settled) => setImmediate(settled));
  };
  return { socket: socket as unknown as Socket, emitted, receive };
}

/** How Nest hands a gateway's results to the adapter: a promise or an observable, flattened. */
const transform = (result: unknown): Observable<unknown> =>
  from(Promise.resolve(result as Observable<unknown>)).pipe(mergeAll());

function bind(handlers: Partial<MessageMappingProperties>[]) {
  const adapter = new CollabIoAdapter({} as INestApplicationContext);
  const fake = fakeSocket();
  const full = handlers.map((handler) => ({ isAckHandledManually: false, methodName: 'handler', ...handler }));
  adapter.bindMessageHandlers(fake.socket, full as MessageMappingProperties[], transform);
  return fake;
}

describe('CollabIoAdapter message binding', () => {
  it('hands each event its data and answers with the result as the ack', async () => {
    const seen: unknown[] = [];
    const { receive } = bind([
      { message: 'sync', callback: async (data: unknown) => (seen.push(['sync', data]), { ok: true }) },
      { message: 'leave', callback: async (data: unknown) => (seen.push(['leave', data]), { ok: false }) },
    ]);
    const ack = jest.fn();
    await receive('sync', { covenantId: 'c1', data: 'AAE=' }, ack);
    expect(seen).toEqual([['sync', { covenantId: 'c1', data: 'AAE=' }]]);
    expect(ack.mock.calls).toEqual([[{ ok: true }]]);
    await receive('leave', { covenantId: 'c1' }, ack);
    expect(ack.mock.calls).toEqual([[{ ok: true }], [{ ok: false }]]);
  });

  it('sends no ack for a result of nothing, or when the handler acks by itself, and takes a message without an ack', async () => {
    const ack = jest.fn();
    const seen: unknown[] = [];
    const { receive } = bind([
      { message: 'awareness', callback: async () => undefined },
      { message: 'manual', callback: async () => ({ ok: true }), isAckHandledManually: true },
      { message: 'plain', callback: async (data: unknown) => void seen.push(data) },
    ]);
    await receive('awareness', { covenantId: 'c1' }, ack);
    await receive('manual', { covenantId: 'c1' }, ack);
    await receive('plain', { covenantId: 'c1' });
    await receive('plain', 'a', 'b');
    expect(seen).toEqual([{ covenantId: 'c1' }, ['a', 'b']]);
    expect(ack).not.toHaveBeenCalled();
  });

  it('emits an { event, data } result, and acks each value of an observable result', async () => {
    const ack = jest.fn();
    const { receive, emitted } = bind([
      { message: 'ask', callback: async () => ({ event: 'told', data: { n: 1 } }) },
      { message: 'stream', callback: async () => of({ ok: true }) },
    ]);
    await receive('ask', {}, ack);
    expect(emitted).toEqual([['told', { n: 1 }]]);
    await receive('stream', {}, ack);
    expect(ack.mock.calls).toEqual([[{ ok: true }]]);
  });

  it('logs a handler that fails and keeps serving the socket', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    let calls = 0;
    const ack = jest.fn();
    const { receive } = bind([
      {
        message: 'sync',
        callback: async () => {
          calls += 1;
          if (calls === 1) throw new Error('boom');
          return { ok: true };
        },
      },
    ]);
    await receive('sync', {}, ack);
    expect(logged).toHaveBeenCalledWith('the sync handler failed: Error: boom');
    await receive('sync', {}, ack);
    expect(ack.mock.calls).toEqual([[{ ok: true }]]);
    logged.mockRestore();
  });
});
