import { COMMUNITY_RIGHT_LABELS, formatPounds, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { signInPath } from '../../../lib/auth-links';
import { usePageTitle } from '../../../lib/page-title';
import { counted } from '../../../lib/paging';
import { useViewer } from '../../../lib/viewer';
import { useParticipatoryBudget } from '../api/budget';
import { AdvanceBudget } from '../components/AdvanceBudget';
import { BallotForm } from '../components/BallotForm';
import { BudgetResults } from '../components/BudgetResults';
import { BudgetSteps } from '../components/BudgetSteps';
import { ProjectList } from '../components/ProjectList';
import { ProposeProjectForm } from '../components/ProposeProjectForm';
import type { Budget } from '../components/types';
import '../rights.css';

const BALLOTS = { one: 'ballot', other: 'ballots' };

export function BudgetPage() {
  const { slug = '', id = '' } = useParams();
  const query = useParticipatoryBudget(slug, id);
  // A budget is found only under its own covenant's address.
  const budget = query.data?.covenant.slug === slug ? query.data : null;
  usePageTitle(budget ? budget.title : query.isPending ? 'Participatory budget' : 'Budget not found');

  if (query.isPending) return <Loading label="Loading the budget…" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!budget) {
    return (
      <NotFound title="We couldn’t find that budget">
        <p>
          Its address may be different, or its covenant may not be open to read. The covenant’s page lists its
          participatory budgets.
        </p>
      </NotFound>
    );
  }
  return <BudgetView budget={budget} />;
}

/** Why the viewer sees no form in this phase, when the reason is theirs to change. */
function TakePart({ budget }: { budget: Budget }) {
  const viewer = useViewer();
  const { pathname } = useLocation();
  const open = budget.phase === 'PROPOSALS' ? budget.viewerCan.propose : budget.viewerCan.vote;
  if (budget.phase === 'RESULTS' || open || viewer.data === undefined) return null;
  const doing = budget.phase === 'PROPOSALS' ? 'propose a project' : 'vote';
  if (!viewer.data) {
    return (
      <p>
        <Link to={signInPath(pathname)}>Sign in</Link> to {doing}.
      </p>
    );
  }
  return viewer.data.emailVerified ? null : (
    <p>To {doing}, confirm your e-mail address first: open the link we e-mailed you.</p>
  );
}

function BudgetView({ budget }: { budget: Budget }) {
  const { covenant } = budget;
  return (
    <article className="rights-page stack">
      <PageHeader
        eyebrow={`Participatory budget · ${COMMUNITY_RIGHT_LABELS.CONTROL_INVESTMENT}`}
        title={budget.title}
        lead={
          <p>
            {formatPounds(budget.amount)} from {budget.fundedBy.organisation.name}, for residents to decide how to spend
            under the covenant “{covenant.title}”.
          </p>
        }
        actions={<Link to={pagePath(PAGE_PATHS.covenant, { slug: covenant.slug })}>Back to the covenant</Link>}
      />
      <BudgetSteps phase={budget.phase} />
      {budget.viewerCan.advance ? <AdvanceBudget budget={budget} /> : null}
      <TakePart budget={budget} />
      {budget.phase === 'PROPOSALS' ? (
        <section className="section" aria-labelledby="projects-title">
          <h2 id="projects-title">Projects proposed</h2>
          <ProjectList projects={budget.projects} />
          {budget.viewerCan.propose ? <ProposeProjectForm budget={budget} /> : null}
        </section>
      ) : null}
      {budget.phase === 'VOTING' ? (
        <section className="section" aria-labelledby="vote-title">
          <div className="section__header">
            <h2 id="vote-title">Voting</h2>
            <span className="muted">{counted(budget.ballots, BALLOTS)} cast so far</span>
          </div>
          {budget.viewerCan.vote ? <BallotForm budget={budget} /> : <ProjectList projects={budget.projects} />}
        </section>
      ) : null}
      {budget.phase === 'RESULTS' ? <BudgetResults budget={budget} /> : null}
    </article>
  );
}
