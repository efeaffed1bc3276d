import { BUDGET_PHASE_LABELS, BUDGET_PHASES, type BudgetPhase } from '@covenant/domain';

const STATE_WORDS = { done: 'done', current: 'current step', upcoming: 'still to come' } as const;

/** Proposals → Voting → Results, with where the budget is now. */
export function BudgetSteps({ phase }: { phase: BudgetPhase }) {
  const now = BUDGET_PHASES.indexOf(phase);
  return (
    <ol className="budget-steps" aria-label="Where this budget is">
      {BUDGET_PHASES.map((step, index) => {
        const state = index < now ? 'done' : index === now ? 'current' : 'upcoming';
        return (
          <li
            key={step}
            className={`budget-steps__step budget-steps__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="budget-steps__marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            {BUDGET_PHASE_LABELS[step]}
            <span className="visually-hidden"> ({STATE_WORDS[state]})</span>
          </li>
        );
      })}
    </ol>
  );
}
