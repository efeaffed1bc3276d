import { PAGE_PATHS } from '@covenant/domain';
import { useState } from 'react';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { EmptyState } from '../../../components/ui/EmptyState';
import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { TextField } from '../../../components/ui/TextField';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useNeighbourhoods } from '../api/neighbourhoods';
import { NeighbourhoodList } from './NeighbourhoodList';

export function NeighbourhoodsSection() {
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search).trim();
  const neighbourhoods = useNeighbourhoods(term);
  const list = neighbourhoods.data ?? [];

  return (
    <section className="section" aria-labelledby="neighbourhoods">
      <div className="section__header">
        <h2 id="neighbourhoods">Neighbourhoods</h2>
        <ButtonLink variant="secondary" className="button--small" to={PAGE_PATHS.newNeighbourhood}>
          Add a neighbourhood
        </ButtonLink>
      </div>
      <form className="search" role="search" aria-label="Neighbourhoods" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label="Search neighbourhoods"
          type="search"
          name="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          hint="By name, for example Settle."
        />
      </form>
      {neighbourhoods.isPending ? (
        <Loading label="Loading neighbourhoods…" />
      ) : neighbourhoods.isError ? (
        <QueryError error={neighbourhoods.error} onRetry={() => void neighbourhoods.refetch()} />
      ) : list.length > 0 ? (
        <>
          <p className="visually-hidden" role="status">
            {list.length} neighbourhood{list.length === 1 ? '' : 's'}
            {term ? ` matching ${term}` : ''}
          </p>
          <NeighbourhoodList neighbourhoods={list} />
        </>
      ) : term ? (
        <EmptyState title={`No neighbourhoods match “${term}”`}>
          <p>Check the spelling, or search for a nearby town or ward. If it is not here yet, you can add it.</p>
        </EmptyState>
      ) : (
        <EmptyState
          title="No neighbourhoods yet — put yours on the platform"
          actions={<ButtonLink to={PAGE_PATHS.newNeighbourhood}>Add your neighbourhood</ButtonLink>}
        >
          <p>A neighbourhood is where a covenant lives: give it a name, its council and the area it covers.</p>
        </EmptyState>
      )}
    </section>
  );
}
