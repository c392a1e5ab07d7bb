/** Slugs for ids, from any title or name: `„Hafen: Rat stimmt ab“` → `hafen-rat-stimmt-ab`. */

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Latin letters that Unicode does not decompose into a base letter and a mark (`đ` is not `d` + a stroke), so that
 * removing marks after NFD/NFKD leaves them as they are: `Đorđe`, `Łukasz`, `Søren`, `Ærø`, `Œuvre`.
 */
const UNDECOMPOSED: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ŧ: 't',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

const UNDECOMPOSED_LETTER = /[đðħıłøŧæœþ]/g;

/**
 * `text` (lower case) with each Latin letter that has no decomposition spelt in plain ASCII letters (`đ` → `d`,
 * `ł` → `l`, `ø` → `o`, `æ` → `ae`, `þ` → `th`), so that a slug or a search term of `Đorđe Šćepanović` is
 * `dorde scepanovic` once the marks of the other letters are removed, not `or e scepanovic`. Linear time.
 */
export function spellUndecomposedLetters(text: string): string {
  return text.replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/** `text` without leading and trailing hyphens; a loop, since `/^-+|-+$/` is quadratic on long runs of "-". */
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '-') start++;
  while (end > start && text[end - 1] === '-') end--;
  return text.slice(start, end);
}

/**
 * Where a slug longer than its limit is cut. `'word'`: after its last whole word within the limit, so that an
 * imported article's address ends `…-umgeschlagen`, not `…-umgeschla` (mid-word only when the first word alone is
 * longer than the limit). `'character'`: at the limit itself, mid-word or not - the cut of the keys recomputed from
 * stored names (speaker pages `/speakers/:key`, sources, ids given to the corpus tool), kept so that their addresses
 * and links stay what they were.
 */
export type SlugCut = 'word' | 'character';

/** `slug` (hyphens between words, none at either end) cut to at most `max` characters as `cut` says. */
function cutSlug(slug: string, max: number, cut: SlugCut): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max);
  if (cut === 'character' || slug[max] === '-') return trimHyphens(head);
  const lastBreak = head.lastIndexOf('-');
  return lastBreak > 0 ? head.slice(0, lastBreak) : head;
}

/**
 * A slug of lower-case letters, digits and single hyphens, at most `max` characters (cut as `cut` says), or
 * `fallback` when the text has no letters or digits. German umlauts become ae, oe, ue; other accents are dropped,
 * and letters without a decomposition are spelt in ASCII (`Đorđe` → `dorde`, `Łódź` → `lodz`). Linear time.
 */
export function slugify(text: string, fallback = 'article', max = 60, cut: SlugCut = 'word'): string {
  const words = spellUndecomposedLetters(text.toLowerCase())
    .replace(/[äöüß]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-');
  const slug = cutSlug(trimHyphens(words), max, cut);
  return slug === '' ? fallback : slug;
}
