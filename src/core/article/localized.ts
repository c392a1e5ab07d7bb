/**
 * Picking one language out of a per-language text (a title, a role, a place, an event label, a disclaimer) for
 * the reader.
 */
import type { LocalizedText } from './schema';

/** A text chosen from a {@link LocalizedText}, with the language it is in (for the element's `lang`). */
export interface PickedText {
  text: string;
  /** The language of `text`; callers set it as `lang` when it differs from the interface language. */
  language: string;
}

const primary = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? tag;

/**
 * The text in `locale` (the interface language; exact tag, else the same primary language, e.g. `de-AT` for
 * `de`), else in `fallback` (usually the article's original language), else in the first language present.
 * Empty strings do not count; `undefined` when nothing is left.
 */
export function pickLocalized(
  text: LocalizedText | undefined,
  locale: string,
  fallback: string,
): PickedText | undefined {
  if (!text) return undefined;
  const entries = Object.entries(text).filter(([, value]) => value !== '');
  const found =
    entries.find(([language]) => language === locale) ??
    entries.find(([language]) => primary(language) === primary(locale)) ??
    entries.find(([language]) => language === fallback) ??
    entries[0];
  return found ? { language: found[0], text: found[1] } : undefined;
}

/** Whether two language tags name the same language for the purpose of a `lang` attribute. */
export function sameLanguage(a: string, b: string): boolean {
  return primary(a) === primary(b);
}
