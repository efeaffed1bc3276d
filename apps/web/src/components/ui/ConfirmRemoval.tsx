import { useEffect, useRef } from 'react';
import { Alert } from './Alert';
import { Button } from './Button';

export interface ConfirmRemovalProps {
  /** e.g. "inline-confirm": the block's class; its question gets `${className}__question`. */
  className: string;
  question: string;
  confirmLabel: string;
  /** Said on the button while it works; "Removing…" unless given. */
  busyLabel?: string;
  error: string | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before removing someone or something; the question takes focus so screen readers hear it at once. */
export function ConfirmRemoval({
  className,
  question,
  confirmLabel,
  busyLabel = 'Removing…',
  error,
  busy,
  onConfirm,
  onCancel,
}: ConfirmRemovalProps) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className={className}>
      <p ref={questionRef} tabIndex={-1} className={`${className}__question`}>
        {question}
      </p>
      {error ? <Alert tone="error" title={error} /> : null}
      <div className="actions">
        <Button variant="danger" className="button--small" busy={busy} busyLabel={busyLabel} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="quiet" className="button--small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
