import { RESPONSE_POSITION_LABELS } from '@covenant/domain';
import { useState } from 'react';
import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { nextPagesOf, ShowMore } from '../../../components/ui/ShowMore';
import { formatDateTime } from '../../../lib/dates';
import { counted } from '../../../lib/paging';
import { useSectionResponses } from '../api/section-responses';
import type { CovenantSection } from './covenant';

const RESPONSES = { one: 'response', other: 'responses' };

export interface SectionResponsesProps {
  slug: string;
  section: Pick<CovenantSection, 'id' | 'title' | 'agree' | 'disagree' | 'unsure'>;
}

/** A section's responses, newest first, fetched once the reader opens them. */
export function SectionResponses({ slug, section }: SectionResponsesProps) {
  const [open, setOpen] = useState(false);
  const total = section.agree + section.disagree + section.unsure;
  if (!total) return <p className="muted">No responses yet.</p>;
  return (
    <details className="disclosure section-responses" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Read {counted(total, RESPONSES)}
        <span className="visually-hidden"> to “{section.title}”</span>
      </summary>
      {open ? <ResponseList slug={slug} sectionId={section.id} total={total} /> : null}
    </details>
  );
}

function ResponseList({ slug, sectionId, total }: { slug: string; sectionId: string; total: number }) {
  const responses = useSectionResponses(slug, sectionId, total);
  if (responses.isPending) return <Loading label="Loading the responses…" />;
  if (!responses.data) return <QueryError error={responses.error} onRetry={() => void responses.refetch()} />;
  return (
    <>
      <ul className="response-list">
        {responses.data.map((response) => (
          <li key={response.id} className="response">
            <p className="comment__meta">
              <span className="comment__author">{response.author.displayName}</span>{' '}
              <span className={`tag tag--${response.position.toLowerCase()}`}>
                {RESPONSE_POSITION_LABELS[response.position]}
              </span>{' '}
              <time dateTime={response.createdAt}>{formatDateTime(response.createdAt)}</time>
            </p>
            {response.comment ? <p className="comment__body">{response.comment}</p> : null}
          </li>
        ))}
      </ul>
      <ShowMore shown={responses.data.length} total={total} noun={RESPONSES} {...nextPagesOf(responses)} />
    </>
  );
}
