/**
 * y-protocols and lib0 publish their typings as ES modules, which the API's
 * CommonJS build may not import directly; `require` loads their CommonJS
 * builds, typed from the same declarations (as yjs.ts does for yjs).
 */
import type * as AwarenessProtocol from 'y-protocols/awareness' with { 'resolution-mode': 'import' };
import type * as Encoding from 'lib0/encoding' with { 'resolution-mode': 'import' };
import type * as Decoding from 'lib0/decoding' with { 'resolution-mode': 'import' };

/* eslint-disable @typescript-eslint/no-require-imports */
export const awarenessProtocol: typeof AwarenessProtocol = require('y-protocols/awareness');
export const encoding: typeof Encoding = require('lib0/encoding');
export const decoding: typeof Decoding = require('lib0/decoding');
/* eslint-enable @typescript-eslint/no-require-imports */

export type Awareness = AwarenessProtocol.Awareness;
