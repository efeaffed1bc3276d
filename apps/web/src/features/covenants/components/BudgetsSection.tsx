import { BUDGET_PHASE_LABELS, formatPounds, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../components/ui/QueryError';
import { useCovenantBudgets } from '../api/covenant-budgets';
import type { Covenant } from './covenant';
import { StartBudgetForm } from './StartBudgetForm';

/**
 * The covenant's participatory budgets (Right to Control Investment), each with its phase, and for a party's
 * admin the form to start one. Shown once there is a budget, or someone who may start one.
 */
export function BudgetsSection({ covenant, adminOf }: { covenant: Covenant; adminOf: ReadonlySet<string> }) {
  const query = useCovenantBudgets(covenant.slug);
  // Most covenants have no budget: nothing shows until it is known there is one to show.
  if (query.isPending) return null;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const budgets = query.data?.budgets ?? [];
  const canStart = query.data?.viewerCan.createBudget ?? false;
  if (budgets.length === 0 && !canStart) return null;
  const parties = covenant.parties
    .filter((party) => party.status === 'ACCEPTED' && adminOf.has(party.organisation.id))
    .map((party) => ({ value: party.id, label: party.organisation.name }));

  return (
    <section className="section" aria-labelledby="budgets-title">
      <h2 id="budgets-title">Participatory budgets</h2>
      {budgets.length > 0 ? (
        <ul className="card-list">
          {budgets.map((budget) => (
            <li key={budget.id} className="card">
              <div className="card__heading">
                <Link className="card__title" to={pagePath(PAGE_PATHS.budget, { slug: covenant.slug, id: budget.id })}>
                  {budget.title}
                </Link>
                <span className="badge">{BUDGET_PHASE_LABELS[budget.phase]}</span>
              </div>
              <p className="card__meta">
                {formatPounds(budget.amount)} from {budget.fundedBy.organisation.name}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No participatory budget yet.</p>
      )}
      {canStart && parties.length > 0 ? <StartBudgetForm covenant={covenant} parties={parties} /> : null}
    </section>
  );
}
