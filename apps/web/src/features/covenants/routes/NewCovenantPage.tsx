import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { NEIGHBOURHOOD_PARAM } from '../../../lib/page-paths';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { useCovenantNeighbourhood } from '../api/covenant-neighbourhood';
import { NewCovenantForm } from '../components/NewCovenantForm';
import '../covenants.css';

export function NewCovenantPage() {
  usePageTitle('Start a covenant');
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const slug = params.get(NEIGHBOURHOOD_PARAM) ?? '';
  const neighbourhood = useCovenantNeighbourhood(slug);
  const viewer = useViewer();

  if (!slug || (neighbourhood.isSuccess && !neighbourhood.data)) {
    return (
      <NotFound title="Choose the neighbourhood first">
        <p>A covenant belongs to a neighbourhood. Find yours on the home page and start the covenant from its page.</p>
      </NotFound>
    );
  }
  if (neighbourhood.isPending || viewer.isPending) return <Loading label="Loading…" />;
  if (neighbourhood.isError) {
    return <QueryError error={neighbourhood.error} onRetry={() => void neighbourhood.refetch()} />;
  }
  const place = neighbourhood.data;
  if (!place) return null;

  return (
    <div className="narrow">
      <PageHeader
        eyebrow={place.name}
        title="Start a covenant"
        lead={
          <p>
            Give it a title and say who leads it. You can then invite partners and write the text together before anyone
            else sees it.
          </p>
        }
      />
      <NewCovenantForm
        neighbourhood={place}
        memberships={viewer.data?.memberships ?? []}
        here={location.pathname + location.search}
        onCreated={(covenant) => navigate(pagePath(PAGE_PATHS.covenant, { slug: covenant.slug }))}
      />
      <p className="form-aside">
        <ButtonLink variant="quiet" to={pagePath(PAGE_PATHS.neighbourhood, { slug: place.slug })}>
          Back to {place.name}
        </ButtonLink>
      </p>
    </div>
  );
}
