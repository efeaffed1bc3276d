import { COVENANT_STATUS_LABELS, PAGE_PATHS } from '@covenant/domain';
import { Link } from 'react-router-dom';
import type { NationalPictureQuery } from '../../../gql/graphql';

type Picture = NationalPictureQuery['nationalPicture'];

const n = (value: number) => value.toLocaleString('en-GB');

/** The headline figures, each a number with what it counts. */
export function NationalFigures({ picture }: { picture: Picture }) {
  const delivered = picture.commitments.byProgress.find((p) => p.progress === 'DELIVERED')?.count ?? 0;
  const covenants = picture.covenantsByStatus.reduce((sum, s) => sum + s.count, 0);
  return (
    <section className="section stack" aria-labelledby="figures-title">
      <h2 id="figures-title">In figures</h2>
      <ul className="national-figures">
        <li>
          <span className="national-figures__number">{n(picture.neighbourhoods)}</span> neighbourhoods
        </li>
        <li>
          <span className="national-figures__number">{n(covenants)}</span> covenants
        </li>
        <li>
          <span className="national-figures__number">{n(picture.commitments.total)}</span> commitments in force
        </li>
        <li>
          <span className="national-figures__number">{n(delivered)}</span> delivered
        </li>
        <li>
          <span className="national-figures__number">{n(picture.commitments.overdue)}</span> overdue
        </li>
        <li>
          <span className="national-figures__number">{n(picture.assetsListed)}</span> assets of community value listed
        </li>
        <li>
          <span className="national-figures__number">{n(picture.moratoriaActive)}</span> moratoria on a sale running
        </li>
        <li>
          <span className="national-figures__number">{n(picture.serviceRequestsOverdue)}</span> service requests
          unanswered past their due day
        </li>
        <li>
          <span className="national-figures__number">{n(picture.escalationsOpen)}</span>{' '}
          <Link to={PAGE_PATHS.commissioner}>escalations open with the commissioner</Link>
        </li>
      </ul>
      <h3>Covenants by status</h3>
      <ul className="national-statuses">
        {picture.covenantsByStatus.map(({ status, count }) => (
          <li key={status}>
            {COVENANT_STATUS_LABELS[status]}: <strong>{n(count)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
