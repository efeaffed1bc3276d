import { ButtonLink } from '../../../components/ui/ButtonLink';
import { CovenantCardHeading } from '../../../components/ui/CovenantCardHeading';
import { EmptyState } from '../../../components/ui/EmptyState';
import { ShowMore, type ShowMoreProps } from '../../../components/ui/ShowMore';
import type { NeighbourhoodQuery } from '../../../gql/graphql';
import { newCovenantPath } from '../../../lib/page-paths';
import { counted } from '../../../lib/paging';
import { DeliveryBar } from './DeliveryBar';

type Neighbourhood = NonNullable<NeighbourhoodQuery['neighbourhood']>;

/** Delivery is shown once promises are being kept: from coming into force. */
const TRACKED = ['IN_FORCE', 'UNDER_REVIEW', 'ENDED'];

const COVENANTS = { one: 'covenant', other: 'covenants' };

export function CovenantsSection({
  neighbourhood,
  more,
  signedIn,
}: {
  neighbourhood: Neighbourhood;
  more: Pick<ShowMoreProps, 'hasMore' | 'loadingMore' | 'error' | 'onShowMore'>;
  signedIn: boolean;
}) {
  const { name, covenants, covenantCount } = neighbourhood;
  const start = signedIn ? <ButtonLink to={newCovenantPath(neighbourhood.slug)}>Start a covenant</ButtonLink> : null;
  return (
    <section className="section" aria-labelledby="covenants-title">
      <div className="section__header">
        <h2 id="covenants-title">Covenants</h2>
        {covenants.length > 0 ? start : null}
      </div>
      {covenants.length > 0 ? (
        <>
          {covenantCount > 1 ? (
            <p className="section__lead">{counted(covenantCount, COVENANTS)}, the most recently changed first.</p>
          ) : null}
          <ul className="card-list">
            {covenants.map((covenant) => (
              <li key={covenant.id} className="card">
                <CovenantCardHeading covenant={covenant} />
                {covenant.summary ? <p className="card__text">{covenant.summary}</p> : null}
                {TRACKED.includes(covenant.status) ? <DeliveryBar commitments={covenant.commitments} /> : null}
              </li>
            ))}
          </ul>
          <ShowMore shown={covenants.length} total={covenantCount} noun={COVENANTS} {...more} />
        </>
      ) : (
        <EmptyState title="No covenants yet" actions={start}>
          <p>
            Covenants for {name} will appear here. A community group, community business or voluntary organisation
            working in {name} can start one and invite the council and partners to draft it together.
          </p>
        </EmptyState>
      )}
    </section>
  );
}
