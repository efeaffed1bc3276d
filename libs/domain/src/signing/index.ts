export * from './canonical-content';
export * from './signing-progress';
export * from './signature-proof';
