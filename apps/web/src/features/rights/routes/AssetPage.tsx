import { SubjectEscalations } from '../../../components/escalations/SubjectEscalations';
import { londonDay, PAGE_PATHS, pagePath } from '@covenant/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { usePageTitle } from '../../../lib/page-title';
import { useAsset } from '../api/asset';
import { AssetActions } from '../components/AssetActions';
import { AssetCovenants } from '../components/AssetCovenants';
import { AssetFacts } from '../components/AssetFacts';
import { AssetStatusBadge } from '../components/AssetStatusBadge';
import { DisposalClock } from '../components/DisposalClock';
import type { Asset } from '../components/types';
import '../rights.css';

export function AssetPage() {
  const { slug = '' } = useParams();
  const query = useAsset(slug);
  const asset = query.data;
  usePageTitle(asset ? asset.name : query.isPending ? 'Asset of community value' : 'Asset not found');

  if (query.isPending) return <Loading label="Loading the asset…" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!asset) {
    return (
      <NotFound title="We couldn’t find that asset">
        <p>Its address may be different. Each neighbourhood’s community rights page lists its assets.</p>
      </NotFound>
    );
  }
  return <AssetView asset={asset} />;
}

function AssetView({ asset }: { asset: Asset }) {
  const [notice, setNotice] = useState<string | null>(null);
  const today = londonDay(new Date());
  const { neighbourhood } = asset;

  return (
    <article className="rights-page stack">
      <PageHeader
        eyebrow="Asset of community value"
        title={asset.name}
        lead={
          <>
            <p>
              <AssetStatusBadge status={asset.status} />
            </p>
            {asset.description ? <p>{asset.description}</p> : null}
          </>
        }
        actions={
          <Link to={pagePath(PAGE_PATHS.rights, { slug: neighbourhood.slug })}>
            Community rights in {neighbourhood.name}
          </Link>
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <AssetFacts asset={asset} />
      {asset.disposal ? (
        <DisposalClock disposal={asset.disposal} today={today} />
      ) : asset.status === 'LISTED' ? (
        <p className="muted">No sale in progress: the owner has not given notice of one.</p>
      ) : null}
      <AssetActions asset={asset} today={today} onDone={setNotice} />
      <AssetCovenants asset={asset} />
      <SubjectEscalations subjectType="ASSET" subjectId={asset.id} subjectName="this asset" />
    </article>
  );
}
