import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../../components/ui/Loading';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { usePageTitle } from '../../../lib/page-title';
import { useNeighbourhoodRights } from '../api/neighbourhood-rights';
import { AssetsSection } from '../components/AssetsSection';
import { MoratoriumClocks } from '../components/MoratoriumClocks';
import { ServiceRequestsSection } from '../components/ServiceRequestsSection';
import { UseYourRights } from '../components/UseYourRights';
import '../rights.css';

export function RightsPage() {
  const { slug = '' } = useParams();
  const query = useNeighbourhoodRights(slug);
  const neighbourhood = query.data;
  usePageTitle(
    neighbourhood
      ? `Community rights in ${neighbourhood.name}`
      : query.isPending
        ? 'Community rights'
        : 'Neighbourhood not found',
  );

  if (query.isPending) return <Loading label="Loading the neighbourhood’s community rights…" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!neighbourhood) {
    return (
      <NotFound title="We couldn’t find that neighbourhood">
        <p>It may not be on the platform yet, or its address may be different. Search for it on the home page.</p>
      </NotFound>
    );
  }

  return (
    <article className="rights-page stack">
      <PageHeader
        eyebrow="Community rights"
        title={`Community rights in ${neighbourhood.name}`}
        lead={
          <p>
            The buildings and spaces the community has asked to protect, the clocks on their sale (Right to Buy), and
            what it has asked public bodies to change (Right to Shape Public Services).
          </p>
        }
        actions={
          <Link to={pagePath(PAGE_PATHS.neighbourhood, { slug: neighbourhood.slug })}>
            Back to {neighbourhood.name}
          </Link>
        }
      />
      <MoratoriumClocks assets={neighbourhood.assets} />
      <AssetsSection name={neighbourhood.name} assets={neighbourhood.assets} />
      <ServiceRequestsSection requests={neighbourhood.serviceRequests} />
      <UseYourRights neighbourhood={neighbourhood} />
    </article>
  );
}
