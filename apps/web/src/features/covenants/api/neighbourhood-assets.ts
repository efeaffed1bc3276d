import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { covenantQueryKey } from './covenant';

export const CovenantNeighbourhoodAssetsDocument = graphql(`
  query CovenantNeighbourhoodAssets($id: ID!) {
    covenant(id: $id) {
      id
      neighbourhood {
        id
        assets(status: [NOMINATED, LISTED]) {
          id
          name
        }
      }
    }
  }
`);

/** The assets of community value a commitment of this covenant may name: those nominated or listed in its neighbourhood. */
export function useNeighbourhoodAssets(slug: string, covenantId: string) {
  return useQuery({
    queryKey: [...covenantQueryKey(slug), 'assets'],
    queryFn: async () =>
      (await execute(CovenantNeighbourhoodAssetsDocument, { id: covenantId })).covenant?.neighbourhood.assets ?? [],
  });
}
