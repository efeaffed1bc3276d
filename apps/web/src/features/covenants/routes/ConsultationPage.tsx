import { consultationReportPath, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { CovenantStatusBadge } from '../../../components/ui/CovenantStatusBadge';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { signInPath } from '../../../lib/auth-links';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { focusAmendmentEntry } from '../amendment-entry';
import { useCovenant } from '../api/covenant';
import { useTextComments } from '../api/covenant-comments';
import { useCovenantEvents } from '../collab/use-covenant-events';
import { useCovenantSync } from '../collab/use-covenant-sync';
import { AmendmentsSection } from '../components/AmendmentsSection';
import { CommentsSection } from '../components/CommentsSection';
import { ConsultationContents } from '../components/ConsultationContents';
import type { Covenant } from '../components/covenant';
import { CovenantText } from '../components/CovenantText';
import { SectionsSection } from '../components/SectionsSection';
import { OUTSIDE_REVISION } from '../outside-revision';
import '../covenants.css';

export function ConsultationPage() {
  const { slug = '' } = useParams();
  const covenant = useCovenant(slug);
  const data = covenant.data;
  usePageTitle(data ? `Consultation: ${data.title}` : 'Consultation');

  if (covenant.isPending) return <Loading label="Loading the consultation…" />;
  if (covenant.isError) return <QueryError error={covenant.error} onRetry={() => void covenant.refetch()} />;
  if (!data) {
    return (
      <NotFound title="We couldn’t find that covenant">
        <p>Its address may be different, or it may not be open to read: a draft is visible only to its parties.</p>
      </NotFound>
    );
  }
  return <Consultation covenant={data} />;
}

function lead(status: string): string {
  switch (status) {
    case 'CONSULTATION':
      return 'The draft is open to public consultation. Say whether you agree with each section, propose new wording for any passage, and support the amendments you agree with.';
    case 'DRAFT':
    case 'UNDER_REVIEW':
      return 'The parties are drafting the text: members of the parties can propose amendments to it, and the convenor decides on them.';
    default:
      return 'What residents said about the text, and how it changed.';
  }
}

const showAmendment = (number: number) => focusAmendmentEntry(number, { scroll: true });

function Consultation({ covenant }: { covenant: Covenant }) {
  const viewer = useViewer();
  const sync = useCovenantSync(covenant.id);
  useCovenantEvents(sync.provider, sync.state.joined, covenant.slug);
  const textComments = useTextComments(covenant.slug);
  const location = useLocation();
  const me = viewer.data ?? null;
  const open = covenant.status === 'CONSULTATION';

  return (
    <div className="covenant-page consultation-page">
      <PageHeader
        eyebrow="Public consultation"
        title={covenant.title}
        lead={
          <>
            <p>
              <CovenantStatusBadge status={covenant.status} />
            </p>
            <p>{lead(covenant.status)}</p>
            {!open || viewer.data === undefined ? null : !me ? (
              <p>
                <Link to={signInPath(location.pathname)}>Sign in</Link> to take part.
              </p>
            ) : !me.emailVerified ? (
              <p>To take part, confirm your e-mail address first: open the link we e-mailed you.</p>
            ) : null}
          </>
        }
        actions={<Link to={pagePath(PAGE_PATHS.covenant, { slug: covenant.slug })}>Read the covenant</Link>}
      />
      {covenant.viewerCan.readWorkingDraft ? null : <Alert tone="info" title={OUTSIDE_REVISION.consultation} />}
      <ConsultationContents slug={covenant.slug} />
      <CovenantText
        covenantId={covenant.id}
        slug={covenant.slug}
        html={covenant.draftHtml}
        status={covenant.status}
        seesWorkingDraft={covenant.viewerCan.readWorkingDraft}
        sync={sync}
        viewer={me ? { id: me.id, name: me.displayName } : null}
        canComment={covenant.viewerCan.comment}
        comments={textComments}
        canResolve={(comment) => comment.viewerCan.resolve}
        amendments={{ canPropose: covenant.viewerCan.proposeAmendment, show: showAmendment }}
      />
      <div className="covenant-grid">
        <div className="covenant-grid__main stack">
          <SectionsSection covenant={covenant} />
          <AmendmentsSection slug={covenant.slug} canPropose={covenant.viewerCan.proposeAmendment} />
          <CommentsSection covenant={covenant} signedIn={me !== null} />
        </div>
        <aside className="covenant-grid__side stack" aria-labelledby="report-title">
          <div className="consultation-report">
            <h2 id="report-title">The consultation report</h2>
            <p>Every response, amendment and comment, for the parties’ records and for anyone to check.</p>
            <ul className="consultation-report__downloads">
              <li>
                <a href={consultationReportPath(covenant.slug, 'csv')}>Download the report as CSV</a>
                <span className="muted"> (a spreadsheet: one row for each response, amendment and comment)</span>
              </li>
              <li>
                <a href={consultationReportPath(covenant.slug, 'pdf')}>Download the report as PDF</a>
                <span className="muted"> (the figures for each section, the amendments and their outcomes)</span>
              </li>
            </ul>
          </div>
        </aside>
      </div>
    </div>
  );
}
