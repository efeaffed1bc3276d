import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { useAdvanceBudget } from '../api/advance-budget';
import type { Budget } from './types';

const MOVES = {
  PROPOSALS: {
    label: 'Open voting',
    question: 'Open voting now?',
    explanation:
      'No more projects can be proposed. Residents then tick every project they approve of, and may change their ballot until you close the vote.',
  },
  VOTING: {
    label: 'Close voting and count',
    question: 'Close voting and count the ballots?',
    explanation:
      'No more ballots can be cast. The winners are chosen by the Method of Equal Shares and become your organisation’s commitments in the covenant. This cannot be undone.',
  },
} as const;

/** The funding party's admin moves the budget on, after confirming: each move closes the phase before it. */
export function AdvanceBudget({ budget }: { budget: Pick<Budget, 'id' | 'phase'> & { covenant: { slug: string } } }) {
  const [confirming, setConfirming] = useState(false);
  const advance = useAdvanceBudget(budget.covenant.slug);
  const question = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  if (budget.phase === 'RESULTS') return null;
  const move = MOVES[budget.phase];

  if (!confirming) {
    return (
      <div className="actions">
        <Button onClick={() => setConfirming(true)}>{move.label}</Button>
      </div>
    );
  }
  return (
    <div
      className="rights-confirm rights-confirm--panel"
      role="group"
      aria-labelledby="advance-question"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !advance.isPending) setConfirming(false);
      }}
    >
      <h2 id="advance-question" ref={question} tabIndex={-1}>
        {move.question}
      </h2>
      <p>{move.explanation}</p>
      {advance.error ? <Alert tone="error" title={advance.error.message} /> : null}
      <div className="actions">
        <Button
          busy={advance.isPending}
          busyLabel="Saving…"
          onClick={() => advance.mutate(budget.id, { onSuccess: () => setConfirming(false) })}
        >
          Yes, {move.label.charAt(0).toLowerCase() + move.label.slice(1)}
        </Button>
        <Button variant="quiet" onClick={() => setConfirming(false)} disabled={advance.isPending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
