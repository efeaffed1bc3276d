import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { VerificationBadge } from '../../../components/ui/VerificationBadge';
import { Link } from 'react-router-dom';
import { formatDay } from '../../../lib/dates';
import type { NeighbourhoodQuery } from '../../../gql/graphql';

type Neighbourhood = NonNullable<NeighbourhoodQuery['neighbourhood']>;

export function NeighbourhoodFacts({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  return (
    <section className="section" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <dl className="facts">
        <div className="facts__item">
          <dt>Local authority</dt>
          <dd>
            {neighbourhood.localAuthority ? (
              <>
                <Link to={pagePath(PAGE_PATHS.organisation, { slug: neighbourhood.localAuthority.slug })}>
                  {neighbourhood.localAuthority.name}
                </Link>{' '}
                <VerificationBadge verification={neighbourhood.localAuthority.verification} />
              </>
            ) : (
              <span className="muted">Not named yet</span>
            )}
          </dd>
        </div>
        <div className="facts__item">
          <dt>Area codes</dt>
          <dd>
            {neighbourhood.areaCodes.length > 0 ? (
              <ul className="codes">
                {neighbourhood.areaCodes.map((code) => (
                  <li key={code} className="code">
                    {code}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">None given</span>
            )}
          </dd>
        </div>
        <div className="facts__item">
          <dt>On the platform since</dt>
          <dd>{formatDay(neighbourhood.createdAt)}</dd>
        </div>
      </dl>
    </section>
  );
}
