/**
 * A covenant's domain events (contract/realtime.md, `event`) for a page that
 * shows facts about the covenant but not its text: it joins the covenant's
 * room and hands each event on, and ignores the document's sync and presence.
 */
import { type CovenantEvent, type JoinAck } from '@covenant/collab-protocol';
import { useEffect, useRef } from 'react';
import { openCovenantSocket } from './covenant-socket';

/**
 * Calls `onEvent` with each event of the covenant while the page is open,
 * and with null when it joins again after a lost connection: events sent
 * meanwhile never arrived, so whatever the page shows may be stale.
 */
export function useCovenantEventStream(covenantId: string, onEvent: (event: CovenantEvent | null) => void): void {
  const latest = useRef(onEvent);
  latest.current = onEvent;
  useEffect(() => {
    const socket = openCovenantSocket();
    let joinedBefore = false;
    socket.on('connect', () => {
      socket.emit('join', { covenantId }, (ack: JoinAck) => {
        if (!ack.ok) return;
        if (joinedBefore) latest.current(null);
        joinedBefore = true;
      });
    });
    socket.on('event', (event) => {
      if (event.covenantId === covenantId) latest.current(event);
    });
    return () => {
      socket.disconnect();
    };
  }, [covenantId]);
}
