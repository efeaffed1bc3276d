/** Who is signed in, shared by the layout and every feature: `null` when nobody is. */
import { useQuery } from '@tanstack/react-query';
import { graphql } from '../gql';
import { execute, isErrorCode } from './graphql';
import { VIEWER_QUERY_KEY } from './query-client';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      displayName
      email
      emailVerified
      isSteward
      isCommissioner
      memberships {
        id
        role
        position
        organisation {
          id
          slug
          name
          kind
        }
      }
    }
  }
`);

async function fetchViewer() {
  try {
    return (await execute(ViewerDocument)).me;
  } catch (error) {
    if (isErrorCode(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}

export function useViewer() {
  return useQuery({ queryKey: VIEWER_QUERY_KEY, queryFn: fetchViewer, staleTime: 60_000 });
}
