/**
 * The process's Prometheus instruments, in one registry per app (so tests
 * that boot several apps in one process keep theirs apart). Every label has
 * a bounded set of values: routes are templates, operation names are capped,
 * error codes come from a fixed list.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** Request and operation durations, in seconds: from a fast cached answer to a slow PDF. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Send to commit to ack of a real-time update, in seconds. */
const ACK_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
/** Updates committed together in one transaction. */
const GROUP_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128];

/** What a pg pool says about itself (TypeORM's postgres driver keeps it as `master`). */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  // HTTP and GraphQL, measured by the middleware and the Apollo plugin in this folder.
  readonly httpRequestDuration = new Histogram({
    name: 'covenant_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlOperationDuration = new Histogram({
    name: 'covenant_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name and type (query, mutation).',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'covenant_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly graphqlCompiledAnswers = new Counter({
    name: 'covenant_graphql_compiled_answers_total',
    help: 'GraphQL answers given by a compiled query (those asked often); the rest run the standard way.',
    registers: [this.registry],
  });

  // Real time. The collab gateway and document registry report to these:
  /** Sockets connected to /collab: inc() on connection, dec() on disconnect. */
  readonly socketsConnected = new Gauge({
    name: 'covenant_collab_sockets_connected',
    help: 'Sockets connected to the /collab namespace on this process.',
    registers: [this.registry],
  });

  /** Covenant documents held in memory: inc() when one is loaded, dec() when it is unloaded. */
  readonly documentsLoaded = new Gauge({
    name: 'covenant_collab_documents_loaded',
    help: 'Covenant documents loaded in memory on this process.',
    registers: [this.registry],
  });

  /** Every sync ack sent, by its code (`OK` for { ok: true }, else the refusal's code): inc({ code }). */
  readonly syncAcks = new Counter({
    name: 'covenant_collab_sync_acks_total',
    help: 'Sync acknowledgements sent, by code (OK, or the refusal code).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  /** Time from receiving a sync message to acking it, by the same code: observe({ code }, seconds). */
  readonly syncAckLatency = new Histogram({
    name: 'covenant_collab_sync_ack_seconds',
    help: 'Time from a sync message arriving to its acknowledgement, by code.',
    labelNames: ['code'] as const,
    buckets: ACK_BUCKETS,
    registers: [this.registry],
  });

  /**
   * How long PostgreSQL took to store each group of updates, the statement and its flush to disk, failed ones
   * included: the part of an ack's latency that is the database's. observe(seconds).
   */
  readonly commitLatency = new Histogram({
    name: 'covenant_collab_commit_seconds',
    help: 'Time to store one group of real-time updates in PostgreSQL (statement and commit).',
    buckets: ACK_BUCKETS,
    registers: [this.registry],
  });

  /** How many updates each commit stored together: observe(size). */
  readonly commitGroupSize = new Histogram({
    name: 'covenant_collab_commit_group_size',
    help: 'Updates committed together in one transaction.',
    buckets: GROUP_BUCKETS,
    registers: [this.registry],
  });

  /** Bytes of updates relayed to other sockets (count each message once per room, not per receiver): inc(bytes). */
  readonly relayedBytes = new Counter({
    name: 'covenant_collab_relayed_bytes_total',
    help: 'Bytes of document updates relayed to the other sockets of a room.',
    registers: [this.registry],
  });

  constructor(@InjectDataSource() dataSource: DataSource) {
    const pool = () => (dataSource.driver as unknown as { master?: PoolCounts }).master;
    const poolGauge = (name: string, help: string, read: (counts: PoolCounts) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const counts = pool();
          this.set(counts ? read(counts) : 0);
        },
      });
    poolGauge('covenant_db_pool_connections', 'Connections in the app’s PostgreSQL pool.', (c) => c.totalCount);
    poolGauge('covenant_db_pool_idle', 'Idle connections in the app’s PostgreSQL pool.', (c) => c.idleCount);
    poolGauge('covenant_db_pool_waiting', 'Queries waiting for a connection from the pool.', (c) => c.waitingCount);
    collectDefaultMetrics({ register: this.registry });
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
