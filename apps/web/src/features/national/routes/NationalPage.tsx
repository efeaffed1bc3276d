import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { usePageTitle } from '../../../lib/page-title';
import { useNationalPicture, useNationalPlaces, type NationalPlace } from '../api/national-picture';
import { CouncilTable } from '../components/CouncilTable';
import { NationalFigures } from '../components/NationalFigures';
import { NationalMap } from '../components/NationalMap';
import { OpenDataLinks } from '../components/OpenDataLinks';
import { PlacesTable } from '../components/PlacesTable';
import '../national.css';

export function NationalPage() {
  usePageTitle('The national picture');
  const query = useNationalPicture();
  if (query.isPending) return <Loading label="Loading the national picture…" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const picture = query.data;
  return (
    <article className="national-page stack">
      <PageHeader
        eyebrow="Community power across the country"
        title="The national picture"
        lead={
          <p>
            How every neighbourhood on the platform is doing: its covenants, the commitments in them, the community
            rights in use and the cases before the Community Power Commissioner. Figures as of{' '}
            {new Date(picture.generatedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.
          </p>
        }
      />
      <NationalFigures picture={picture} />
      <Places />
      <CouncilTable councils={picture.councils} />
      <OpenDataLinks />
    </article>
  );
}

/** The map and the table of every neighbourhood, from the places' open data file. */
function Places() {
  const places = useNationalPlaces();
  return (
    <section className="section stack" aria-labelledby="map-title">
      <h2 id="map-title">Neighbourhoods</h2>
      <p>
        Each neighbourhood is coloured by how the commitments of its covenants in force are doing. Select one to open
        its page. <a href="#places">Skip the map to the same figures as a table</a>.
      </p>
      {places.isPending ? (
        <Loading label="Drawing the map…" />
      ) : places.isError ? (
        <QueryError error={places.error} onRetry={() => void places.refetch()} />
      ) : (
        <PlacesShown places={places.data} />
      )}
    </section>
  );
}

function PlacesShown({ places }: { places: NationalPlace[] }) {
  const unmapped = places.filter((place) => !place.outline);
  return (
    <>
      <NationalMap places={places} />
      {unmapped.length ? (
        <p>
          Not on the map, with no boundary yet:{' '}
          {unmapped.length <= 20
            ? unmapped.map((place) => place.name).join(', ')
            : `${unmapped.length.toLocaleString('en-GB')} neighbourhoods (listed in the table below)`}
          .
        </p>
      ) : null}
      <h3 id="places" tabIndex={-1}>
        Every neighbourhood
      </h3>
      <PlacesTable places={places} />
    </>
  );
}
