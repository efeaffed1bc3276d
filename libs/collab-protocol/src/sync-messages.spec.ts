import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE, syncMessages, toBytes } from './sync-messages';

const messages = syncMessages({ encoding, decoding });

describe('syncMessages', () => {
  it('frames messages exactly as y-protocols does, so stock clients read them', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'Sunday swims');
    const stock = encoding.createEncoder();
    syncProtocol.writeSyncStep1(stock, doc);
    expect(messages.write(SYNC_STEP_1, Y.encodeStateVector(doc))).toEqual(encoding.toUint8Array(stock));
    expect([syncProtocol.messageYjsSyncStep1, syncProtocol.messageYjsSyncStep2, syncProtocol.messageYjsUpdate]).toEqual(
      [SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE],
    );
  });

  it('reads what a stock client sends, and nothing else', () => {
    const update = Y.encodeStateAsUpdate(new Y.Doc());
    const stock = encoding.createEncoder();
    syncProtocol.writeUpdate(stock, update);
    expect(messages.read(encoding.toUint8Array(stock))).toEqual({ type: SYNC_UPDATE, payload: update });
    expect(messages.read(new Uint8Array([7, 0]))).toBeNull();
    expect(messages.read(new Uint8Array([2, 200]))).toBeNull();
    expect(messages.read(new Uint8Array([]))).toBeNull();
  });
});

describe('toBytes', () => {
  it('takes the binary forms Socket.IO delivers and refuses the rest', () => {
    expect(toBytes(new Uint8Array([1]))).toEqual(new Uint8Array([1]));
    expect(toBytes(new Uint8Array([1, 2]).buffer)).toEqual(new Uint8Array([1, 2]));
    expect(toBytes('AQ==')).toBeNull();
    expect(toBytes([1, 2])).toBeNull();
  });
});
