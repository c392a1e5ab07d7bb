import { useCallback, useEffect, useState } from 'react';
import { applyPreferences, readPreferences, savePreferences, type Preferences } from './preferences';

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
  const update = useCallback(
    (patch: Partial<Preferences>) => setPreferences((current) => ({ ...current, ...patch })),
    [],
  );
  return { preferences, update };
}
