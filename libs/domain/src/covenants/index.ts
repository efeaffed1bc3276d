export * from './enums';
export * from './lifecycle';
export * from './policy';
export * from './commitments';
export * from './policy-sql';
export * from './review-record';
