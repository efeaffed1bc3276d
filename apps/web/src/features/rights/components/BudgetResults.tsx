import { formatPounds, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { counted } from '../../../lib/paging';
import { arrangeResults, paymentText, votesText } from '../budget-results';
import type { Budget } from './types';

const BALLOTS = { one: 'ballot', other: 'ballots' };

/** The count: what was spent of the budget, the winners with how each was paid for, then the rest. */
export function BudgetResults({ budget }: { budget: Budget }) {
  const { winners, others } = arrangeResults(budget.projects);
  const accountability = pagePath(PAGE_PATHS.accountability, { slug: budget.covenant.slug });

  return (
    <section className="section budget-results" aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
      <dl className="budget-figures">
        <div>
          <dt>Spent</dt>
          <dd>
            {formatPounds(budget.spent ?? 0)}{' '}
            <span className="budget-figures__of">of {formatPounds(budget.amount)}</span>
          </dd>
        </div>
        <div>
          <dt>Ballots</dt>
          <dd>{budget.ballots.toLocaleString('en-GB')}</dd>
        </div>
        {budget.share != null ? (
          <div>
            <dt>Each voter’s share</dt>
            <dd>{formatPounds(budget.share)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">
        Counted by the Method of Equal Shares: the budget is split equally between the{' '}
        {counted(budget.ballots, BALLOTS)}, and a project is bought when its supporters’ shares can pay for it. What is
        left then pays for the most popular projects that still fit.
      </p>

      <h3>Funded</h3>
      {winners.length > 0 ? (
        <ol className="card-list budget-winners">
          {winners.map((project) => {
            const paid = paymentText(project);
            return (
              <li key={project.id} className="card budget-result budget-result--won">
                <div className="card__heading">
                  <h4 className="card__title budget-project__title">{project.title}</h4>
                  <span className="budget-project__cost">{formatPounds(project.cost)}</span>
                </div>
                <p className="card__meta">
                  {votesText(project.votes)}
                  {paid ? ` · ${paid}` : null}
                </p>
                {project.commitment ? (
                  <p>
                    <Link
                      to={`${accountability}#commitment-${project.commitment.id}`}
                      aria-label={`Follow it as a commitment: ${project.title}`}
                    >
                      Follow it as a commitment
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">No project could be funded.</p>
      )}

      {others.length > 0 ? (
        <>
          <h3>Not funded</h3>
          <ul className="card-list">
            {others.map((project) => (
              <li key={project.id} className="card card--muted budget-result">
                <div className="card__heading">
                  <h4 className="card__title budget-project__title">{project.title}</h4>
                  <span className="budget-project__cost">{formatPounds(project.cost)}</span>
                </div>
                <p className="card__meta">{votesText(project.votes)}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
