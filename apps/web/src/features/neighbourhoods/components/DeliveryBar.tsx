import { DELIVERY_LABELS, deliveryShares, type CommitmentProgress } from '@covenant/domain';

/** How a covenant's commitments stand, as one bar with the same figures in words beside it. */
export function DeliveryBar({
  commitments,
}: {
  commitments: readonly { progress: CommitmentProgress; overdue: boolean }[];
}) {
  const shares = deliveryShares(commitments);
  const total = shares.reduce((sum, share) => sum + share.count, 0);
  if (!total) return null;
  const inWords = shares
    .filter((share) => share.count)
    .map((share) => `${share.count} ${DELIVERY_LABELS[share.kind].toLowerCase()}`)
    .join(', ');
  return (
    <div className="delivery">
      <div className="delivery__bar" role="img" aria-label={`Delivery of ${total} commitments: ${inWords}`}>
        {shares
          .filter((share) => share.count)
          .map((share) => (
            <span
              key={share.kind}
              className={`delivery__share delivery__share--${share.kind.toLowerCase().replace('_', '-')}`}
              style={{ flexGrow: share.count }}
            />
          ))}
      </div>
      <p className="delivery__legend" aria-hidden="true">
        {shares
          .filter((share) => share.count)
          .map((share) => (
            <span key={share.kind} className="delivery__key">
              <span className={`delivery__swatch delivery__share--${share.kind.toLowerCase().replace('_', '-')}`} />
              {share.count} {DELIVERY_LABELS[share.kind].toLowerCase()}
            </span>
          ))}
      </p>
    </div>
  );
}
