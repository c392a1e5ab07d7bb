/**
 * Which interface language a visit starts in: `?lng=` in the address, else the reader's earlier choice
 * (remembered in localStorage), else the browser's languages in order of preference, else English. A candidate
 * counts when its language is an interface language (`de-AT` picks `de`); an unsupported one is skipped.
 */
export interface LanguageSources {
  /** The `lng` query parameter, if any. */
  query: string | null;
  /** The remembered choice, if any. */
  stored: string | null;
  /** `navigator.languages` (or `[navigator.language]`). */
  browser: readonly string[];
}

export function detectLanguage(
  sources: LanguageSources,
  supported: readonly string[],
  fallback = 'en',
): string {
  const candidates = [sources.query, sources.stored, ...sources.browser];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().replace(/_/g, '-');
    if (supported.includes(tag)) return tag;
    const language = tag.split('-')[0]?.toLowerCase() ?? '';
    if (supported.includes(language)) return language;
  }
  return fallback;
}

/** The key under which the reader's choice of interface language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'stimmen.lng';

/** The sources `detectLanguage` reads, from this page's address, storage and browser. */
export function pageLanguageSources(): LanguageSources {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage may be unavailable (private mode): no remembered choice.
  }
  return {
    query: new URLSearchParams(window.location.search).get('lng'),
    stored,
    browser: navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  };
}
