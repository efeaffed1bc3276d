import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { usePageTitle } from '../../../lib/page-title';
import { useVerificationCovenant } from '../api/verification-covenant';
import { useVerifyCovenant } from '../api/verify-covenant';
import { CheckItYourself } from '../components/CheckItYourself';
import type { VerificationCovenant } from '../components/types';
import { VerificationResult } from '../components/VerificationResult';
import { VersionRecord } from '../components/VersionRecord';
import '../verification.css';

export function VerificationPage() {
  const { slug = '' } = useParams();
  const query = useVerificationCovenant(slug);
  const covenant = query.data;
  usePageTitle(covenant ? `Verification: ${covenant.title}` : 'Verification');

  if (query.isPending) return <Loading label="Loading the covenant’s record…" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!covenant) {
    return (
      <NotFound title="We couldn’t find that covenant">
        <p>
          Its address may be different, or it may not be open to read: a covenant visible only to its parties can be
          verified only by them.
        </p>
      </NotFound>
    );
  }
  return <Verification covenant={covenant} />;
}

function Verification({ covenant }: { covenant: VerificationCovenant }) {
  const verification = useVerifyCovenant(covenant.slug, covenant.id);
  const versions = [...covenant.versions].sort((a, b) => b.number - a.number);

  return (
    <div className="verification stack">
      <PageHeader
        eyebrow={covenant.neighbourhood.name}
        title={`Verification: ${covenant.title}`}
        lead={
          <p>
            Anyone can check that this covenant’s record is what its parties signed, and that nothing was changed
            afterwards.
          </p>
        }
        actions={<Link to={pagePath(PAGE_PATHS.covenant, { slug: covenant.slug })}>Read the covenant</Link>}
      />

      <section className="section" aria-labelledby="result-title">
        {verification.isPending ? (
          <>
            <h2 id="result-title">Checking the record</h2>
            <Loading label="Recomputing the hashes, signatures, seals and audit trail…" />
          </>
        ) : verification.isError ? (
          <>
            <h2 id="result-title">Checking the record</h2>
            <QueryError error={verification.error} onRetry={() => void verification.refetch()} />
          </>
        ) : (
          <VerificationResult
            verification={verification.data}
            seesWorkingDraft={covenant.viewerCan.readWorkingDraft}
            titleId="result-title"
          />
        )}
      </section>

      <section className="section" aria-labelledby="versions-title">
        <h2 id="versions-title">Versions, newest first</h2>
        {versions.length ? (
          versions.map((version) => <VersionRecord key={version.id} slug={covenant.slug} version={version} />)
        ) : (
          <p className="muted">
            No version has been frozen yet: the covenant is still being drafted, so nothing has been signed.
          </p>
        )}
      </section>

      <CheckItYourself />
    </div>
  );
}
