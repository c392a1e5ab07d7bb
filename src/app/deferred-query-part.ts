import type { ComponentType } from 'react';
import { deferred } from './deferred';

/**
 * A part of a page that queries and loads after the first paint (`./deferred`): its code and the query client
 * (`./query-client`, with the query library) load together, and it renders inside the client's provider. A module
 * of its own, apart from `./query-page`: only the lazy pages that use it load it, not the first chunk.
 */
export function deferredQueryPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<unknown> } {
  return deferred(async () => {
    const [{ withQueryClient }, Part] = await Promise.all([import('./query-client'), load()]);
    return withQueryClient(Part);
  });
}
