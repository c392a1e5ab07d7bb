/** Slugs for article ids, from any title: `„Hafen: Rat stimmt ab“` → `hafen-rat-stimmt-ab`. */

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A slug of at most `max` characters, or `fallback` when the text has no letters or digits. */
export function slugify(text: string, fallback = 'article', max = 60): string {
  const slug = text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
}
