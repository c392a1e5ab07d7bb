import { createContext, useContext } from 'react';

/**
 * The locale to format dates and numbers in, given by the app once it has hydrated the page (`src/app/start.tsx`:
 * the interface language's variant the browser prefers, `regionalLocale`); absent on the server and in the render
 * that hydrates, which format in the interface language as the prerenderer did (it cannot know the reader's
 * browser), so that React finds the markup it expects (no error #418). A context rather than a store each part
 * reads: the app's first chunk has it, and a part that loads later adds no code for it.
 */
export const FormatLocaleContext = createContext<string | undefined>(undefined);

/** The locale to format dates and numbers in for interface language `language` (see `FormatLocaleContext`). */
export function useFormatLocale(language: string): string {
  return useContext(FormatLocaleContext) ?? language;
}
