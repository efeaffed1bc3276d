import { CovenantCardHeading } from '../../../components/ui/CovenantCardHeading';
import type { Asset } from './types';

/** The covenants whose commitments name the asset: where partners have promised something about it. */
export function AssetCovenants({ asset }: { asset: Asset }) {
  return (
    <section className="section" aria-labelledby="asset-covenants-title">
      <h2 id="asset-covenants-title">Covenants that name it</h2>
      {asset.covenants.length > 0 ? (
        <ul className="card-list">
          {asset.covenants.map((covenant) => (
            <li key={covenant.id} className="card">
              <CovenantCardHeading covenant={covenant} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No covenant’s commitments name {asset.name} yet.</p>
      )}
    </section>
  );
}
