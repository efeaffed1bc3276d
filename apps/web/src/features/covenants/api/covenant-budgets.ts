import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { covenantQueryKey } from './covenant';

export const CovenantBudgetsDocument = graphql(`
  query CovenantBudgets($slug: String!) {
    covenant(slug: $slug) {
      id
      budgets {
        id
        title
        amount
        phase
        fundedBy {
          id
          organisation {
            id
            name
          }
        }
      }
      viewerCan {
        createBudget
      }
    }
  }
`);

/** Under the covenant's key ("budgets"), which the covenant's budget events refresh. */
export function useCovenantBudgets(slug: string) {
  return useQuery({
    queryKey: [...covenantQueryKey(slug), 'budgets'],
    queryFn: async () => (await execute(CovenantBudgetsDocument, { slug })).covenant,
  });
}
