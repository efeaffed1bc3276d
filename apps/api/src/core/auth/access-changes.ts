/**
 * Changes that may take a right away from someone already connected (a party
 * removed, a member removed or re-roled, a session signed out, a covenant's
 * status moved) are announced with PostgreSQL NOTIFY inside the change's own
 * transaction, so every API process hears of each exactly when it commits,
 * and a change rolled back is never heard of. Real-time sessions re-decide
 * what they may do when one arrives. The process that made the change skips
 * its own notice and tells its sessions after the change's earlier
 * after-commit work instead, so a page hears a covenant's events (sent that
 * way) before it is let go.
 */
import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/unit-of-work';

export const ACCESS_CHANNEL = 'covenant_access';

export type AccessChange = { covenantId: string } | { userId: string } | { sessionId: string };

/** A notice as it travels: the change, and which process announced it. */
type Notice = AccessChange & { origin?: string };

/** A change, or null when notices may have been missed (the listening connection was lost): re-decide everything. */
export type AccessListener = (change: AccessChange | null) => void;

const RECONNECT_MS = 1000;

@Injectable()
export class AccessChanges implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AccessChanges.name);
  private readonly listeners = new Set<AccessListener>();
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closing = false;
  private connectedBefore = false;
  private readonly origin = randomUUID();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  subscribe(listener: AccessListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Announces `change` as part of `tx`: every process hears of it once, and only if `tx` commits. */
  async announce(tx: Tx, change: AccessChange): Promise<void> {
    const notice: Notice = { ...change, origin: this.origin };
    await tx.manager.query('SELECT pg_notify($1, $2)', [ACCESS_CHANNEL, JSON.stringify(notice)]);
    tx.afterCommit(() => this.tell(change));
  }

  async onModuleInit() {
    await this.connect();
  }

  async onModuleDestroy() {
    this.closing = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private async connect(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url, application_name: 'covenant-access', keepAlive: true });
    let lost = false;
    const drop = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (error) this.logger.warn(`lost the access-change listener: ${String(error)}`);
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      if (!this.closing) this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    };
    client.on('notification', (message) => {
      if (message.channel !== ACCESS_CHANNEL || !message.payload) return;
      let notice: Notice;
      try {
        notice = JSON.parse(message.payload) as Notice;
      } catch {
        return;
      }
      const { origin, ...change } = notice;
      if (origin !== this.origin) this.tell(change);
    });
    client.on('error', drop);
    client.on('end', () => drop());
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCESS_CHANNEL}`);
    } catch (error) {
      drop(error);
      return;
    }
    this.client = client;
    if (this.connectedBefore) {
      this.logger.log('access-change listener reconnected; re-deciding every session');
      this.tell(null);
    }
    this.connectedBefore = true;
  }

  private tell(change: AccessChange | null) {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.logger.error(`an access listener failed: ${String(error)}`);
      }
    }
  }
}
