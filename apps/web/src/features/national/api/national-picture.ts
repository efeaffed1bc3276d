import type { PlaceStanding } from '@covenant/domain';
import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const NationalPictureDocument = graphql(`
  query NationalPicture {
    nationalPicture {
      neighbourhoods
      covenantsByStatus {
        status
        count
      }
      commitments {
        total
        overdue
        byProgress {
          progress
          count
        }
      }
      assetsListed
      moratoriaActive
      serviceRequestsOverdue
      escalationsOpen
      generatedAt
      councils {
        council {
          id
          slug
          name
        }
        covenantsInForce
        commitments
        delivered
        overdue
      }
    }
  }
`);

export function useNationalPicture() {
  return useQuery({
    queryKey: ['national-picture'],
    queryFn: async () => (await execute(NationalPictureDocument)).nationalPicture,
  });
}

/** A neighbourhood as the map's open data file gives it. */
export interface NationalPlace {
  id: string;
  slug: string;
  name: string;
  localAuthority: string | null;
  covenantsInForce: number;
  commitments: number;
  delivered: number;
  overdue: number;
  standing: PlaceStanding;
  /** A GeoJSON Polygon or MultiPolygon, simplified; null without a boundary. */
  outline: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null;
}

/** Every neighbourhood for the map, from its open data file (one file for everyone, not a query per reader). */
export function useNationalPlaces() {
  return useQuery({
    queryKey: ['national-places'],
    queryFn: async () => {
      const response = await fetch('/open-data/neighbourhoods.json', { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`The map's data could not be loaded (${response.status}).`);
      return ((await response.json()) as { rows: NationalPlace[] }).rows;
    },
  });
}
