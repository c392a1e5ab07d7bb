import { useRef, type KeyboardEvent } from 'react';

/** Keys that decide rather than browse: they never make a choice of their own. */
const DECIDING_KEYS = new Set(['Enter', 'Escape', 'Tab']);

/**
 * Tells a `<select>`'s change made by a key on the closed field (an arrow, Home, End, a letter: the person is
 * looking through the options, and the browser changes the value at each step) from one picked from its open list
 * (a click, Enter in the list, a screen reader's choice), which is a decision. A key's change is dispatched in the
 * task of its `keydown`, so the mark is cleared by the next task.
 */
export function useKeyedChange() {
  const keyed = useRef(false);
  return {
    onKeyDown: (event: KeyboardEvent<HTMLSelectElement>) => {
      if (DECIDING_KEYS.has(event.key)) return;
      keyed.current = true;
      setTimeout(() => {
        keyed.current = false;
      });
    },
    /** Whether the change being handled came from a key pressed on the closed field. */
    isKeyed: () => keyed.current,
  };
}
