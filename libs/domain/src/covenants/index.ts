export * from './enums';
export * from './lifecycle';
export * from './policy';
export * from './commitments';
export * from './review-record';
