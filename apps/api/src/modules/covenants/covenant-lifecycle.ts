/**
 * What other modules do, in the same transaction, when a covenant is started
 * or moves through its lifecycle: the live document is written when it is
 * started (collab), versions are settled when it moves (signing). They
 * register here, so this module needs to know none of them.
 */
import { Injectable } from '@nestjs/common';
import type { Transition } from '@covenant/domain';
import type { Tx } from '../../core/database/unit-of-work';
import type { CovenantEntity } from './covenant.entity';

export interface StartedCovenant {
  covenant: CovenantEntity;
  neighbourhoodName: string;
  /** Start from the covenant template rather than an empty page. */
  fromTemplate: boolean;
}

type OnStarted = (tx: Tx, started: StartedCovenant) => Promise<void>;
/** Returns what it changed, for the audit trail's entry of the move. */
type OnMoved = (tx: Tx, covenantId: string, transition: Transition) => Promise<Record<string, unknown>>;

@Injectable()
export class CovenantLifecycle {
  private readonly started: OnStarted[] = [];
  private readonly moved: OnMoved[] = [];

  onStarted(participant: OnStarted) {
    this.started.push(participant);
  }

  onMoved(participant: OnMoved) {
    this.moved.push(participant);
  }

  async start(tx: Tx, started: StartedCovenant): Promise<void> {
    for (const participant of this.started) await participant(tx, started);
  }

  async move(tx: Tx, covenantId: string, transition: Transition): Promise<Record<string, unknown>> {
    let changes: Record<string, unknown> = {};
    for (const participant of this.moved) changes = { ...changes, ...(await participant(tx, covenantId, transition)) };
    return changes;
  }
}
