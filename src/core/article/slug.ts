/** Slugs for ids, from any title or name: `„Hafen: Rat stimmt ab“` → `hafen-rat-stimmt-ab`. */

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

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
 * text has no letters or digits. German umlauts become ae, oe, ue; other accents are dropped. Linear time.
 */
export function slugify(text: string, fallback = 'article', max = 60): string {
  const words = text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-');
  const slug = trimHyphens(trimHyphens(words).slice(0, max));
  return slug === '' ? fallback : slug;
}
