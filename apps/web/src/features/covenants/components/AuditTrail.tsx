import { useState } from 'react';
import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { nextPagesOf, ShowMore } from '../../../components/ui/ShowMore';
import { formatDateTime } from '../../../lib/dates';
import { useCovenantAudit } from '../api/covenant-audit';
import { describeAuditEvent } from '../audit-wording';
import { OUTSIDE_REVISION } from '../outside-revision';
import type { Covenant } from './covenant';

/** Every change, in order, as the hash-chained record keeps it; loaded when opened. */
export function AuditTrail({ covenant }: { covenant: Covenant }) {
  const [open, setOpen] = useState(false);
  const audit = useCovenantAudit(covenant.slug, covenant.id, open);
  const names = new Map(covenant.parties.map((party) => [party.organisation.id, party.organisation.name]));

  return (
    <section className="section" aria-labelledby="audit-title">
      <h2 id="audit-title">Record of changes</h2>
      <details className="disclosure audit" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Show the audit trail</summary>
        <p className="muted">
          Every change is recorded in order and linked to the one before, so the record cannot be quietly altered.
        </p>
        {covenant.viewerCan.readWorkingDraft ? null : <p className="muted">{OUTSIDE_REVISION.audit}</p>}
        {!open ? null : audit.isPending ? (
          <Loading label="Loading the audit trail…" />
        ) : !audit.data ? (
          <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
        ) : (
          <>
            <ol className="audit-list">
              {audit.data.map((event) => {
                const wording = describeAuditEvent(event, names);
                return (
                  <li key={event.seq} className="audit-list__item">
                    <span className="audit-list__seq">
                      <span className="visually-hidden">Entry </span>
                      {event.seq}
                    </span>
                    <div>
                      <p className="audit-list__text">{wording.text}</p>
                      {wording.detail ? <p className="audit-list__detail">{wording.detail}</p> : null}
                      <p className="audit-list__when">
                        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                      </p>
                    </div>
                  </li>
                );
              })}
            </ol>
            <ShowMore shown={audit.data.length} noun={{ one: 'entry', other: 'entries' }} {...nextPagesOf(audit)} />
          </>
        )}
      </details>
    </section>
  );
}
