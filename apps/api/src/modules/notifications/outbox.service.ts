/**
 * E-mail goes through an outbox: each mail is a row written in the
 * transaction of the change it tells of, so it goes out if and only if that
 * change commits, and a mail server that is slow or down delays the mail
 * instead of losing it or holding up the change. OutboxWorker sends the rows.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import type { Mail } from './mailer.service';
import { OutboxEmailEntity } from './outbox-email.entity';
import { OutboxWorker } from './outbox.worker';

export interface OutboxMail extends Mail {
  /** The in-app notification the mail repeats, marked emailed once it is sent. */
  notificationId?: string;
}

@Injectable()
export class OutboxService implements EntitySubscriberInterface {
  /** Transactions that queued mail: the worker is woken once they commit. */
  private readonly queued = new WeakSet<QueryRunner>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly worker: OutboxWorker,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Queues the mails in the caller's transaction. */
  async enqueue(manager: EntityManager, ...mails: OutboxMail[]): Promise<void> {
    if (!mails.length) return;
    await manager.insert(
      OutboxEmailEntity,
      mails.map((mail) => ({
        toAddress: mail.to,
        subject: mail.subject,
        body: mail.text,
        notificationId: mail.notificationId ?? null,
      })),
    );
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) this.queued.add(runner);
    else this.worker.kick();
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent) {
    // Still active after a savepoint is released: the rows are not visible to the worker yet.
    if (!queryRunner.isTransactionActive && this.queued.delete(queryRunner)) this.worker.kick();
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent) {
    if (!queryRunner.isTransactionActive) this.queued.delete(queryRunner);
  }
}
