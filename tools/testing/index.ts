export * from './database';
export * from './ports';
