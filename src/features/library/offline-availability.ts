import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it is online (`navigator.onLine`), followed as it changes; online when prerendered. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Which of these shipped articles can be read offline (`available`, undefined until known: never when
 * prerendered, so the first paint has no such work), checked again whenever the page comes back to the library
 * and when the connection changes.
 */
export function useOfflineAvailability(ids: readonly string[]): {
  online: boolean;
  available: ReadonlySet<string> | undefined;
} {
  const online = useOnline();
  const query = useQuery({
    queryKey: ['available-offline', online, ids],
    // Loaded once the library has rendered: nothing of this before the first paint.
    queryFn: async () => {
      const { articlesAvailableOffline } = await import('../../storage/offline-articles');
      return articlesAvailableOffline(ids);
    },
    staleTime: 0,
  });
  return { online, available: query.data };
}
