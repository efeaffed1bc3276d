import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { CovenantStatusBadge } from '../../../components/ui/CovenantStatusBadge';
import { formatDay } from '../../../lib/dates';
import type { Covenant } from './covenant';

const VISIBILITY = {
  PUBLIC: { label: 'Public', hint: 'Anyone can read it once it leaves draft.' },
  PARTIES_ONLY: { label: 'Parties only', hint: 'Only members of its parties can read it.' },
} as const;

export function CovenantHeader({ covenant }: { covenant: Covenant }) {
  const visibility = VISIBILITY[covenant.visibility];
  return (
    <div className="page-header covenant-header">
      <p className="page-header__eyebrow">
        Covenant for{' '}
        <Link to={pagePath(PAGE_PATHS.neighbourhood, { slug: covenant.neighbourhood.slug })}>
          {covenant.neighbourhood.name}
        </Link>
      </p>
      <h1 className="page-header__title">{covenant.title}</h1>
      <div className="covenant-header__badges">
        <CovenantStatusBadge status={covenant.status} />
        <span className={`badge badge--visibility badge--${covenant.visibility === 'PUBLIC' ? 'public' : 'private'}`}>
          {visibility.label}
          <span className="visually-hidden">: {visibility.hint}</span>
        </span>
      </div>
      {covenant.summary ? (
        <div className="page-header__lead">
          <p>{covenant.summary}</p>
        </div>
      ) : null}
      <p className="muted covenant-header__dates">
        Started {formatDay(covenant.createdAt)}
        {covenant.startsOn ? ` · In force since ${formatDay(covenant.startsOn)}` : null}
        {covenant.reviewDueOn ? ` · Review due ${formatDay(covenant.reviewDueOn)}` : null}
        {covenant.endsOn ? ` · Ended ${formatDay(covenant.endsOn)}` : null}
      </p>
    </div>
  );
}
