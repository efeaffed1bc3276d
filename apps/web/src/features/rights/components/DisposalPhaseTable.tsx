import { DISPOSAL_PHASE_LABELS, formatLondonDay } from '@covenant/domain';
import { TableScroll } from '../../../components/ui/TableScroll';
import { daysLeftText } from '../days-left';
import { modifier } from '../modifier';
import type { AssetDisposal } from './types';

/** The time line in words: each phase with its first and last day, and which of them is now. */
export function DisposalPhaseTable({ disposal }: { disposal: AssetDisposal }) {
  const current = disposal.timeline.findIndex((segment) => segment.phase === disposal.phase);
  const standing = (index: number) => {
    if (index < current) return 'Over';
    if (index > current) return 'To come';
    return disposal.daysLeft == null ? 'Now' : `Now: ${daysLeftText(disposal.daysLeft)}`;
  };
  return (
    <TableScroll label="The phases, day by day">
      <table className="rights-table disposal-phases">
        <caption>The phases, day by day</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Where it stands</th>
          </tr>
        </thead>
        <tbody>
          {disposal.timeline.map((segment, index) => (
            <tr key={segment.phase} className={index === current ? 'disposal-phases__current' : undefined}>
              <th scope="row">
                <span className={`phase-key phase-key--${modifier(segment.phase)}`}>
                  {DISPOSAL_PHASE_LABELS[segment.phase]}
                </span>
              </th>
              <td>{formatLondonDay(segment.from)}</td>
              <td>{segment.to ? formatLondonDay(segment.to) : 'No end'}</td>
              <td>{standing(index)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
