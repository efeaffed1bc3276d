/**
 * Domain events of a covenant (realtime.md, `event`), published once the
 * change has committed. The real-time gateway relays them to the covenant's
 * room on every process, so open pages refresh without polling.
 */
import { Injectable } from '@nestjs/common';
import type { CovenantEvent } from '@covenant/collab-protocol';

export type { CovenantEvent };

type Listener = (event: CovenantEvent) => void;

@Injectable()
export class CovenantEvents {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(events: CovenantEvent[]) {
    for (const event of events) this.listeners.forEach((listener) => listener(event));
  }
}
