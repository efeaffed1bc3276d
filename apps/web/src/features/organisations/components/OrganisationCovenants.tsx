import { PARTY_ROLE_LABELS, PARTY_STATUS_LABELS } from '@covenant/domain';
import { CovenantCardHeading } from '../../../components/ui/CovenantCardHeading';
import type { Organisation } from './member';

export interface OrganisationCovenantsProps {
  name: string;
  parties: Organisation['parties'];
}

/** The covenants the organisation is (or was) a party to, as far as the viewer may read them. */
export function OrganisationCovenants({ name, parties }: OrganisationCovenantsProps) {
  return (
    <section className="section" aria-labelledby="org-covenants-title">
      <h2 id="org-covenants-title">Covenants</h2>
      {parties.length === 0 ? (
        <p className="muted">{name} is not part of a covenant you can see yet.</p>
      ) : (
        <ul className="card-list">
          {parties.map((party) => (
            <li
              key={party.id}
              className={party.status === 'DECLINED' || party.status === 'REMOVED' ? 'card card--muted' : 'card'}
            >
              <CovenantCardHeading covenant={party.covenant} />
              <p className="card__meta">
                {party.covenant.neighbourhood.name} · {PARTY_ROLE_LABELS[party.role]}
                {party.status !== 'ACCEPTED' ? ` · ${PARTY_STATUS_LABELS[party.status]}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
