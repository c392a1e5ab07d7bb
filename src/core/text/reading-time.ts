/**
 * Reading-time estimate for an article's text. Words are counted with `Intl.Segmenter` so that languages without
 * spaces between words and punctuation-heavy text count as a reader perceives them.
 */

/**
 * Silent reading speed of adults for non-fiction, in words per minute. Brysbaert (2019) measured about 238 wpm
 * for English and about 260 for German and Spanish; one rounded figure keeps the estimate honest without
 * pretending to a precision it cannot have.
 */
export const WORDS_PER_MINUTE = 230;

/** The number of word-like segments in `text`, segmented by the rules of `locale` (BCP 47). */
export function countWords(text: string, locale: string): number {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/**
 * Whole minutes needed to read `words` words at `wordsPerMinute`, rounded to the nearest minute but at least 1
 * for any text at all (a "0 minutes" estimate reads as a mistake); 0 only for no words.
 */
export function readingMinutes(words: number, wordsPerMinute: number = WORDS_PER_MINUTE): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Minutes to read all of `paragraphs` (texts in `locale`). */
export function estimateReadingMinutes(paragraphs: readonly string[], locale: string): number {
  const words = paragraphs.reduce((sum, text) => sum + countWords(text, locale), 0);
  return readingMinutes(words);
}
