/**
 * TypeORM's queries go to the structured log at debug level, and are counted
 * and can be watched, so a test can prove what SQL an operation runs.
 */
import type { Logger as PinoLogger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';

export class QueryLogger implements TypeOrmLogger {
  private count = 0;
  private readonly watchers = new Set<(query: string) => void>();

  constructor(private readonly logger: PinoLogger) {}

  get queriesRun(): number {
    return this.count;
  }

  /** Calls `watcher` with every statement until the returned function is called. */
  watch(watcher: (query: string) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  logQuery(query: string) {
    this.count++;
    this.watchers.forEach((watcher) => watcher(query));
    if (this.logger.isLevelEnabled('trace')) this.logger.trace({ query }, 'sql');
  }
  logQueryError(error: string | Error, query: string) {
    this.logger.warn({ err: error, query }, 'sql error');
  }
  logQuerySlow(time: number, query: string) {
    this.logger.warn({ ms: time, query }, 'slow sql');
  }
  logSchemaBuild(message: string) {
    this.logger.debug(message);
  }
  logMigration(message: string) {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    this.logger[level === 'log' ? 'debug' : level](String(message));
  }
}
