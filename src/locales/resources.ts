/**
 * Every locale's strings at once, bundled: for the prerenderer (which runs in Node) and the tests. The browser loads
 * one language at a time through `./languages`.
 */
import type { Resource } from 'i18next';
import { localeFile } from './languages';

export { interfaceLanguages, namespaces } from './languages';

type LocaleFiles = Record<string, { default: Record<string, unknown> }>;

/**
 * Turns locale files keyed by their path (`./<lang>/<namespace>.json`, as `import.meta.glob` returns them) into
 * i18next resources, `{ [language]: { [namespace]: strings } }`. Other paths are ignored.
 */
export function collectResources(files: LocaleFiles): Resource {
  const collected: Resource = {};
  for (const [path, module] of Object.entries(files)) {
    const file = localeFile(path);
    if (!file) continue;
    collected[file.language] ??= {};
    (collected[file.language] as Record<string, unknown>)[file.namespace] = module.default;
  }
  return collected;
}

/** All resources as i18next expects them. */
export const resources: Resource = collectResources(
  import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true }),
);
