/**
 * The interface languages and their strings, for the browser. Every locale is a folder of namespace files
 * (`src/locales/<lang>/<namespace>.json`): a new language is added by dropping in such a folder, which is discovered
 * here, offered in the header and checked for missing keys by the locale test.
 *
 * The files are not bundled with the app: each language's files make two chunks (see `vite.config.ts`), loaded when
 * that language is first used, so a page carries the strings of its own interface language only: the namespaces
 * the first render needs (`FIRST_NAMESPACES`), and the rest, which the parts that load later wait for.
 */
import type { ResourceLanguage } from 'i18next';
import { chunks, namespaces as englishNamespaces } from 'virtual:locales';
import { FIRST_NAMESPACES } from './first-namespaces';

type Strings = Record<string, Record<string, unknown>>;

/** The language and namespace of a locale file's path (`./<lang>/<namespace>.json`), or `undefined`. */
export function localeFile(path: string): { language: string; namespace: string } | undefined {
  const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { language: match[1] as string, namespace: match[2] as string } : undefined;
}

/** `languages`, English and German first, then the others in alphabetical order. */
export function orderLanguages(languages: Iterable<string>): string[] {
  const rank = (l: string) => (l === 'en' ? 0 : l === 'de' ? 1 : 2);
  return [...new Set(languages)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The interface languages, English and German first, then any dropped-in locale in alphabetical order. */
export const interfaceLanguages: readonly string[] = orderLanguages(Object.keys(chunks));

/** The namespaces, one per JSON file of the English locale (the reference every other locale is checked against). */
export const namespaces: readonly string[] = englishNamespaces;

const loading = new Map<string, Promise<Strings>>();

/** One part of a language's strings, loaded once; a failed load (the network) is tried again on the next use. */
function loadPart(language: string, part: 'first' | 'rest'): Promise<Strings> {
  const key = `${language}/${part}`;
  let promise = loading.get(key);
  if (!promise) {
    const load = chunks[language]?.[part === 'first' ? 0 : 1];
    promise = load ? load().then((module) => module.default) : Promise.resolve({});
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}

/**
 * The namespaces `only` (by default all) of `language`, as i18next expects them (`{ [namespace]: strings }`).
 * The first render needs `FIRST_NAMESPACES` (`./first-namespaces`), which come in a chunk of their own.
 */
export async function loadLanguage(
  language: string,
  only: readonly string[] = namespaces,
): Promise<ResourceLanguage> {
  const none: Strings = {};
  const parts = await Promise.all([
    only.some((namespace) => FIRST_NAMESPACES.includes(namespace)) ? loadPart(language, 'first') : none,
    only.some((namespace) => !FIRST_NAMESPACES.includes(namespace)) ? loadPart(language, 'rest') : none,
  ]);
  const strings: ResourceLanguage = {};
  for (const part of parts)
    for (const [namespace, values] of Object.entries(part))
      if (only.includes(namespace)) strings[namespace] = values;
  return strings;
}
