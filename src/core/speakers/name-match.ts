/**
 * Finding a speaker by part of their name, as a person types it: "hegner" finds "Paul Hegner", "OConnor" and
 * "o connor" find "Siobhán O'Connor", "Dorde" finds "Đorđe Balašević". Words are folded as the site's search folds
 * them (`foldGerman`: case, accents, umlauts and their spelt-out forms, letters such as `đ` spelt in ASCII), but
 * not stemmed: a name is not inflected, and "Schulz" should not find "Schulze".
 */
import { foldGerman, words } from '../search/german';

/**
 * A name made ready to be matched, once per name: its words folded and written together (`O'Connor` → `oconnor`),
 * and the positions in that string where each of its words begins (`[0, 1]`).
 */
export interface MatchableName {
  letters: string;
  starts: number[];
  /**
   * The name written together from each of its words on, folded as one word, where that differs from the words
   * folded apart: "Rosa Ebert" → `rosabert` (the `ae` across the space reads as an `ä` spelt out, as in the typed
   * "rosaebert", which the site's search finds: {@link runOnNames}). Empty for most names.
   */
  foldedTogether: string[];
}

/** Typed text made ready to match names: its words folded, and the same written together. */
export interface NameQuery {
  words: string[];
  joined: string;
}

/**
 * The folded words of `text`: letters and digits, all else separates them. Folded whole, then split: the same as
 * word by word (folding keeps the separators, and its `ae` → `a` never spans one), in a third of the time.
 */
function foldedWords(text: string): string[] {
  return words(foldGerman(text));
}

/**
 * Whether folding the words of a name together could differ from folding them apart (`letters`, `starts` as in
 * {@link MatchableName}): where one word ends in `a`, `o` or `u` and the next begins with `e` (`ae` is a spelt-out
 * `ä`), or a word ends in `q` (`que` keeps its `e`, which the next word alone, `ue…`, lost). A test of two letters
 * per word, so that only such names pay for folding once more.
 */
function foldsAcrossWords(letters: string, starts: readonly number[]): boolean {
  return starts.some((start) => {
    if (start === 0) return false;
    const before = letters.charAt(start - 1);
    return before === 'q' || (letters.charAt(start) === 'e' && 'aou'.includes(before));
  });
}

/** `name` ready for {@link nameMatches}. */
export function matchableName(name: string): MatchableName {
  let letters = '';
  const starts: number[] = [];
  for (const word of foldedWords(name)) {
    starts.push(letters.length);
    letters += word;
  }
  const foldedTogether = foldsAcrossWords(letters, starts) ? runOnNames(name).map(foldGerman) : [];
  return { letters, starts, foldedTogether };
}

/** `text` ready for {@link nameMatches}; `undefined` when it has no letter or digit to look for. */
export function nameQuery(text: string): NameQuery | undefined {
  const folded = foldedWords(text);
  return folded.length === 0 ? undefined : { words: folded, joined: folded.join('') };
}

/**
 * Whether `part` is written in `name` from the beginning of one of its words (it may run on into the next, folded
 * apart or, as the search folds a typed word, together).
 */
function beginsAWord(name: MatchableName, part: string): boolean {
  return (
    name.starts.some((start) => name.letters.startsWith(part, start)) ||
    name.foldedTogether.some((together) => together.startsWith(part))
  );
}

/**
 * Whether the typed `query` names `name`: every typed word begins one of the name's words, in any order ("hegner",
 * "Heg", "hegner pete"), or the typed words written together begin one ("Eva-Maria" finds "Evamaria"). A word of
 * the name is found together with those after it, so "OConnor" finds "O'Connor" and "jeanluc" "Jean-Luc". Case,
 * accents and umlauts do not count (`foldGerman`), also across the words typed together ("rosaebert" finds "Rosa
 * Ebert", as the site's search does). Allocation-free once both are prepared: fast over thousands.
 */
export function nameMatches(name: MatchableName, query: NameQuery): boolean {
  return query.words.every((word) => beginsAWord(name, word)) || beginsAWord(name, query.joined);
}

/**
 * The name's words written together from each of its words on, but the last, as they are spelt
 * (`Siobhán O'Connor` → `SiobhánOConnor`, `OConnor`; `Kramp-Karrenbauer` → `KrampKarrenbauer`): where
 * {@link nameMatches} finds a typed word that runs on into the next word of the name. The site's search indexes them
 * beside the name's words, so that its prefix search finds a name typed without its apostrophe, hyphen or space as
 * this filter does. Not folded here: the search folds each with `foldGerman` as one word, as it folds the word a
 * person types ("rosaebert" and "Rosa Ebert" both become `rosabert`, where folding the words apart would keep the
 * `e`). None for a name of one word.
 */
export function runOnNames(name: string): string[] {
  const parts = words(name);
  return parts.slice(0, -1).map((_, i) => parts.slice(i).join(''));
}

/**
 * The values any of whose names (`name`, and the names per interface language in `localizedName`: „Moskau“ as well
 * as „Moscow“) `text` matches ({@link nameMatches}), in the order of `values`; none when `text` has no letters.
 */
export function valuesNamed<T extends { name: string; localizedName?: Record<string, string> }>(
  values: readonly T[],
  text: string,
): T[] {
  const query = nameQuery(text);
  if (query === undefined) return [];
  return values.filter((value) =>
    [value.name, ...Object.values(value.localizedName ?? {})].some((name) =>
      nameMatches(matchableName(name), query),
    ),
  );
}
