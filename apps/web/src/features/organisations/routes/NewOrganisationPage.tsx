import { ORGANISATION_KINDS, PAGE_PATHS, pagePath, type OrganisationKind } from '@covenant/domain';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../components/ui/PageHeader';
import { NEXT_PARAM, safeNextPath } from '../../../lib/auth-links';
import { usePageTitle } from '../../../lib/page-title';
import { OrganisationForm } from '../components/OrganisationForm';
import '../organisations.css';

function kindParam(value: string | null): OrganisationKind | undefined {
  return (ORGANISATION_KINDS as readonly string[]).includes(value ?? '') ? (value as OrganisationKind) : undefined;
}

export function NewOrganisationPage() {
  usePageTitle('Add an organisation');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Coming from another form (e.g. adding a council while describing a neighbourhood) returns there afterwards.
  const next = params.get(NEXT_PARAM);

  return (
    <div className="narrow">
      <PageHeader
        title="Add an organisation"
        lead={
          <p>
            Community groups, councils, public bodies and businesses each take part in a covenant as an organisation.
            You will be its first admin and can add colleagues afterwards.
          </p>
        }
      />
      <OrganisationForm
        initialKind={kindParam(params.get('kind'))}
        onCreated={(organisation) =>
          navigate(next ? safeNextPath(next) : pagePath(PAGE_PATHS.organisation, { slug: organisation.slug }))
        }
      />
    </div>
  );
}
