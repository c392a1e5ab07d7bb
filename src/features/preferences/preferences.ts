/**
 * Reading preferences that are the reader's own, not part of a link: colour theme and text size. Remembered in
 * localStorage and applied as attributes on `<html>` (`data-theme`, `data-text-size`) that the CSS reads.
 * `public/preferences-boot.js` applies the same before the first paint; a test keeps the two in agreement.
 */

/** `system` follows the operating system's light or dark setting; the others override it. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Steps from the default size (0); the CSS maps each to a `--text-scale`. */
export const MIN_TEXT_SIZE = -1;
export const MAX_TEXT_SIZE = 3;

export interface Preferences {
  theme: ThemeChoice;
  textSize: number;
}

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', textSize: 0 };

export const THEME_STORAGE_KEY = 'stimmen.theme';
export const TEXT_SIZE_STORAGE_KEY = 'stimmen.textSize';

/** A stored theme, or `system` for anything else (nothing stored, an old or a tampered value). */
export function parseTheme(value: string | null): ThemeChoice {
  return THEME_CHOICES.find((choice) => choice === value) ?? 'system';
}

/** A stored text size step, or 0 for anything that is not a whole number in range. */
export function parseTextSize(value: string | null): number {
  if (value === null || !/^-?\d$/.test(value)) return 0;
  const size = Number(value);
  return size >= MIN_TEXT_SIZE && size <= MAX_TEXT_SIZE ? size : 0;
}

/** The text size `by` steps from `size`, kept in range. */
export function stepTextSize(size: number, by: number): number {
  return Math.min(MAX_TEXT_SIZE, Math.max(MIN_TEXT_SIZE, size + by));
}

/** The text scale a size step stands for; the CSS holds the same values for `data-text-size`. */
export function textScale(size: number): number {
  return TEXT_SCALES[size] ?? 1;
}
const TEXT_SCALES: Record<number, number> = { [-1]: 0.9, 0: 1, 1: 1.125, 2: 1.25, 3: 1.4 };

/** Storage may be missing or refuse (private modes, blocked cookies): preferences then last for the visit. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function readPreferences(): Preferences {
  const store = storage();
  try {
    return {
      theme: parseTheme(store?.getItem(THEME_STORAGE_KEY) ?? null),
      textSize: parseTextSize(store?.getItem(TEXT_SIZE_STORAGE_KEY) ?? null),
    };
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

export function savePreferences(preferences: Preferences): void {
  const store = storage();
  try {
    if (preferences.theme === 'system') store?.removeItem(THEME_STORAGE_KEY);
    else store?.setItem(THEME_STORAGE_KEY, preferences.theme);
    if (preferences.textSize === 0) store?.removeItem(TEXT_SIZE_STORAGE_KEY);
    else store?.setItem(TEXT_SIZE_STORAGE_KEY, String(preferences.textSize));
  } catch {
    // Quota or policy: the choice still applies to this page.
  }
}

/** Sets `data-theme` (absent for `system`) and `data-text-size` (absent for the default) on `root`. */
export function applyPreferences(
  preferences: Preferences,
  root: HTMLElement = document.documentElement,
): void {
  if (preferences.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', preferences.theme);
  if (preferences.textSize === 0) root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', String(preferences.textSize));
}
