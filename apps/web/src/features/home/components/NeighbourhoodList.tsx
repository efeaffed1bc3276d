import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import type { NeighbourhoodsQuery } from '../../../gql/graphql';

type Neighbourhood = NeighbourhoodsQuery['neighbourhoods'][number];

export function NeighbourhoodList({ neighbourhoods }: { neighbourhoods: readonly Neighbourhood[] }) {
  return (
    <ul className="card-list">
      {neighbourhoods.map((neighbourhood) => (
        <li key={neighbourhood.id} className="card">
          <Link className="card__title" to={pagePath(PAGE_PATHS.neighbourhood, { slug: neighbourhood.slug })}>
            {neighbourhood.name}
          </Link>
          <p className="card__meta">
            {neighbourhood.localAuthority ? neighbourhood.localAuthority.name : 'No local authority named yet'}
            {neighbourhood.areaCodes.length > 0
              ? ` · ${neighbourhood.areaCodes.length} area code${neighbourhood.areaCodes.length === 1 ? '' : 's'}`
              : null}
          </p>
          {neighbourhood.description ? <p className="card__text">{neighbourhood.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
