import { SubjectEscalations } from '../../../components/escalations/SubjectEscalations';
import { PAGE_PATHS, VERSION_STATUS_LABELS } from '@covenant/domain';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { QueryError } from '../../../components/ui/QueryError';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { useCovenant } from '../api/covenant';
import { useTextComments } from '../api/covenant-comments';
import { useCovenantEvents } from '../collab/use-covenant-events';
import { useCovenantSync } from '../collab/use-covenant-sync';
import type { Covenant, CovenantComment } from '../components/covenant';
import { AuditTrail } from '../components/AuditTrail';
import { BudgetsSection } from '../components/BudgetsSection';
import { CommentsSection } from '../components/CommentsSection';
import { CommitmentsSection } from '../components/CommitmentsSection';
import { ConsultationLink } from '../components/ConsultationLink';
import { CovenantHeader } from '../components/CovenantHeader';
import { CovenantText } from '../components/CovenantText';
import { NextActions } from '../components/NextActions';
import { PartiesSection } from '../components/PartiesSection';
import { SigningSection } from '../components/SigningSection';
import { StatusTimeline } from '../components/StatusTimeline';
import { SupportPanel } from '../components/SupportPanel';
import { VersionCompare } from '../components/VersionCompare';
import '../covenants.css';

export function CovenantPage() {
  const { slug = '' } = useParams();
  const covenant = useCovenant(slug);
  const data = covenant.data;
  usePageTitle(data ? data.title : covenant.isPending ? 'Covenant' : 'Covenant not found');

  if (covenant.isPending) return <Loading label="Loading the covenant…" />;
  if (covenant.isError) return <QueryError error={covenant.error} onRetry={() => void covenant.refetch()} />;
  if (!data) {
    return (
      <NotFound title="We couldn’t find that covenant">
        <p>
          Its address may be different, or it may not be open to read yet: a draft is visible only to the members of its
          parties. If you are one, sign in.
        </p>
      </NotFound>
    );
  }

  return <CovenantView covenant={data} />;
}

function CovenantView({ covenant: data }: { covenant: Covenant }) {
  const viewer = useViewer();
  const sync = useCovenantSync(data.id);
  useCovenantEvents(sync.provider, sync.state.joined, data.slug);
  const textComments = useTextComments(data.slug);
  const me = viewer.data ?? null;
  const adminOf = new Set(
    (me?.memberships ?? []).filter((m) => m.role === 'ADMIN').map((membership) => membership.organisation.id),
  );
  const canResolve = (comment: CovenantComment) => comment.viewerCan.resolve;

  const invitedAs = data.parties.find((party) => party.status === 'INVITED' && adminOf.has(party.organisation.id));

  return (
    <div className="covenant-page">
      <CovenantHeader covenant={data} />
      {invitedAs ? (
        <Alert tone="info" title={`${invitedAs.organisation.name} is invited to join this covenant`}>
          <p>
            Read it, then accept or decline from <Link to={PAGE_PATHS.home}>your home page</Link>.
          </p>
        </Alert>
      ) : null}
      <StatusTimeline status={data.status} visibility={data.visibility} versions={data.versions} />
      <NextActions covenant={data} />
      <ConsultationLink covenant={data} />
      <CovenantText
        covenantId={data.id}
        slug={data.slug}
        html={data.draftHtml}
        status={data.status}
        seesWorkingDraft={data.viewerCan.readWorkingDraft}
        sync={sync}
        viewer={me ? { id: me.id, name: me.displayName } : null}
        canComment={data.viewerCan.comment}
        comments={textComments}
        canResolve={canResolve}
      />
      <SigningSection
        covenant={data}
        viewer={me ? { id: me.id, name: me.displayName, emailVerified: me.emailVerified } : null}
      />
      <div className="covenant-grid">
        <div className="covenant-grid__main stack">
          <CommitmentsSection covenant={data} />
          <BudgetsSection covenant={data} adminOf={adminOf} />
          <VersionCompare
            versions={data.versions.map((version) => ({
              ...version,
              statusLabel: VERSION_STATUS_LABELS[version.status],
            }))}
          />
          <CommentsSection covenant={data} signedIn={me !== null} />
          <SubjectEscalations subjectType="COVENANT" subjectId={data.id} subjectName="this covenant" />
          <AuditTrail covenant={data} />
        </div>
        <aside className="covenant-grid__side stack" aria-label="Parties and support">
          <SupportPanel covenant={data} signedIn={me !== null} />
          <PartiesSection covenant={data} adminOf={adminOf} />
        </aside>
      </div>
    </div>
  );
}
