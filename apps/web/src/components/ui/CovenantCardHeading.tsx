import { PAGE_PATHS, pagePath, type CovenantStatus } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { CovenantStatusBadge } from './CovenantStatusBadge';

/** The top of a covenant's card in a list: its title, linking to it, and its status. */
export function CovenantCardHeading({
  covenant,
}: {
  covenant: { slug: string; title: string; status: CovenantStatus };
}) {
  return (
    <div className="card__heading">
      <Link className="card__title" to={pagePath(PAGE_PATHS.covenant, { slug: covenant.slug })}>
        {covenant.title}
      </Link>
      <CovenantStatusBadge status={covenant.status} />
    </div>
  );
}
