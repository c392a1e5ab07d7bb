import { useCallback, useEffect, useState } from 'react';
import {
  applyPreferences,
  readPreferences,
  savePreferences,
  TEXT_SIZE_STORAGE_KEY,
  THEME_STORAGE_KEY,
  type Preferences,
} from './preferences';

/** The reader's theme and text size: read once from storage, applied to `<html>` and remembered on change. */
export function usePreferences(): {
  preferences: Preferences;
  update: (patch: Partial<Preferences>) => void;
} {
  const [preferences, setPreferences] = useState(readPreferences);
  useEffect(() => {
    applyPreferences(preferences);
    savePreferences(preferences);
  }, [preferences]);
  // A choice made in another tab applies here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === THEME_STORAGE_KEY || event.key === TEXT_SIZE_STORAGE_KEY)
        setPreferences(readPreferences());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const update = useCallback(
    (patch: Partial<Preferences>) => setPreferences((current) => ({ ...current, ...patch })),
    [],
  );
  return { preferences, update };
}
