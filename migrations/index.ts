import { Foundation1795869184105 } from './1795869184105-foundation';

/** Every migration, oldest first. */
export const MIGRATIONS: Function[] = [Foundation1795869184105];
