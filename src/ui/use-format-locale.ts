import { createContext, useContext } from 'react';
import { regionalLocale } from '../core/text/regional-locale';

/**
 * Whether dates and numbers take the browser's variant of the interface language: set by the app once it has taken
 * over the whole page (`src/app/start.tsx`). Not on the server, nor while the app hydrates prerendered markup,
 * which then formats in the interface language as the prerenderer did (it cannot know the reader's browser), so
 * that React finds the markup it expects (no error #418). A context in the app's first chunk: a part that loads
 * later adds no code for it.
 */
export const FormatLocaleContext = createContext(false);

/**
 * The locale to format dates and numbers in for interface language `language`: its variant the browser prefers
 * (`regionalLocale`: `en-GB`) once the app has taken over the page (see `FormatLocaleContext`), else `language`.
 */
export function useFormatLocale(language: string): string {
  return useContext(FormatLocaleContext) ? regionalLocale(language, navigator.languages) : language;
}
