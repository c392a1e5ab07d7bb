/**
 * A smaller version of Vite's helper for dynamic imports (`__vitePreload` in `\0vite/preload-helper.js`): it adds
 * a `<link rel="modulepreload">` for each of the import's dependencies not asked for before, so they load in
 * parallel with the chunk rather than after it, then imports. Vite's own also preloads stylesheets (this app has
 * one, linked from the HTML: `cssCodeSplit: false`), reads a CSP nonce from a meta tag (the app has none: its
 * scripts are all external), looks through the document's links before adding one, and reports a failed preload
 * as a `vite:preloadError` event (nothing listens; the import's own failure reaches the caller, as before). Every
 * page loads the helper in its first chunk: this one costs it about 610 bytes gzip less than Vite's.
 *
 * Vite does not preload in a server build, so the helper runs in browsers only. Vite resolves the module itself
 * (its `vite:build-import-analysis` plugin) and this plugin, run before it, loads it: should Vite rename the module or its export, the build fails on the missing export rather than ship without.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function smallPreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'stimmen-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      if (id !== HELPER) return undefined;
      return `const seen = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = ${JSON.stringify(base)} + dep;
    document.head.append(link);
  }
  return load();
};`;
    },
  };
}
