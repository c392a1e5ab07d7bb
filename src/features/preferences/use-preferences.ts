import { useCallback, useEffect, useSyncExternalStore } from 'react';
import {
  applyPreferences,
  DEFAULT_PREFERENCES,
  readPreferences,
  savePreferences,
  TEXT_SIZE_STORAGE_KEY,
  THEME_STORAGE_KEY,
  type Preferences,
} from './preferences';

const listeners = new Set<() => void>();
let cached: Preferences = DEFAULT_PREFERENCES;

/** The stored preferences, as the same object while they do not change (useSyncExternalStore needs that). */
function snapshot(): Preferences {
  const read = readPreferences();
  if (read.theme !== cached.theme || read.textSize !== cached.textSize) cached = read;
  return cached;
}

/** Hears changes made here and, through the `storage` event, in the reader's other tabs. */
function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === THEME_STORAGE_KEY || event.key === TEXT_SIZE_STORAGE_KEY)
      listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** What the prerendered page was rendered with: hydration starts from it, then React re-renders with storage. */
const serverSnapshot = () => DEFAULT_PREFERENCES;

/**
 * The reader's theme and text size, from storage, applied to `<html>` and remembered on change. The first render
 * uses the defaults, like the prerendered HTML, so hydration matches; the stored choice follows at once.
 */
export function usePreferences(): {
  preferences: Preferences;
  update: (patch: Partial<Preferences>) => void;
} {
  const preferences = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  useEffect(() => applyPreferences(preferences), [preferences]);
  const update = useCallback((patch: Partial<Preferences>) => {
    savePreferences({ ...snapshot(), ...patch });
    for (const listener of listeners) listener();
  }, []);
  return { preferences, update };
}
