import { MEMBER_ROLE_LABELS, ORGANISATION_KIND_LABELS, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { EmptyState } from '../../../components/ui/EmptyState';
import type { ViewerQuery } from '../../../gql/graphql';

type Membership = NonNullable<ViewerQuery['me']>['memberships'][number];

export function YourOrganisations({ memberships }: { memberships: readonly Membership[] }) {
  return (
    <section className="section" aria-labelledby="your-organisations">
      <div className="section__header">
        <h2 id="your-organisations">Your organisations</h2>
        {memberships.length > 0 ? (
          <ButtonLink variant="secondary" className="button--small" to={PAGE_PATHS.newOrganisation}>
            Add an organisation
          </ButtonLink>
        ) : null}
      </div>
      {memberships.length === 0 ? (
        <EmptyState
          title="You are not part of an organisation yet"
          actions={<ButtonLink to={PAGE_PATHS.newOrganisation}>Add your organisation</ButtonLink>}
        >
          <p>
            Covenants are made between organisations. Add your community group, council or partner organisation, or ask
            one of its admins to add you by your e-mail address.
          </p>
        </EmptyState>
      ) : (
        <ul className="card-list">
          {memberships.map((membership) => (
            <li key={membership.id} className="card">
              <Link
                className="card__title"
                to={pagePath(PAGE_PATHS.organisation, { slug: membership.organisation.slug })}
              >
                {membership.organisation.name}
              </Link>
              <p className="card__meta">
                {ORGANISATION_KIND_LABELS[membership.organisation.kind]} · Your role:{' '}
                <strong>{MEMBER_ROLE_LABELS[membership.role]}</strong>
                {membership.position ? ` (${membership.position})` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
