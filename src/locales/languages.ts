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

type Strings = Record<string, unknown>;

const files = import.meta.glob<Strings>('./*/*.json', { import: 'default' });

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

const located = Object.keys(files).flatMap((path) => {
  const file = localeFile(path);
  return file ? [{ path, ...file }] : [];
});

/** The interface languages, English and German first, then any dropped-in locale in alphabetical order. */
export const interfaceLanguages: readonly string[] = orderLanguages(located.map((file) => file.language));

/** The namespaces, one per JSON file of the English locale (the reference every other locale is checked against). */
export const namespaces: readonly string[] = located
  .filter((file) => file.language === 'en')
  .map((file) => file.namespace)
  .sort();

const loading = new Map<string, Promise<Strings>>();

/** One locale file's strings, loaded once; a failed load (the network) is tried again on the next use. */
function loadFile(path: string): Promise<Strings> {
  let promise = loading.get(path);
  if (!promise) {
    promise = (files[path] as () => Promise<Strings>)();
    promise.catch(() => loading.delete(path));
    loading.set(path, promise);
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
  const own = located.filter((file) => file.language === language && only.includes(file.namespace));
  const entries = await Promise.all(
    own.map(async (file) => [file.namespace, await loadFile(file.path)] as const),
  );
  return Object.fromEntries(entries);
}
