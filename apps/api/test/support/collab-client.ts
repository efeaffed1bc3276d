/**
 * A real-time client built only from yjs, y-protocols and socket.io-client,
 * as any other client of the contract would be.
 */
import { io, type Socket } from 'socket.io-client';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

export interface Ack {
  ok: boolean;
  code?: string;
  message?: string;
  role?: string;
  status?: string;
}

export class CollabClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly acks: Promise<Ack>[] = [];
  /** The last sync message sent, so a test can send it again. */
  lastSent: Uint8Array | null = null;
  private constructor(
    readonly socket: Socket,
    /** realtime.md, "Wire encoding": how `data` travels both ways. */
    private readonly encoding: 'binary' | 'base64',
    private covenantId = '',
  ) {}

  static connect(url: string, token?: string, wire: 'binary' | 'base64' = 'binary'): Promise<CollabClient> {
    const socket = io(`${url}/collab`, {
      transports: ['websocket'],
      reconnection: false,
      auth: { ...(token ? { token } : {}), ...(wire === 'base64' ? { encoding: wire } : {}) },
    });
    const client = new CollabClient(socket, wire);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(client));
      socket.once('connect_error', reject);
    });
  }

  request(event: string, payload: unknown): Promise<Ack> {
    return this.socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack>;
  }

  async join(covenantId: string): Promise<Ack> {
    this.covenantId = covenantId;
    this.socket.on('sync', ({ data }: { data: ArrayBuffer | string }) => {
      const decoder = decoding.createDecoder(this.received(data));
      const encoder = encoding.createEncoder();
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, 'server');
      if (encoding.length(encoder) > 0) this.send(encoding.toUint8Array(encoder));
    });
    this.socket.on('awareness', ({ data }: { data: ArrayBuffer | string }) => {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, this.received(data), 'server');
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'server') return;
      const encoder = encoding.createEncoder();
      syncProtocol.writeUpdate(encoder, update);
      this.send(encoding.toUint8Array(encoder));
    });
    const ack = await this.request('join', { covenantId });
    if (ack.ok) {
      const encoder = encoding.createEncoder();
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.send(encoding.toUint8Array(encoder));
    }
    return ack;
  }

  send(data: Uint8Array): Promise<Ack> {
    this.lastSent = data;
    const ack = this.request('sync', { covenantId: this.covenantId, data: this.wire(data) });
    // A server killed mid-test rejects the acks it never sent; only a test that awaits one should see that.
    ack.catch(() => undefined);
    this.acks.push(ack);
    return ack;
  }

  announce(state: Record<string, unknown>) {
    this.awareness.setLocalState(state);
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
    this.socket.emit('awareness', { covenantId: this.covenantId, data: this.wire(update) });
  }

  /** Data as this client receives it, checked to be in the encoding it asked for. */
  private received(data: ArrayBuffer | string): Uint8Array {
    if ((typeof data === 'string') !== (this.encoding === 'base64')) {
      throw new Error(`expected ${this.encoding} data, got ${typeof data}`);
    }
    return typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'base64')) : new Uint8Array(data);
  }

  private wire(data: Uint8Array): Uint8Array | string {
    return this.encoding === 'base64' ? Buffer.from(data).toString('base64') : data;
  }

  /** The first paragraph's text, created if the body has none. */
  paragraph(): Y.XmlText {
    const body = this.doc.getXmlFragment('body');
    const first = body.toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === 'paragraph') as
      Y.XmlElement | undefined;
    if (first) return first.get(0) as Y.XmlText;
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    body.insert(body.length, [paragraph]);
    return text;
  }

  text(): string {
    return this.doc.getXmlFragment('body').toString();
  }

  async settled(): Promise<Ack[]> {
    return Promise.all(this.acks);
  }

  close() {
    this.socket.close();
    this.doc.destroy();
  }
}

/** Waits until the condition holds, checking as events arrive; gives up with an error after `timeoutMs`. */
export async function eventually(condition: () => boolean, clients: CollabClient[], timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`still not so after ${timeoutMs} ms: ${condition.toString()}`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.max(0, deadline - Date.now()) + 1);
      function done() {
        clearTimeout(timer);
        clients.forEach((c) => {
          c.socket.off('sync', done);
          c.socket.off('awareness', done);
        });
        resolve();
      }
      clients.forEach((c) => {
        c.socket.on('sync', done);
        c.socket.on('awareness', done);
      });
    });
  }
}
