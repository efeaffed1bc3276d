import { DISPOSAL_PHASE_LABELS, formatLondonDay } from '@covenant/domain';
import { daysLeftText } from '../days-left';
import { modifier } from '../modifier';
import type { AssetSummary } from './types';

/** One line on where an asset stands: the decision awaited, the listing, or the clock on its sale. */
export function AssetClockLine({ asset }: { asset: AssetSummary }) {
  const { disposal } = asset;
  if (disposal?.phaseEndsOn && disposal.daysLeft != null) {
    return (
      <p className="asset-clock">
        <span className={`phase-key phase-key--${modifier(disposal.phase)}`}>
          {DISPOSAL_PHASE_LABELS[disposal.phase]}
        </span>{' '}
        until {formatLondonDay(disposal.phaseEndsOn)}: <strong>{daysLeftText(disposal.daysLeft)}</strong>
      </p>
    );
  }
  if (disposal) {
    return (
      <p className="asset-clock">The protected period ended on {formatLondonDay(disposal.protectedPeriodEndsOn)}.</p>
    );
  }
  if (asset.status === 'NOMINATED') {
    return <p className="asset-clock">The council’s decision is due by {formatLondonDay(asset.decisionDueOn)}.</p>;
  }
  if (asset.status === 'LISTED' && asset.listedUntil) {
    return <p className="asset-clock">Listed until {formatLondonDay(asset.listedUntil)}. No sale in progress.</p>;
  }
  return null;
}
