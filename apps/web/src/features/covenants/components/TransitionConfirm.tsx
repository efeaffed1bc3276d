import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/TextArea';
import { formErrors } from '../../../lib/form-errors';
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
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (action.needsReason && !reason.trim()) {
      setReasonError('Give a reason. Every party will see it.');
      return;
    }
    setReasonError(null);
    transition.mutate({ kind: action.kind, covenantId: covenant.id, reason: reason.trim() }, { onSuccess: onClose });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !transition.isPending) {
      event.stopPropagation();
      onClose();
    }
  };

  const server = formErrors(transition.error, ['reason'] as const);
  return (
    <form
      className={['confirm-panel', action.destructive ? 'confirm-panel--danger' : null].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {action.question}
      </h3>
      <p>{action.explanation}</p>
      {server.message ? <Alert tone="error" title={server.message} /> : null}
      {action.needsReason ? (
        <TextArea
          label="Reason"
          name="reason"
          required
          rows={3}
          hint={action.reasonHint}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={reasonError ?? server.fields.reason}
        />
      ) : null}
      <div className="actions">
        <Button
          type="submit"
          variant={action.destructive ? 'danger' : 'primary'}
          busy={transition.isPending}
          busyLabel="Saving…"
        >
          {action.confirmLabel}
        </Button>
        <Button variant="quiet" onClick={onClose} disabled={transition.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
