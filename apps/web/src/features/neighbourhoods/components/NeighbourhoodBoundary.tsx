import { parseBoundary } from '@covenant/domain';
import { useMemo } from 'react';
import { EmptyState } from '../../../components/ui/EmptyState';
import { BoundaryMap } from './BoundaryMap';

export function NeighbourhoodBoundary({ name, boundary }: { name: string; boundary: string | null | undefined }) {
  const parsed = useMemo(() => (boundary ? parseBoundary(boundary) : null), [boundary]);
  return (
    <section className="section" aria-labelledby="boundary-title">
      <h2 id="boundary-title">Boundary</h2>
      {parsed?.ok ? (
        <figure className="boundary-figure">
          <BoundaryMap polygons={parsed.geometry.polygons} label={`Outline of the ${name} neighbourhood boundary`} />
        </figure>
      ) : (
        <EmptyState title="No boundary yet">
          <p>The outline of {name} has not been added.</p>
        </EmptyState>
      )}
    </section>
  );
}
