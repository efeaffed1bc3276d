export * from './canonical-content';
export * from './signing-progress';
