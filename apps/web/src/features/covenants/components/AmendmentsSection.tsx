import { AMENDMENT_STATUSES, type AmendmentStatus } from '@covenant/domain';
import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { counted } from '../../../lib/paging';
import { useCovenantAmendments } from '../api/covenant-amendments';
import { AmendmentItem } from './AmendmentItem';

const AMENDMENTS = { one: 'amendment', other: 'amendments' };

const GROUP_TITLES: Record<AmendmentStatus, string> = {
  PROPOSED: 'Awaiting a decision',
  ACCEPTED: 'Accepted into the text',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn by their authors',
};

/** Every amendment, those still to decide first, then those accepted, rejected and withdrawn. */
export function AmendmentsSection({ slug, canPropose }: { slug: string; canPropose: boolean }) {
  const amendments = useCovenantAmendments(slug);
  const all = amendments.data ?? [];

  return (
    <section className="section amendments" aria-labelledby="amendments-title">
      <div className="section__header">
        <h2 id="amendments-title">Amendments</h2>
        {all.length ? <span className="muted">{counted(all.length, AMENDMENTS)}</span> : null}
      </div>
      <p className="section__lead">
        New wording proposed for passages of the text. Others can add their support; the convenor accepts an amendment
        into the text or rejects it, saying why.
        {all.some((amendment) => amendment.status === 'ACCEPTED')
          ? ' In the text above, accepted wording is underlined twice and numbered, and leads to its amendment.'
          : null}
      </p>
      {amendments.isPending ? (
        <Loading label="Loading the amendments…" />
      ) : amendments.isError ? (
        <QueryError error={amendments.error} onRetry={() => void amendments.refetch()} />
      ) : all.length === 0 ? (
        <p className="muted">
          No amendments yet.
          {canPropose ? ' Select a passage of the text above and choose “Propose new wording”.' : null}
        </p>
      ) : (
        AMENDMENT_STATUSES.map((status) => {
          const group = all.filter((amendment) => amendment.status === status);
          if (!group.length) return null;
          const titleId = `amendments-${status.toLowerCase()}`;
          return (
            <section key={status} className="amendments__group" aria-labelledby={titleId}>
              <h3 id={titleId}>
                {GROUP_TITLES[status]} <span className="amendments__count">({group.length})</span>
              </h3>
              <ul className="amendment-list">
                {group.map((amendment) => (
                  <AmendmentItem key={amendment.id} amendment={amendment} slug={slug} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
