import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { CovenantCardHeading } from '../../../components/ui/CovenantCardHeading';
import { EmptyState } from '../../../components/ui/EmptyState';
import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { nextPagesOf, ShowMore } from '../../../components/ui/ShowMore';
import { TextField } from '../../../components/ui/TextField';
import { formatDay } from '../../../lib/dates';
import { counted } from '../../../lib/paging';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useCovenantSearch } from '../api/covenant-search';

const COVENANTS = { one: 'covenant', other: 'covenants' };

/** What the list is, in words: "12 covenants match “garden”". */
function listSummary(total: number, term: string): string {
  if (term) return `${counted(total, COVENANTS)} ${total === 1 ? 'matches' : 'match'} “${term}”`;
  return total === 1 ? '1 covenant you can read' : `${counted(total, COVENANTS)}, the most recently changed first`;
}

/**
 * The search kept in the address as `?q=`, so a link to the results (or a
 * reload) shows them again; typing updates it once the typing pauses, without
 * adding to the browser's history.
 */
function useSearchInAddress(): { search: string; setSearch: (value: string) => void; term: string; apply: () => void } {
  const [params, setParams] = useSearchParams();
  const term = (params.get('q') ?? '').trim();
  const [search, setSearch] = useState(term);
  const typed = useDebouncedValue(search).trim();
  const inAddress = useRef(term);

  const put = (value: string) => {
    inAddress.current = value;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set('q', value);
        else next.delete('q');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  const latestPut = useRef(put);
  latestPut.current = put;

  // A pause in typing puts the search in the address.
  useEffect(() => {
    if (typed !== inAddress.current) latestPut.current(typed);
  }, [typed]);

  // The address changed by itself (back, forward, a link): the box shows its search.
  useEffect(() => {
    if (term === inAddress.current) return;
    inAddress.current = term;
    setSearch(term);
  }, [term]);

  return { search, setSearch, term, apply: () => put(search.trim()) };
}

/** Covenants the viewer may read: the latest, or those matching a search of their titles and summaries. */
export function CovenantsSection() {
  const { search, setSearch, term, apply } = useSearchInAddress();
  const covenants = useCovenantSearch(term);
  const list = covenants.data?.covenants ?? [];
  const total = covenants.data?.total ?? 0;
  const updating = covenants.isPlaceholderData;

  return (
    <section className="section" aria-labelledby="covenants">
      <div className="section__header">
        <h2 id="covenants">Covenants</h2>
      </div>
      <form
        className="search"
        role="search"
        aria-label="Covenants"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <TextField
          label="Search covenants"
          type="search"
          name="q"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          hint="Words from a title or summary, such as pool."
        />
      </form>
      <p className="section__lead" role="status">
        {covenants.data && !updating && list.length > 0 ? listSummary(total, term) : ''}
      </p>
      {covenants.isPending ? (
        <Loading label="Loading covenants…" />
      ) : !covenants.data ? (
        <QueryError error={covenants.error} onRetry={() => void covenants.refetch()} />
      ) : list.length > 0 ? (
        <div className={updating ? 'covenant-results covenant-results--updating' : 'covenant-results'}>
          <ul className="card-list" aria-busy={updating || undefined}>
            {list.map((covenant) => (
              <li key={covenant.id} className="card">
                <CovenantCardHeading covenant={covenant} />
                <p className="card__meta">
                  <Link to={pagePath(PAGE_PATHS.neighbourhood, { slug: covenant.neighbourhood.slug })}>
                    {covenant.neighbourhood.name}
                  </Link>
                  {' · '}
                  Last changed <time dateTime={covenant.updatedAt}>{formatDay(covenant.updatedAt)}</time>
                </p>
              </li>
            ))}
          </ul>
          <ShowMore key={term} shown={list.length} total={total} noun={COVENANTS} {...nextPagesOf(covenants)} />
        </div>
      ) : term ? (
        <EmptyState title={`No covenants match “${term}”`}>
          <p>
            Try fewer or different words. Only covenants you may read are found: a draft is open only to the members of
            its parties.
          </p>
        </EmptyState>
      ) : (
        <EmptyState title="No covenants to read yet">
          <p>
            A covenant appears here once a neighbourhood’s organisations start one. While it is drafted, only the
            members of its parties can read it.
          </p>
        </EmptyState>
      )}
    </section>
  );
}
