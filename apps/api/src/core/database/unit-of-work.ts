/**
 * One transaction for one change: what the change writes, in any module, goes
 * through `tx.manager`; what must wait until it has committed (events to open
 * pages, waking the e-mail worker) is queued with `tx.afterCommit`, and never
 * runs for a change that rolled back.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface Tx {
  readonly manager: EntityManager;
  afterCommit(task: () => void | Promise<void>): void;
}

@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const tasks: (() => void | Promise<void>)[] = [];
    const result = await this.dataSource.transaction((manager) =>
      work({ manager, afterCommit: (task) => void tasks.push(task) }),
    );
    for (const task of tasks) await task();
    return result;
  }
}
