import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from './keyboard';

/**
 * Calls `handlers[action]` when the person presses that action's shortcut anywhere on the page (see
 * `keyboard.ts`). A handler that returns `false` leaves the key to the browser.
 */
export function useShortcuts(handlers: Partial<Record<ShortcutAction, () => boolean | undefined>>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      const handler = action && latest.current[action];
      if (!handler) return;
      if (handler() !== false) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
