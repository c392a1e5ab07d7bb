/**
 * The source a formula of reporting names: "hieß es aus dem Rathaus", "verlautete aus dem Ministerium". The formula
 * makes whatever it names a source, a building or a place included, which on its own would not speak.
 */
import type { SpeakerEntity } from '../model';
import { DETERMINERS } from '../lexicon/nouns';
import type { Token } from '../text/tokens';
import type { SpeakerBook } from './speaker-book';

/**
 * The speaker of a source phrase: whom the book resolves it to, or else the group its capitalised words name
 * ("dem Rathaus" → "Rathaus"); `undefined` for a phrase with no capitalised word.
 */
export function formulaSource(book: SpeakerBook, phrase: readonly Token[]): SpeakerEntity | undefined {
  const resolved = book.resolve(phrase)?.speaker;
  if (resolved) return resolved;
  const words = phrase.filter((t) => t.word && !DETERMINERS.has(t.lower));
  return words.some((t) => t.capital) ? book.collective(words.map((t) => t.text).join(' ')) : undefined;
}
