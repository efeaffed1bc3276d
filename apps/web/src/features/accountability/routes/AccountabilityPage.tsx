import {
  COMMITMENT_PROGRESS_LABELS,
  COMMITMENT_PROGRESSES,
  comparePartyRoles,
  PAGE_PATHS,
  pagePath,
  summariseCommitments,
  type CommitmentProgress,
} from '@covenant/domain';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { Select } from '../../../components/ui/Select';
import { usePageTitle } from '../../../lib/page-title';
import { useSubjectEscalations } from '../../../components/escalations/escalations-api';
import { useAccountability } from '../api/accountability';
import { useAccountabilityEvents } from '../api/accountability-events';
import { useCommitmentDisputes } from '../api/disputes';
import { AccountableCommitment } from '../components/AccountableCommitment';
import { ProgressByParty } from '../components/ProgressByParty';
import type { AccountabilityCovenant } from '../components/types';
import { UpdatesTimeline } from '../components/UpdatesTimeline';
import '../accountability.css';

export function AccountabilityPage() {
  const { slug = '' } = useParams();
  const query = useAccountability(slug);
  const covenant = query.data;
  usePageTitle(covenant ? `Accountability: ${covenant.title}` : 'Accountability');

  if (query.isPending) return <Loading label="Loading the commitments…" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!covenant) {
    return (
      <NotFound title="We couldn’t find that covenant">
        <p>Its address may be different, or it may not be open to read: a draft is visible only to its parties.</p>
      </NotFound>
    );
  }
  return <Accountability covenant={covenant} />;
}

function Accountability({ covenant }: { covenant: AccountabilityCovenant }) {
  useAccountabilityEvents(covenant);
  const { hash } = useLocation();
  // A link to one commitment (from a budget's results) lands on it once the list is drawn.
  useEffect(() => {
    if (hash.startsWith('#commitment-')) document.getElementById(hash.slice(1))?.focus();
  }, [hash]);
  const challenges = useCommitmentDisputes(covenant.slug);
  const challengesOf = new Map((challenges.data ?? []).map((facts) => [facts.id, facts]));
  // One query for every commitment's cases, grouped here, rather than one per commitment.
  const cases = useSubjectEscalations({ covenantId: covenant.id });
  const casesOf = (commitmentId: string) =>
    (cases.data ?? []).filter(
      (escalation) => escalation.subjectType === 'COMMITMENT' && escalation.subjectId === commitmentId,
    );
  const [partyId, setPartyId] = useState('');
  const [progress, setProgress] = useState<CommitmentProgress | ''>('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const parties = covenant.parties.filter((party) => party.status === 'ACCEPTED').sort(comparePartyRoles);
  const names = new Map(parties.map((party) => [party.id, party.organisation.name]));
  const organisationOf = (id: string) => names.get(id) ?? 'A former party';
  const summary = summariseCommitments(covenant.commitments);
  const count = (p: CommitmentProgress) => summary.byProgress.find((entry) => entry.progress === p)?.count ?? 0;
  const shown = covenant.commitments.filter(
    (c) =>
      (!partyId || c.party.id === partyId) && (!progress || c.progress === progress) && (!overdueOnly || c.overdue),
  );

  return (
    <div className="accountability stack">
      <PageHeader
        eyebrow="Accountability"
        title={covenant.title}
        lead={<p>What each party promised, by when, and how it is going.</p>}
        actions={<Link to={pagePath(PAGE_PATHS.covenant, { slug: covenant.slug })}>Read the covenant</Link>}
      />

      <section className="section" aria-labelledby="summary-title">
        <h2 id="summary-title">At a glance</h2>
        <dl className="summary-figures">
          <div>
            <dt>Commitments</dt>
            <dd>{summary.total}</dd>
          </div>
          {(['DELIVERED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_STARTED'] as const).map((p) => (
            <div key={p}>
              <dt>{COMMITMENT_PROGRESS_LABELS[p]}</dt>
              <dd>{count(p)}</dd>
            </div>
          ))}
          <div className={summary.overdue ? 'summary-figures__overdue' : undefined}>
            <dt>Overdue</dt>
            <dd>{summary.overdue}</dd>
          </div>
        </dl>
      </section>

      <section className="section" aria-labelledby="chart-title">
        <h2 id="chart-title">Progress by party</h2>
        <ProgressByParty parties={parties} commitments={covenant.commitments} />
      </section>

      <section className="section" aria-labelledby="list-title">
        <div className="section__header">
          <h2 id="list-title">Every commitment</h2>
          <span className="muted" role="status">
            {shown.length} of {summary.total} shown
          </span>
        </div>
        <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filter the commitments">
          <Select
            label="Party"
            placeholder="All parties"
            options={parties.map((party) => ({ value: party.id, label: party.organisation.name }))}
            value={partyId}
            onChange={(event) => setPartyId(event.target.value)}
          />
          <Select
            label="Progress"
            placeholder="Any progress"
            options={COMMITMENT_PROGRESSES.map((p) => ({ value: p, label: COMMITMENT_PROGRESS_LABELS[p] }))}
            value={progress}
            onChange={(event) => setProgress(event.target.value as CommitmentProgress | '')}
          />
          <label className="checkbox filters__overdue">
            <input type="checkbox" checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} />
            Overdue only
          </label>
        </form>
        {shown.length ? (
          <ul className="accountable-list">
            {shown.map((commitment) => (
              <AccountableCommitment
                key={commitment.id}
                commitment={commitment}
                organisation={organisationOf(commitment.party.id)}
                covenantSlug={covenant.slug}
                challenges={challengesOf.get(commitment.id)}
                escalations={casesOf(commitment.id)}
              />
            ))}
          </ul>
        ) : (
          <p className="muted">{summary.total ? 'No commitment matches these filters.' : 'No commitments yet.'}</p>
        )}
        <p className="commitments__downloads">
          Open data: download the commitments as <a href={`/covenants/${covenant.slug}/commitments.csv`}>CSV</a> or{' '}
          <a href={`/covenants/${covenant.slug}/commitments.json`}>JSON</a>.
        </p>
      </section>

      <section className="section" aria-labelledby="updates-title">
        <h2 id="updates-title">Latest progress reports</h2>
        <UpdatesTimeline commitments={covenant.commitments} organisationOf={organisationOf} />
      </section>
    </div>
  );
}
