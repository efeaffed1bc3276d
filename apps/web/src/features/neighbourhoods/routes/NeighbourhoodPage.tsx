import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link, useParams } from 'react-router-dom';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { nextPagesOf } from '../../../components/ui/ShowMore';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { useNeighbourhood } from '../api/neighbourhood';
import { CovenantsSection } from '../components/CovenantsSection';
import { NeighbourhoodBoundary } from '../components/NeighbourhoodBoundary';
import { NeighbourhoodFacts } from '../components/NeighbourhoodFacts';
import '../neighbourhoods.css';

export function NeighbourhoodPage() {
  const { slug = '' } = useParams();
  const neighbourhood = useNeighbourhood(slug);
  const viewer = useViewer();
  const data = neighbourhood.data;
  usePageTitle(data ? data.name : neighbourhood.isPending ? 'Neighbourhood' : 'Neighbourhood not found');

  if (neighbourhood.isPending) return <Loading label="Loading the neighbourhood…" />;
  if (data === undefined) {
    return <QueryError error={neighbourhood.error} onRetry={() => void neighbourhood.refetch()} />;
  }
  if (!data) {
    return (
      <NotFound
        title="We couldn’t find that neighbourhood"
        actions={
          <ButtonLink variant="secondary" to={PAGE_PATHS.newNeighbourhood}>
            Add a neighbourhood
          </ButtonLink>
        }
      >
        <p>It may not be on the platform yet, or its address may be different. Search for it on the home page.</p>
      </NotFound>
    );
  }

  return (
    <article className="stack">
      <PageHeader
        eyebrow="Neighbourhood"
        title={data.name}
        lead={data.description ? <p>{data.description}</p> : null}
        actions={
          <Link to={pagePath(PAGE_PATHS.rights, { slug: data.slug })}>
            Community rights: assets and service requests
          </Link>
        }
      />
      <div className="neighbourhood-grid">
        <NeighbourhoodFacts neighbourhood={data} />
        <NeighbourhoodBoundary name={data.name} boundary={data.boundary} />
      </div>
      <CovenantsSection neighbourhood={data} more={nextPagesOf(neighbourhood)} signedIn={Boolean(viewer.data)} />
    </article>
  );
}
