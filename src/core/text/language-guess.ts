/**
 * Guesses the language of a text from the frequencies of each language's commonest function words
 * (`function-words.ts`). Small, fast and honest about doubt: a text too short to tell, or one in none of the
 * known languages, is `unknown`; a mixed text gets a low certainty.
 */
import { FUNCTION_WORDS, type GuessableLanguage } from './function-words';

/** A guess: the language (BCP 47) or `unknown`, and how sure it is. */
export interface LanguageGuess {
  language: GuessableLanguage | 'unknown';
  /**
   * From 0 (no idea) to 1 (certain): how far the winner's function words outnumber the runner-up's, scaled down
   * while there are few of them. 0 for `unknown`.
   */
  certainty: number;
}

/** Fewer words than this say too little about a language: "Merkel: Nein" is no evidence. */
export const MIN_WORDS = 5;

/**
 * Function words the winner needs for full certainty; fewer scale the certainty down. A sentence of news holds
 * six to ten of them, so one to two sentences suffice.
 */
const FULL_EVIDENCE = 8;

/** Below this share of the words, the winner's function words are chance hits in a language not in the table. */
const MIN_SHARE = 0.12;

/** The guesser reads no more than this many characters (UTF-16) from the start: plenty, and a 4 MB text stays fast. */
const SAMPLE = 10_000;

/** From this certainty on a guess is clear enough to act on (store the text in that language). */
export const CLEAR_CERTAINTY = 0.5;

const UNKNOWN: LanguageGuess = { language: 'unknown', certainty: 0 };

/** The lower-cased words of `text`, cut by `Intl.Segmenter` (which knows apostrophes and non-Latin scripts). */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const segment of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text))
    if (segment.isWordLike) words.push(segment.segment.toLowerCase());
  return words;
}

/**
 * Quoted passages: German „…“ and »…«, French and Swiss «…», English “…”, and a typewriter's "…" within a
 * paragraph. A news text quotes people in their own language (an English minister in a German article), so its
 * language is that of the text around its quotes.
 */
const QUOTED = /„[^„“”]*[“”]|»[^»«]*«|«[^«»]*»|“[^“”]*”|"[^"\n]*"/g;

/** Guesses the language of `text` (see {@link LanguageGuess}); reads at most its first 10,000 characters. */
export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE);
  const around = wordsOf(sample.replace(QUOTED, ' '));
  // The words around the quotes when they are enough to tell, otherwise all of them (a text that is mostly quote).
  const words = around.length >= MIN_WORDS ? around : wordsOf(sample);
  if (words.length < MIN_WORDS) return UNKNOWN;
  const hits = (Object.keys(FUNCTION_WORDS) as GuessableLanguage[])
    .map((language) => ({
      language,
      count: words.filter((word) => FUNCTION_WORDS[language].has(word)).length,
    }))
    .sort((a, b) => b.count - a.count);
  const [best, second] = hits as [(typeof hits)[number], (typeof hits)[number]];
  if (best.count / words.length < MIN_SHARE) return UNKNOWN;
  const margin = (best.count - second.count) / best.count;
  const evidence = Math.min(1, best.count / FULL_EVIDENCE);
  return { language: best.language, certainty: Math.round(margin * evidence * 100) / 100 };
}

/**
 * The language to store an imported plain text in: the guessed one when the guess is clear, otherwise German,
 * the language the annotator reads (so an uncertain guess keeps the importer's behaviour from before it guessed).
 */
export function importLanguage(text: string): string {
  const guess = guessLanguage(text);
  return guess.language !== 'unknown' && guess.certainty >= CLEAR_CERTAINTY ? guess.language : 'de';
}
