/**
 * TypeORM's queries go to the structured log at debug level, and are counted,
 * so a test can prove an operation runs a bounded number of SQL statements.
 */
import type { Logger as PinoLogger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';

export class QueryLogger implements TypeOrmLogger {
  private count = 0;

  constructor(private readonly logger: PinoLogger) {}

  get queriesRun(): number {
    return this.count;
  }

  logQuery(query: string) {
    this.count++;
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
