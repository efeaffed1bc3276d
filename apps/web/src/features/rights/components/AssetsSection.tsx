import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../components/ui/EmptyState';
import { counted } from '../../../lib/paging';
import { AssetClockLine } from './AssetClockLine';
import { AssetStatusBadge } from './AssetStatusBadge';
import type { AssetSummary } from './types';

const ASSETS = { one: 'asset', other: 'assets' };

/** The neighbourhood's assets of community value, each with its standing and the clock on its sale. */
export function AssetsSection({ name, assets }: { name: string; assets: readonly AssetSummary[] }) {
  return (
    <section className="section" aria-labelledby="assets-title">
      <div className="section__header">
        <h2 id="assets-title">Assets of community value</h2>
        {assets.length > 0 ? <span className="muted">{counted(assets.length, ASSETS)}</span> : null}
      </div>
      {assets.length > 0 ? (
        <ul className="card-list">
          {assets.map((asset) => (
            <li key={asset.id} className="card">
              <div className="card__heading">
                <Link className="card__title" to={pagePath(PAGE_PATHS.asset, { slug: asset.slug })}>
                  {asset.name}
                </Link>
                <AssetStatusBadge status={asset.status} />
              </div>
              <p className="card__meta">{asset.address}</p>
              <AssetClockLine asset={asset} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No assets nominated yet">
          <p>
            A building or space that furthers the social wellbeing of people in {name} (a pub, a pool, a library, a
            green) can be nominated by a community group. Once the council lists it, its owner must give notice before
            selling, and the community gets time to raise the money to bid.
          </p>
        </EmptyState>
      )}
    </section>
  );
}
