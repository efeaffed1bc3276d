export * from './escalations';
export * from './policy';
