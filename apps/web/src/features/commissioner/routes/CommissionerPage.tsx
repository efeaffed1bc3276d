import { ESCALATION_STATUS_LABELS, ESCALATION_STATUSES, PAGE_PATHS } from '@covenant/domain';
import { useEffect } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { EmptyState } from '../../../components/ui/EmptyState';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { nextPagesOf, ShowMore } from '../../../components/ui/ShowMore';
import type { EscalationStatus } from '../../../gql/graphql';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { useEscalations } from '../api/escalations';
import { EscalationCard } from '../components/EscalationCard';
import '../commissioner.css';

const STATUS_PARAM = 'status';
const OPEN_CASES: EscalationStatus[] = ['OPEN', 'RESPONSE_REQUESTED'];
const CASES = { one: 'case', other: 'cases' };

function isStatus(value: string | null): value is EscalationStatus {
  return (ESCALATION_STATUSES as readonly string[]).includes(value ?? '');
}

/** The filter, kept in the address so it survives a reload and works with back and forward. */
function StatusFilter({ current }: { current: EscalationStatus | null }) {
  const choices: [EscalationStatus | null, string][] = [
    [null, 'All'],
    ...ESCALATION_STATUSES.map((status): [EscalationStatus, string] => [status, ESCALATION_STATUS_LABELS[status]]),
  ];
  return (
    <nav aria-label="Show cases">
      <ul className="case-filter">
        {choices.map(([status, label]) => (
          <li key={label}>
            <Link
              to={status ? `${PAGE_PATHS.commissioner}?${STATUS_PARAM}=${status}` : PAGE_PATHS.commissioner}
              aria-current={status === current ? 'true' : undefined}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The commissioner's queue: the open cases, with the forms to ask for a response and to close them. */
function Queue() {
  const cases = useEscalations(OPEN_CASES);
  if (cases.isPending) return <Loading label="Loading your queue…" />;
  if (cases.isError) return <QueryError error={cases.error} onRetry={() => void cases.refetch()} />;
  return (
    <section className="section stack" aria-labelledby="queue-title">
      <h2 id="queue-title">Your queue</h2>
      {cases.data.length ? (
        <ul className="case-list">
          {cases.data.map((escalation) => (
            <li key={escalation.id}>
              <EscalationCard escalation={escalation} withForms idPrefix="queued" />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No open cases">Every case has its findings published or has been dismissed.</EmptyState>
      )}
      <ShowMore shown={cases.data.length} noun={CASES} {...nextPagesOf(cases)} />
    </section>
  );
}

export function CommissionerPage() {
  usePageTitle('The Community Power Commissioner');
  const viewer = useViewer();
  const location = useLocation();
  const [params] = useSearchParams();
  const raw = params.get(STATUS_PARAM);
  const status = isStatus(raw) ? raw : null;
  const cases = useEscalations(status ? [status] : null);
  const commissioner = viewer.data?.isCommissioner ?? false;
  // The commissioner's forms are in her queue, everyone else's beside each case: none show until it is known who reads.
  const formsBesideCases = viewer.data !== undefined && !commissioner;

  // A link to one case (/commissioner#escalation-N) scrolls to it once the list has it.
  useEffect(() => {
    if (!location.hash || !cases.data) return;
    document.getElementById(location.hash.slice(1))?.focus();
  }, [location.hash, cases.data]);

  return (
    <article className="commissioner-page stack">
      <PageHeader
        eyebrow="An independent office for community power"
        title="The Community Power Commissioner"
        lead={
          <p>
            Anyone can escalate a broken promise to the commissioner: a commitment overdue or whose delivery is
            disputed, a service request left unanswered, an asset of community value, or a covenant that has stalled.
            The commissioner asks those responsible to respond by a set day and publishes findings. Every case is listed
            here, newest first.
          </p>
        }
        actions={<Link to={PAGE_PATHS.national}>The national picture</Link>}
      />
      {commissioner ? <Queue /> : null}
      <section className="section stack" aria-labelledby="cases-title">
        <h2 id="cases-title">{commissioner ? 'Every case' : 'Cases'}</h2>
        <StatusFilter current={status} />
        {cases.isPending ? (
          <Loading label="Loading the cases…" />
        ) : cases.isError ? (
          <QueryError error={cases.error} onRetry={() => void cases.refetch()} />
        ) : cases.data.length ? (
          <>
            <ul className="case-list">
              {cases.data.map((escalation) => (
                <li key={escalation.id}>
                  <EscalationCard escalation={escalation} withForms={formsBesideCases} />
                </li>
              ))}
            </ul>
            <ShowMore shown={cases.data.length} noun={CASES} {...nextPagesOf(cases)} />
          </>
        ) : (
          <EmptyState title={status ? `No cases: ${ESCALATION_STATUS_LABELS[status].toLowerCase()}` : 'No cases yet'}>
            Escalate a broken promise from the page of the commitment, service request, asset or covenant concerned.
          </EmptyState>
        )}
      </section>
    </article>
  );
}
