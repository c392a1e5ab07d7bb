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
 * A slug of lower-case letters, digits and single hyphens, at most `max` characters, or `fallback` when the
 * text has no letters or digits. German umlauts become ae, oe, ue; other accents are dropped, and letters without
 * a decomposition are spelt in ASCII (`Đorđe` → `dorde`, `Łódź` → `lodz`). Linear time.
 */
export function slugify(text: string, fallback = 'article', max = 60): string {
  const words = spellUndecomposedLetters(text.toLowerCase())
    .replace(/[äöüß]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-');
  const slug = trimHyphens(trimHyphens(words).slice(0, max));
  return slug === '' ? fallback : slug;
}
