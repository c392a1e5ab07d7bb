/**
 * Every locale is a folder of namespace files (`src/locales/<lang>/<namespace>.json`). A new interface language
 * is added by dropping in such a folder: it is discovered here, offered in the header, and checked for missing
 * keys by the locale test.
 */
import type { Resource } from 'i18next';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true });

/** All resources as i18next expects them: `{ [language]: { [namespace]: strings } }`. */
export const resources: Resource = {};
for (const [path, module] of Object.entries(files)) {
  const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match) continue;
  const [, language, namespace] = match as unknown as [string, string, string];
  resources[language] ??= {};
  (resources[language] as Record<string, unknown>)[namespace] = module.default;
}

/** The interface languages, English and German first, then any dropped-in locale in alphabetical order. */
export const interfaceLanguages: readonly string[] = Object.keys(resources).sort((a, b) => {
  const rank = (l: string) => (l === 'en' ? 0 : l === 'de' ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b);
});

export const namespaces = ['common', 'library', 'reader', 'timeline'] as const;

/** A language's name in that language ("Deutsch", "English", "Français"), from Intl rather than a resource. */
export function languageAutonym(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
