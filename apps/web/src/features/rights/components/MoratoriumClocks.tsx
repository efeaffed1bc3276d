import { DISPOSAL_PHASE_LABELS, formatLondonDay, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { TableScroll } from '../../../components/ui/TableScroll';
import { daysLeftText } from '../days-left';
import { modifier } from '../modifier';
import type { AssetSummary } from './types';

/** The sales in progress: each asset whose owner has given notice, the phase it is in and the days that phase has left. */
export function MoratoriumClocks({ assets }: { assets: readonly AssetSummary[] }) {
  const running = assets.filter((asset) => asset.disposal?.phaseEndsOn);
  if (running.length === 0) return null;
  return (
    <section className="section" aria-labelledby="clocks-title">
      <h2 id="clocks-title">Moratorium clocks</h2>
      <p className="section__lead">
        Owners who have given notice that they mean to sell. During a moratorium they may not sell except to a community
        group; after it, they may sell to anyone until the protected period ends.
      </p>
      <TableScroll label="Assets whose owners have given notice of a sale">
        <table className="rights-table">
          <caption className="visually-hidden">Assets whose owners have given notice of a sale</caption>
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col">Phase now</th>
              <th scope="col">Until</th>
              <th scope="col">Days left</th>
              <th scope="col">Protected period ends</th>
            </tr>
          </thead>
          <tbody>
            {running.map(({ id, slug, name, disposal }) =>
              disposal?.phaseEndsOn ? (
                <tr key={id}>
                  <th scope="row">
                    <Link to={pagePath(PAGE_PATHS.asset, { slug })}>{name}</Link>
                  </th>
                  <td>
                    <span className={`phase-key phase-key--${modifier(disposal.phase)}`}>
                      {DISPOSAL_PHASE_LABELS[disposal.phase]}
                    </span>
                  </td>
                  <td>{formatLondonDay(disposal.phaseEndsOn)}</td>
                  <td>{disposal.daysLeft == null ? '' : daysLeftText(disposal.daysLeft)}</td>
                  <td>{formatLondonDay(disposal.protectedPeriodEndsOn)}</td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
