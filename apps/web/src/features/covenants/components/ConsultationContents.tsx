import { counted } from '../../../lib/paging';
import { useCovenantAmendments } from '../api/covenant-amendments';

const AWAITING = { one: 'awaits a decision', other: 'await a decision' };

/** Where each part of a long consultation page is, with how many amendments still wait for the convenor. */
export function ConsultationContents({ slug }: { slug: string }) {
  const amendments = useCovenantAmendments(slug);
  const awaiting = (amendments.data ?? []).filter((amendment) => amendment.status === 'PROPOSED').length;
  return (
    <nav className="consultation-contents" aria-labelledby="consultation-contents-title">
      <h2 id="consultation-contents-title">On this page</h2>
      <ul>
        <li>
          <a href="#sections-title">Responses by section</a>
        </li>
        <li>
          <a href="#amendments-title">Amendments</a>
          {awaiting ? <span className="muted"> ({counted(awaiting, AWAITING)})</span> : null}
        </li>
        <li>
          <a href="#comments-title">Comments</a>
        </li>
        <li>
          <a href="#report-title">The consultation report</a>
        </li>
      </ul>
    </nav>
  );
}
