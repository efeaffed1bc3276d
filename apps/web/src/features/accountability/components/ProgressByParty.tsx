import { COMMITMENT_PROGRESS_LABELS, COMMITMENT_PROGRESSES, summariseCommitments } from '@covenant/domain';
import { PROGRESS_COLOURS } from '../progress-colours';
import type { AccountabilityCommitment, AccountabilityParty } from './types';
import { TableScroll } from '../../../components/ui/TableScroll';

/** One bar per party, split by progress; the table under it says the same in numbers. */
export function ProgressByParty({
  parties,
  commitments,
}: {
  parties: AccountabilityParty[];
  commitments: AccountabilityCommitment[];
}) {
  const rows = parties
    .map((party) => ({
      party,
      summary: summariseCommitments(commitments.filter((c) => c.party.id === party.id)),
    }))
    .filter((row) => row.summary.total > 0);
  if (!rows.length) return <p className="muted">No party has made a commitment yet.</p>;

  return (
    <div className="progress-chart">
      <ul className="progress-chart__legend" aria-label="Key">
        {COMMITMENT_PROGRESSES.map((progress) => (
          <li key={progress}>
            <span className="progress-chart__swatch" style={{ backgroundColor: PROGRESS_COLOURS[progress] }} />
            {COMMITMENT_PROGRESS_LABELS[progress]}
          </li>
        ))}
      </ul>
      <div className="progress-chart__bars" aria-hidden="true">
        {rows.map(({ party, summary }) => (
          <div key={party.id} className="progress-chart__row">
            <span className="progress-chart__label">{party.organisation.name}</span>
            <span className="progress-chart__bar">
              {summary.byProgress
                .filter((entry) => entry.count > 0)
                .map((entry) => (
                  <span
                    key={entry.progress}
                    className="progress-chart__segment"
                    title={`${COMMITMENT_PROGRESS_LABELS[entry.progress]}: ${entry.count}`}
                    style={{
                      width: `${(entry.count / summary.total) * 100}%`,
                      backgroundColor: PROGRESS_COLOURS[entry.progress],
                    }}
                  />
                ))}
            </span>
            <span className="progress-chart__total">{summary.total}</span>
          </div>
        ))}
      </div>
      <TableScroll label="Commitments by party and progress">
        <table className="progress-table">
          <caption>Commitments by party and progress</caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              {COMMITMENT_PROGRESSES.map((progress) => (
                <th key={progress} scope="col">
                  {COMMITMENT_PROGRESS_LABELS[progress]}
                </th>
              ))}
              <th scope="col">Overdue</th>
              <th scope="col">All</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ party, summary }) => (
              <tr key={party.id}>
                <th scope="row">{party.organisation.name}</th>
                {summary.byProgress.map((entry) => (
                  <td key={entry.progress}>{entry.count}</td>
                ))}
                <td>{summary.overdue}</td>
                <td>{summary.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
