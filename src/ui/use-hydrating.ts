import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;

/**
 * Whether this render hydrates prerendered markup: `true` in the render that hydrates (React takes the server
 * snapshot then), `false` in every render after it and in a page rendered afresh. A part that shows what only this
 * browser knows (its imports in IndexedDB) renders what the prerenderer did while it hydrates, and the rest right
 * after: with the data already read when its code arrived, React found markup it did not expect and threw the
 * part away (error #418).
 */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
}
