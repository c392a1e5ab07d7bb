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
