import { formatLondonDay } from '@covenant/domain';
import { DisposalPhaseTable } from './DisposalPhaseTable';
import { DisposalTimeline } from './DisposalTimeline';
import type { AssetDisposal } from './types';

function bidding(disposal: AssetDisposal): string {
  if (disposal.bidder && disposal.fullMoratoriumEndsOn) {
    return `${disposal.bidder.name} asked to be treated as a bidder, so the owner may sell only to a community group until ${formatLondonDay(disposal.fullMoratoriumEndsOn)}.`;
  }
  if (disposal.phase === 'INTERIM_MORATORIUM') {
    return `A community group can ask to be treated as a bidder until ${formatLondonDay(disposal.interimEndsOn)}; that starts a full moratorium, time to raise the money.`;
  }
  return 'No community group asked to be treated as a bidder within the interim moratorium.';
}

/** The owner's notice of a sale: the time line as a picture and, for every reader, the same in a table. */
export function DisposalClock({ disposal, today }: { disposal: AssetDisposal; today: string }) {
  return (
    <section className="section" aria-labelledby="clock-title">
      <h2 id="clock-title">The clock on its sale</h2>
      <p>
        The owner gave notice of a sale on {formatLondonDay(disposal.notifiedOn)}. {bidding(disposal)} The protected
        period ends on {formatLondonDay(disposal.protectedPeriodEndsOn)}.
      </p>
      <figure className="disposal-figure">
        <DisposalTimeline segments={disposal.timeline} today={today} />
        <figcaption className="muted">
          Each phase from its first to its last day; the line marks today, {formatLondonDay(today)}.
        </figcaption>
      </figure>
      <DisposalPhaseTable disposal={disposal} />
    </section>
  );
}
