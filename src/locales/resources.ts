/**
 * Every locale is a folder of namespace files (`src/locales/<lang>/<namespace>.json`). A new interface language
 * is added by dropping in such a folder: it is discovered here, offered in the header, and checked for missing
 * keys by the locale test.
 */
import type { Resource } from 'i18next';

type LocaleFiles = Record<string, { default: Record<string, unknown> }>;

/**
 * Turns locale files keyed by their path (`./<lang>/<namespace>.json`, as `import.meta.glob` returns them) into
 * i18next resources, `{ [language]: { [namespace]: strings } }`. Other paths are ignored.
 */
export function collectResources(files: LocaleFiles): Resource {
  const collected: Resource = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    collected[language] ??= {};
    (collected[language] as Record<string, unknown>)[namespace] = module.default;
  }
  return collected;
}

/** The languages of `resources`, English and German first, then the others in alphabetical order. */
export function orderLanguages(resources: Resource): string[] {
  const rank = (l: string) => (l === 'en' ? 0 : l === 'de' ? 1 : 2);
  return Object.keys(resources).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** All resources as i18next expects them. */
export const resources: Resource = collectResources(
  import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true }),
);

/** The interface languages, English and German first, then any dropped-in locale in alphabetical order. */
export const interfaceLanguages: readonly string[] = orderLanguages(resources);

/** The namespaces, one per JSON file of the English locale (the reference every other locale is checked against). */
export const namespaces: readonly string[] = Object.keys(resources.en ?? {}).sort();

/** A language's name in that language ("Deutsch", "English", "Français"), from Intl rather than a resource. */
export function languageAutonym(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
