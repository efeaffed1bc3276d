import type { Ring } from '@covenant/domain';
import { useMemo } from 'react';
import { projectBoundary } from '../../../lib/boundary-projection';

export interface BoundaryMapProps {
  polygons: readonly Ring[][];
  label: string;
  className?: string;
}

/** The neighbourhood's outline as SVG: no tiles or map service, so it works offline and loads instantly. */
export function BoundaryMap({ polygons, label, className }: BoundaryMapProps) {
  const projected = useMemo(() => projectBoundary(polygons), [polygons]);
  return (
    <svg
      className={['boundary-map', className].filter(Boolean).join(' ')}
      viewBox={projected.viewBox}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      {projected.paths.map((d, index) => (
        <path key={index} d={d} fillRule="evenodd" className="boundary-map__shape" vectorEffect="non-scaling-stroke" />
      ))}
    </svg>
  );
}
