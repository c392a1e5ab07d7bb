/**
 * The app's one TanStack Query client, in a module of its own that only the pages which query load (the library,
 * an imported article, an article the page was not prerendered with): a prerendered article renders from the data
 * its HTML embeds and does not load the query library before it is interactive. Every such page wraps itself in a
 * provider of this same client, so the cache is shared across navigations.
 */
import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { prerenderedQueries } from './prerendered';

let client: QueryClient | undefined;

/** The client, created on first use and seeded with the query results the page was prerendered from. */
export function appQueryClient(): QueryClient {
  if (!client) {
    // Retries are decided per query (an invalid article is not worth retrying).
    client = new QueryClient({
      defaultOptions: {
        queries: {
          staleTime: 5 * 60_000,
          refetchOnWindowFocus: false,
          // Offline, a query still runs once: the imports are in IndexedDB and the service worker may have kept the
          // file, and a file it has not kept fails with its own message ("not saved for reading offline"). The
          // default mode ('online') would not start it at all, and the page would say "Loading…" until the
          // connection came back. Only retries wait for the connection.
          networkMode: 'offlineFirst',
        },
      },
    });
    // The query library takes a page to be online until it hears an `offline` event; a page opened offline hears
    // none, so the `online` event would change nothing, and what failed offline would not be fetched again
    // (`refetchOnReconnect`) when the connection is back.
    if (typeof navigator !== 'undefined' && typeof navigator.onLine === 'boolean')
      onlineManager.setOnline(navigator.onLine);
    for (const [key, value] of prerenderedQueries()) client.setQueryData(key, value);
  }
  return client;
}

/** Drops the client and its cache; the next {@link appQueryClient} creates one anew (the prerenderer, per page). */
export function resetAppQueryClient(): void {
  client?.clear();
  client = undefined;
}

/** `Page` inside a provider of the app's client. */
export function withQueryClient<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function WithQueryClient(props: P) {
    return (
      <QueryClientProvider client={appQueryClient()}>
        <Page {...props} />
      </QueryClientProvider>
    );
  }
  return WithQueryClient;
}
