import { QueryClient } from '@tanstack/react-query';

/** One client for the app. Retries are decided per query (an invalid article is not worth retrying). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false },
    },
  });
}
