import { useRef, useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { transitionActions, type TransitionAction } from '../transitions';
import type { Covenant } from './covenant';
import { TransitionConfirm } from './TransitionConfirm';

/** "What you can do next": only the moves the API says the viewer may make now. */
export function NextActions({ covenant }: { covenant: Covenant }) {
  const actions = transitionActions(covenant.status, covenant.viewerCan.transition);
  const [open, setOpen] = useState<TransitionAction | null>(null);
  const trigger = useRef<HTMLElement | null>(null);

  if (actions.length === 0) return null;

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
      {open ? <TransitionConfirm key={open.kind} action={open} covenant={covenant} onClose={close} /> : null}
    </section>
  );
}
