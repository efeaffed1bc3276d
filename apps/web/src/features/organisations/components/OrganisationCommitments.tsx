import { COMMITMENT_PROGRESS_LABELS, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { nextPagesOf, ShowMore } from '../../../components/ui/ShowMore';
import { formatDay } from '../../../lib/dates';
import { useOrganisationCommitments } from '../api/organisation-commitments';

/** What the organisation has promised across every covenant the viewer may read, soonest due first. */
export function OrganisationCommitments({ organisationId, name }: { organisationId: string; name: string }) {
  const commitments = useOrganisationCommitments(organisationId);
  return (
    <section className="section" aria-labelledby="org-commitments-title">
      <h2 id="org-commitments-title">Commitments</h2>
      {commitments.isPending ? (
        <Loading label="Loading commitments…" />
      ) : !commitments.data ? (
        <QueryError error={commitments.error} onRetry={() => void commitments.refetch()} />
      ) : commitments.data.length === 0 ? (
        <p className="muted">{name} has no commitments in a covenant you can see.</p>
      ) : (
        <>
          <ul className="card-list">
            {commitments.data.map((commitment) => (
              <li key={commitment.id} className="card">
                <p className="card__title">{commitment.title}</p>
                <p className="card__meta">
                  <Link to={pagePath(PAGE_PATHS.accountability, { slug: commitment.covenant.slug })}>
                    {commitment.covenant.title}
                  </Link>
                  {' · '}
                  {commitment.dueOn ? `Due by ${formatDay(commitment.dueOn)}` : 'No due date'}
                  {' · '}
                  {COMMITMENT_PROGRESS_LABELS[commitment.progress]}, {commitment.percentComplete}%
                  {commitment.overdue ? <span className="tag tag--overdue">Overdue</span> : null}
                </p>
              </li>
            ))}
          </ul>
          <ShowMore
            shown={commitments.data.length}
            noun={{ one: 'commitment', other: 'commitments' }}
            {...nextPagesOf(commitments)}
          />
        </>
      )}
    </section>
  );
}
