import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const NotificationsDocument = graphql(`
  query Notifications {
    notifications(first: 20) {
      id
      kind
      title
      body
      link
      read
      createdAt
    }
  }
`);

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** Checked now and then while the page is open, so a new invitation shows without reloading. */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: async () => (await execute(NotificationsDocument)).notifications,
    enabled,
    refetchInterval: 60_000,
  });
}
