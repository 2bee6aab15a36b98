import type { QueryClient } from '@tanstack/react-query';
import { agreementQuery } from '../agreements/agreements.api';
import { clientProfileQuery } from '../care-teams/care-teams.api';
import { transitionsQuery } from '../care-transitions/care-transitions.api';
import { checkinConfigQuery } from '../check-ins/check-ins.api';
import { measuresDueQuery } from '../measures/measures.api';
import { reassuranceNotesQuery } from '../okay-plan/okay-plan.api';

/**
 * Starts the requests the client's home makes as it is drawn (the ones useHomeCardsSettled waits
 * for), each in a task of its own, while the app is still on its way in (issue 22). Left to the
 * page, they all started in one task as it mounted, on top of the rest of the first commit's
 * work; started here, their answers are often in before the page is drawn, so it draws once.
 */
export async function prefetchHomeData(queryClient: QueryClient, clientId: string): Promise<void> {
  const starts = [
    () => queryClient.prefetchQuery(checkinConfigQuery(clientId)),
    () => queryClient.prefetchQuery(measuresDueQuery(clientId)),
    () => queryClient.prefetchQuery(agreementQuery(clientId)),
    () => queryClient.prefetchQuery(reassuranceNotesQuery(clientId)),
    () => queryClient.prefetchQuery(clientProfileQuery(clientId)),
    () => queryClient.prefetchQuery(transitionsQuery(clientId)),
  ];
  for (const start of starts) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    void start();
  }
}
