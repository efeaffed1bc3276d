import { useRef, useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { transitionActions, type TransitionAction } from '../transitions';
import type { Covenant } from './covenant';
import { TransitionConfirm } from './TransitionConfirm';

/** "What you can do next": the moves the API says the viewer may make now, and those waiting on something else. */
export function NextActions({ covenant }: { covenant: Covenant }) {
  const actions = transitionActions(covenant.status, covenant.viewerCan.transition);
  const blocked = covenant.viewerCan.blocked.flatMap((move) =>
    transitionActions(covenant.status, [move.target]).map((action) => ({ label: action.label, reason: move.reason })),
  );
  const [open, setOpen] = useState<TransitionAction | null>(null);
  const trigger = useRef<HTMLElement | null>(null);

  if (actions.length === 0 && blocked.length === 0) return null;

  const close = () => {
    const opener = trigger.current;
    setOpen(null);
    // Back to the button that opened the confirmation, as a dialog would.
    requestAnimationFrame(() => opener?.focus());
  };

  return (
    <section className="section next-actions" aria-labelledby="next-title">
      <h2 id="next-title">What you can do next</h2>
      <div className="actions">
        {actions.map((action) => (
          <Button
            key={action.kind}
            variant={action.destructive ? 'quiet' : 'primary'}
            aria-expanded={open?.kind === action.kind}
            onClick={(event) => {
              trigger.current = event.currentTarget;
              setOpen(action);
            }}
          >
            {action.label}
          </Button>
        ))}
      </div>
      {blocked.map((move) => (
        <p key={move.label} className="muted next-actions__blocked">
          <strong>{move.label}: not yet.</strong> {move.reason}
        </p>
      ))}
      {open ? <TransitionConfirm key={open.kind} action={open} covenant={covenant} onClose={close} /> : null}
    </section>
  );
}
