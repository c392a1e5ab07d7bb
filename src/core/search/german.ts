/**
 * A light German normaliser and stemmer for search: the same function turns the indexed text and the query into
 * terms, so "Bündnis", "Bündnisses", "Bundnis" and "Buendnis" all become the term `bundnis`.
 *
 * Light on purpose (after Savoy's light stemmer for German, as in Lucene's `GermanLightStemmer`): it strips the
 * inflection endings (`-e`, `-en`, `-er`, `-es`, `-em`, `-ern`, `-s`, `-st`, `-est`) and folds umlauts, and does
 * not try to find word stems across derivation ("Verhandlung" stays apart from "verhandeln"). A wrong merge makes
 * unrelated results; a missed one only fewer. English translations go through the same steps: consistent on both
 * sides, it folds plurals ("ministers" → `minister`) and costs little precision.
 */
// From the slug's module, a chunk the pages share already: a module of its own made a chunk the reader listed.
import { spellUndecomposedLetters } from '../article/slug';

/** Letters before which a final `-s` is an inflection ending (genitive, plural), not part of the word. */
const S_ENDING = new Set('bdfghklmnrt');
/** Letters before which a final `-st` is a verb ending ("sagst", "hältst"). */
const ST_ENDING = new Set('bdfghklmnt');

/**
 * Folds a word for comparison: lower case, `ß` → `ss`, umlauts and their spelt-out forms (`ä`/`ae`, `ö`/`oe`,
 * `ü`/`ue`, except `ue` after `q` as in "Quelle") to the base vowel, other accents dropped (`é` → `e`), letters
 * without a decomposition spelt in ASCII (`đ` → `d`, `ł` → `l`).
 */
export function foldGerman(word: string): string {
  return spellUndecomposedLetters(word.toLowerCase())
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(?<!q)([aou])e/g, '$1');
}

/** Removes the first inflection ending (Savoy's step 1); `word` is folded. Lengths keep short words whole. */
function stripCaseEnding(word: string): string {
  const n = word.length;
  if (n > 5 && word.endsWith('ern')) return word.slice(0, -3);
  if (n > 4 && /e[mnrs]$/.test(word)) return word.slice(0, -2);
  if (n > 3 && word.endsWith('e')) return word.slice(0, -1);
  if (n > 3 && word.endsWith('s') && S_ENDING.has(word.charAt(n - 2))) return word.slice(0, -1);
  return word;
}

/** Removes a second, verbal or comparative ending (Savoy's step 2); `word` is folded. */
function stripVerbEnding(word: string): string {
  const n = word.length;
  if (n > 5 && word.endsWith('est')) return word.slice(0, -3);
  if (n > 4 && /e[nr]$/.test(word)) return word.slice(0, -2);
  if (n > 4 && word.endsWith('st') && ST_ENDING.has(word.charAt(n - 3))) return word.slice(0, -2);
  return word;
}

/**
 * The search term of one word: folded, inflection endings stripped, and a doubled final `s` made single, so that
 * the `-nis`/`-nisse` nouns ("Bündnis", "Bündnisse", "Bündnisses") share a term.
 */
export function stemGerman(word: string): string {
  const stem = stripVerbEnding(stripCaseEnding(foldGerman(word)));
  return stem.endsWith('ss') ? stem.slice(0, -1) : stem;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, as written (letters and digits; punctuation, quotation marks and spaces separate them). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The search terms of a text, in order: {@link words}, each through {@link stemGerman}. */
export function searchTerms(text: string): string[] {
  return words(text).map(stemGerman);
}
