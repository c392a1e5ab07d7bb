import type { LocalizedText } from './schema';

/** A text chosen from a {@link LocalizedText}, with the language it is in (for the element's `lang`). */
export interface PickedText {
  text: string;
  language: string;
}

/**
 * The text in `preferred` (the interface language) when the article has it, else in `original` (the article's
 * original language), else in whichever language comes first; `undefined` for an absent or empty text.
 */
export function pickLocalized(
  text: LocalizedText | undefined,
  preferred: string,
  original: string,
): PickedText | undefined {
  if (!text) return undefined;
  for (const language of [preferred, original, ...Object.keys(text)]) {
    const value = text[language];
    if (value !== undefined && value !== '') return { text: value, language };
  }
  return undefined;
}
