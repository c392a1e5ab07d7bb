/**
 * Picking one language out of a per-language text (a role, a place, an event label) for the reader.
 */
import type { LocalizedText } from './schema';

export interface PickedText {
  text: string;
  /** The language of `text`; callers set it as `lang` when it differs from the interface language. */
  language: string;
}

const primary = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? tag;

/**
 * The text in `locale` (exact tag, else the same primary language, e.g. `de-AT` for `de`), else in `fallback`
 * (usually the article's original language), else in the first language present; `undefined` when empty.
 */
export function pickLocalized(
  text: LocalizedText | undefined,
  locale: string,
  fallback: string,
): PickedText | undefined {
  if (!text) return undefined;
  const entries = Object.entries(text);
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
