import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/TextArea';
import { useForm } from '../../../lib/use-form';
import { useTransition } from '../api/transition';
import type { TransitionAction } from '../transitions';
import type { Covenant } from './covenant';

export interface TransitionConfirmProps {
  action: TransitionAction;
  covenant: Covenant;
  onClose: () => void;
}

/** An inline confirmation: focus moves to its question, Escape cancels, and a reason is asked where one is kept. */
export function TransitionConfirm({ action, covenant, onClose }: TransitionConfirmProps) {
  const transition = useTransition(covenant.slug);
  const form = useForm({
    mutation: transition,
    fields: ['reason'],
    initialValues: { reason: '' },
    validate: ({ reason }) =>
      action.needsReason && !reason.trim() ? { reason: 'Give a reason. Every party will see it.' } : {},
    submit: ({ reason }) =>
      transition.mutate({ kind: action.kind, covenantId: covenant.id, reason: reason.trim() }, { onSuccess: onClose }),
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !form.pending) {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <form
      className={['confirm-panel', action.destructive ? 'confirm-panel--danger' : null].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onSubmit={form.onSubmit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {action.question}
      </h3>
      <p>{action.explanation}</p>
      {form.message ? <Alert tone="error" title={form.message} /> : null}
      {action.needsReason ? (
        <TextArea label="Reason" required rows={3} hint={action.reasonHint} {...form.field('reason')} />
      ) : null}
      <div className="actions">
        <Button
          type="submit"
          variant={action.destructive ? 'danger' : 'primary'}
          busy={form.pending}
          busyLabel="Saving…"
        >
          {action.confirmLabel}
        </Button>
        <Button variant="quiet" onClick={onClose} disabled={form.pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
