export * from './errors';
export * from './events';
export * from './document';
export * from './sync-messages';
export * from './wire-encoding';
