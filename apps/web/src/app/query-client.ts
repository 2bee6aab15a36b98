import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: QueryMeta;
    mutationMeta: QueryMeta;
  }
}

export interface QueryMeta extends Record<string, unknown> {
  /**
   * A 401 here must not leave the page: crisis content keeps showing its last good copy,
   * and the sign-in form reports a wrong password itself.
   */
  stayOn401?: boolean;
}

/** One query client for the app; a 401 anywhere else sends the person to sign in. */
export function createQueryClient(onUnauthenticated: (error: unknown) => void): QueryClient {
  const handle = (error: unknown, meta: QueryMeta | undefined) => {
    if (isApiError(error, 'unauthenticated') && !meta?.stayOn401) onUnauthenticated(error);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handle(error, query.meta) }),
    mutationCache: new MutationCache({ onError: (error, _vars, _ctx, mutation) => handle(error, mutation.meta) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry only what may pass a second time: the network and the server's own errors.
        retry: (count, error) => count < 2 && isApiError(error) && (error.code === 'network' || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}
