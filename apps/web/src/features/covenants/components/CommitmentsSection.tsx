import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '../../../components/ui/Button';
import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { useCovenantCommitments } from '../api/covenant-commitments';
import { arrangeParties } from '../covenant-parties';
import { CommitmentForm } from './CommitmentForm';
import { CommitmentItem } from './CommitmentItem';
import type { Covenant } from './covenant';

const TRACKED = ['IN_FORCE', 'UNDER_REVIEW', 'ENDED'];

/** What each party promises to do, grouped by party; each party writes its own while the covenant is drafted. */
export function CommitmentsSection({ covenant }: { covenant: Covenant }) {
  const commitments = useCovenantCommitments(covenant.slug);
  const [adding, setAdding] = useState<string | null>(null);
  const parties = arrangeParties(covenant.parties).current.filter((party) => party.status === 'ACCEPTED');
  const mayChange = new Set(commitments.data?.viewerCan.commitmentParties ?? []);
  const mayReport = new Set(commitments.data?.viewerCan.reportParties ?? []);
  const all = commitments.data?.commitments ?? [];

  return (
    <section className="section commitments" aria-labelledby="commitments-title">
      <div className="section__header">
        <h2 id="commitments-title">Commitments</h2>
        <Link to={pagePath(PAGE_PATHS.accountability, { slug: covenant.slug })}>Progress and accountability</Link>
        <span className="muted">
          {all.length === 0 ? 'None yet' : `${all.length} commitment${all.length === 1 ? '' : 's'}`}
        </span>
      </div>
      {commitments.isPending ? (
        <Loading label="Loading commitments…" />
      ) : commitments.isError ? (
        <QueryError error={commitments.error} onRetry={() => void commitments.refetch()} />
      ) : (
        <div className="commitments__parties">
          {parties.map((party) => {
            const own = all.filter((commitment) => commitment.party.id === party.id);
            const name = party.organisation.name;
            const canChange = mayChange.has(party.id);
            if (!own.length && !canChange) return null;
            return (
              <section key={party.id} className="commitments__party" aria-labelledby={`commitments-${party.id}`}>
                <h3 id={`commitments-${party.id}`}>{name}</h3>
                {own.length ? (
                  <ul className="commitment-list">
                    {own.map((commitment) => (
                      <CommitmentItem
                        key={commitment.id}
                        commitment={commitment}
                        covenantId={covenant.id}
                        slug={covenant.slug}
                        party={{ id: party.id, name }}
                        canChange={canChange}
                        canReport={mayReport.has(party.id)}
                        tracking={TRACKED.includes(covenant.status)}
                      />
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{name} has not made a commitment yet.</p>
                )}
                {canChange ? (
                  adding === party.id ? (
                    <CommitmentForm
                      covenantId={covenant.id}
                      slug={covenant.slug}
                      party={{ id: party.id, name }}
                      onDone={() => setAdding(null)}
                    />
                  ) : (
                    <Button variant="secondary" className="button--small" onClick={() => setAdding(party.id)}>
                      Add a commitment<span className="visually-hidden"> for {name}</span>
                    </Button>
                  )
                ) : null}
              </section>
            );
          })}
          {all.length === 0 && mayChange.size === 0 ? (
            <p className="muted">The parties have not written their commitments yet.</p>
          ) : null}
          {all.length > 0 ? (
            <p className="commitments__downloads">
              Open data: download the commitments as{' '}
              <a href={`/covenants/${covenant.slug}/commitments.csv`} download>
                CSV
              </a>{' '}
              or{' '}
              <a href={`/covenants/${covenant.slug}/commitments.json`} download>
                JSON
              </a>
              .
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
