import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { counted } from '../../../lib/paging';
import { useConsultationActivity } from '../api/consultation-activity';
import type { Covenant } from './covenant';

const AMENDMENTS = { one: 'amendment', other: 'amendments' };
const RESPONSES = { one: 'response', other: 'responses' };

/**
 * From a covenant to its consultation: an invitation to have one's say while
 * it is open; afterwards a link, once there are amendments or responses to
 * read, or for the parties, who may propose amendments while they draft.
 */
export function ConsultationLink({ covenant }: { covenant: Covenant }) {
  const open = covenant.status === 'CONSULTATION';
  const activity = useConsultationActivity(covenant.slug, !open);
  const path = pagePath(PAGE_PATHS.consultation, { slug: covenant.slug });

  if (open) {
    return (
      <section className="consultation-callout" aria-labelledby="consultation-callout-title">
        <h2 id="consultation-callout-title">Public consultation is open</h2>
        <p>
          Tell the parties whether you agree with each section of the text, and propose new wording where you would
          change it.
        </p>
        <ButtonLink to={path}>Have your say</ButtonLink>
      </section>
    );
  }

  const { amendments = 0, responses = 0 } = activity.data ?? {};
  const mayAmend = covenant.viewerCan.proposeAmendment || covenant.viewerCan.decideAmendments;
  if (!amendments && !responses && !mayAmend) return null;
  return (
    <p className="consultation-link">
      <Link to={path}>Amendments and responses</Link>
      {amendments || responses ? (
        <span className="muted">
          {' '}
          · {counted(amendments, AMENDMENTS)}, {counted(responses, RESPONSES)}
        </span>
      ) : null}
    </p>
  );
}
