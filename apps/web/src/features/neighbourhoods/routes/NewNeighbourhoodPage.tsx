import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../components/ui/PageHeader';
import { usePageTitle } from '../../../lib/page-title';
import { NeighbourhoodForm } from '../components/NeighbourhoodForm';
import '../neighbourhoods.css';

export function NewNeighbourhoodPage() {
  usePageTitle('Add a neighbourhood');
  const navigate = useNavigate();
  return (
    <div className="narrow">
      <PageHeader
        title="Add a neighbourhood"
        lead={
          <p>
            A neighbourhood is the place a covenant is for. Name it, say which council it belongs to and, if you have
            them, the area codes and boundary, so everyone can see exactly where it covers.
          </p>
        }
      />
      <NeighbourhoodForm
        onCreated={(neighbourhood) => navigate(pagePath(PAGE_PATHS.neighbourhood, { slug: neighbourhood.slug }))}
      />
    </div>
  );
}
