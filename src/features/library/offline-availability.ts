import { useEffect, useState, useSyncExternalStore } from 'react';

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
 * and when the connection changes. Without the query library: the library's first screen runs without it.
 */
export function useOfflineAvailability(ids: readonly string[]): {
  online: boolean;
  available: ReadonlySet<string> | undefined;
} {
  const online = useOnline();
  const idList = ids.join('\n');
  const key = `${String(online)}\n${idList}`;
  const [checked, setChecked] = useState<{ key: string; available: ReadonlySet<string> }>();
  useEffect(() => {
    let current = true;
    // Loaded once the library has rendered: nothing of this before the first paint.
    void import('../../storage/offline-articles')
      .then(({ articlesAvailableOffline }) =>
        articlesAvailableOffline(idList === '' ? [] : idList.split('\n')),
      )
      .then(
        (available) => {
          if (current) setChecked({ key, available });
        },
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [key, idList]);
  return { online, available: checked?.key === key ? checked.available : undefined };
}
