import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { bootFailureNotice } from './scripts/boot-failure.ts';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from './scripts/content-security-policy.ts';
import { FIRST_NAMESPACES } from './src/locales/first-namespaces.ts';

/**
 * The chunk of a locale file (`src/locales/<lang>/<namespace>.json`): `locale-<lang>` for the namespaces a page's
 * first render needs (`FIRST_NAMESPACES`), `locale-<lang>-parts` for the others; `null` for any other module.
 */
export function localeChunk(id: string): string | null {
  const match = /[\\/]src[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/.exec(id);
  if (!match) return null;
  const [, language, namespace] = match;
  return FIRST_NAMESPACES.includes(namespace as string) ? `locale-${language}` : `locale-${language}-parts`;
}

/** The entry chunk (from `index.html`), and the chunks every page has loaded once `start` runs (its static imports). */
const ENTRY = /(^|\/)index-[\w-]+\.js$/;
const STARTED = /(^|\/)(index|start|rolldown-runtime|vendor|shared)-[\w-]+\.js$/;

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), bootFailureNotice()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // One stylesheet, linked from the HTML: a prerendered page must be styled before any script runs, also with
    // CSS of components that load later (the reader is in a chunk the entry imports after the first paint).
    cssCodeSplit: false,
    // Every browser the build targets (ES2022) preloads modules itself: no polyfill in the entry. A dynamic import
    // made after the app has started need not preload what started it (the entry, `start` and their static
    // imports: runtime, libraries, shared modules), which every page has by then, nor a chunk that imports
    // nothing else (the locale chunks); listing them in every import of the first chunk cost its gzip ~120 bytes.
    // The entry's own import of `start` keeps its whole list.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, { hostType, hostId }) => {
        if (hostType !== 'js' || ENTRY.test(hostId)) return deps;
        const needed = deps.filter((dep) => !STARTED.test(dep));
        // A chunk that imports nothing else is fetched by the import itself: a preload would only race it.
        return needed.length === 1 && needed[0] === file ? [] : needed;
      },
    },
    // dist/.vite/manifest.json: which chunks a prerendered page preloads (scripts/prerender.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Two chunks per interface language (`src/locales/<lang>/*.json`, loaded by `src/locales/languages.ts`)
          // rather than one per namespace file: what the first render needs, and the rest.
          groups: [
            { name: localeChunk, debugName: 'locale' },
            // The libraries every page runs before it is interactive, in one file rather than split by which
            // lazy chunk shares them: fewer requests while the page loads. Not TanStack Query: only the pages that
            // query load it (`src/app/query-client.tsx`), a prerendered article does not.
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|use-sync-external-store)[\\/]/,
            },
            // The small modules that the first render and later chunks (aside, library, importer) share, in one
            // file rather than one each of a few hundred bytes: every file is a request, and gzip compresses one
            // larger file better than several small ones (the first page's JavaScript: 110,081 -> 109,682 bytes).
            {
              name: 'shared',
              test: /[\\/]src[\\/](core[\\/](dates[\\/](format|partial-date)|reader[\\/]url-state|speakers[\\/](names|colours))|ui[\\/]plain-click)\.ts$/,
            },
            // TanStack Query in one file too, loaded by the pages that query.
            { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
  // Locale files as `JSON.parse("…")`: compact, and nothing uses their keys as named exports.
  json: { stringify: true },
  preview: {
    port: 4173,
    strictPort: false,
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/setup-tests.ts'],
    // `UPDATE_GOLDEN=1 npx vitest run` rewrites golden files (e.g. the annotator's) instead of failing on a diff.
    update: process.env.UPDATE_GOLDEN === '1',
  },
});
