import type { ComponentType } from 'react';
import { lazyComponent, type PreloadableComponent } from './lazy-component';

/**
 * A lazy page (or part of one) that queries: its code and the app's query client (`./query-client`, with the query
 * library) load together, and it renders inside the client's provider.
 */
export function lazyQueryPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadableComponent<P> {
  return lazyComponent(async () => {
    const [{ withQueryClient }, Page] = await Promise.all([import('./query-client'), load()]);
    return withQueryClient(Page);
  });
}
