/**
 * The interface languages' strings as modules the browser loads: `virtual:locales` lists the languages and the
 * namespaces, and gives each language two loaders: of the namespaces a page's first render needs
 * (`FIRST_NAMESPACES`), and of the rest; each loads a module (`virtual:locale/<lang>/<first|rest>`) that imports that
 * part's JSON files (`src/locales/<lang>/<namespace>.json`) and exports them by namespace. The files are found when
 * the module is built, so a new language is still a folder dropped into `src/locales/`.
 *
 * This replaces `import.meta.glob` over the JSON files: its map had a loader per file (16 namespaces × each
 * language), all in the first chunk every page loads; this has two per language (first JavaScript −270 bytes
 * gzip). The chunks themselves are as before (`localeChunk` in `vite.config.ts`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_NAMESPACES } from '../src/locales/first-namespaces.ts';

const LIST = 'virtual:locales';
const PART = /^virtual:locale\/([\w-]+)\/(first|rest)$/;

/** The languages (folders) of `root`, each with its namespaces (JSON files), sorted. */
export function localeFolders(root: string): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const entry of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()))
    folders.set(
      entry.name,
      readdirSync(join(root, entry.name))
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length))
        .sort(),
    );
  return new Map([...folders].sort(([a], [b]) => a.localeCompare(b)));
}

export function localeModules(root: string): Plugin {
  return {
    name: 'stimmen-locale-modules',
    resolveId: (id) => (id === LIST || PART.test(id) ? `\0${id}` : undefined),
    load(id) {
      const name = id.slice(1);
      if (!id.startsWith('\0') || (name !== LIST && !PART.test(name))) return undefined;
      const folders = localeFolders(root);
      if (name === LIST) {
        const loaders = [...folders.keys()].map(
          (language) =>
            `${JSON.stringify(language)}: [() => import("virtual:locale/${language}/first"), () => import("virtual:locale/${language}/rest")]`,
        );
        return [
          `export const namespaces = ${JSON.stringify(folders.get('en') ?? [])};`,
          `export const chunks = { ${loaders.join(', ')} };`,
        ].join('\n');
      }
      const [, language = '', part] = PART.exec(name) ?? [];
      const own = (folders.get(language) ?? []).filter(
        (namespace) => FIRST_NAMESPACES.includes(namespace) === (part === 'first'),
      );
      for (const namespace of own) this.addWatchFile(join(root, language, `${namespace}.json`));
      return [
        ...own.map(
          (namespace, i) => `import n${i} from ${JSON.stringify(join(root, language, `${namespace}.json`))};`,
        ),
        `export default { ${own.map((namespace, i) => `${JSON.stringify(namespace)}: n${i}`).join(', ')} };`,
      ].join('\n');
    },
  };
}
