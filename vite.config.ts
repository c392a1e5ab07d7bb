import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { bootFailureNotice } from './scripts/boot-failure.ts';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from './scripts/content-security-policy.ts';
import { localeModules } from './scripts/locale-modules.ts';
import { smallPreloadHelper } from './scripts/preload-helper.ts';
import { reactRouterTreeShaking } from './scripts/react-router-tree-shaking.ts';
import { devLibraryIndex } from './scripts/site/dev-library.ts';
import { FIRST_NAMESPACES } from './src/locales/first-namespaces.ts';
import { ARTICLE_DATA_CACHE, ARTICLE_PAGES_CACHE } from './src/storage/offline-caches.ts';

/**
 * The chunk of a locale file (`src/locales/<lang>/<namespace>.json`): `locale-<lang>` for the namespaces a page's
 * first render needs (`FIRST_NAMESPACES`), `locale-<lang>-parts` for the others; `null` for any other module.
 */
export function localeChunk(id: string): string | null {
  const part = /^\0virtual:locale\/([\w-]+)\/(first|rest)$/.exec(id);
  if (part) return part[2] === 'first' ? `locale-${part[1]}` : `locale-${part[1]}-parts`;
  const match = /[\\/]src[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/.exec(id);
  if (!match) return null;
  const [, language, namespace] = match;
  return FIRST_NAMESPACES.includes(namespace as string) ? `locale-${language}` : `locale-${language}-parts`;
}

/** The entry chunk (from `index.html`), and the chunks every page has loaded once `start` runs (its static imports). */
const ENTRY = /(^|\/)index-[\w-]+\.js$/;
const STARTED = /(^|\/)(index|start|rolldown-runtime|vendor|shared)-[\w-]+\.js$/;

/**
 * The web app manifest and the service worker (Workbox's `generateSW` through vite-plugin-pwa, which supports
 * Vite 8). The worker precaches the app shell: the HTML of the library page (also the fallback page of every
 * other route), every script chunk (the annotator's worker and every interface language among them), the
 * stylesheet and the icons. Shipped articles are cached when first read, not precached (README, "Offline").
 * The page registers the worker itself once the app has started (`src/app/service-worker.ts`); a new version
 * waits until the reader chooses to reload. `scripts/service-worker.ts` generates the worker again after
 * prerendering, so that the precached HTML is the prerendered one.
 */
const pwa = VitePWA({
  injectRegister: false,
  registerType: 'prompt',
  manifest: {
    name: 'Stimmen — who says what, and when',
    short_name: 'Stimmen',
    description: 'A reader for news that shows who says what, and when.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1f4e79',
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  // The icons are among `globPatterns`; the plugin would list them a second time.
  includeManifestIcons: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    // Shipped articles, in every interface language: cached on first read (below). The library page is `index.html`.
    // The worker's own scripts (`sw-routes.js`, `sw-first-install.js`: `importScripts` below) are not precached.
    globIgnores: ['articles/**', '*/articles/**', 'sw.js', 'sw-*.js', 'workbox-*.js'],
    // The search index's files bypass the worker where the browser can route them (`public/sw-routes.js`); the
    // first worker installed takes over the pages open (`public/sw-first-install.js`).
    importScripts: ['/sw-routes.js', '/sw-first-install.js'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^(?:\/[a-z]{2,3})?\/articles\//],
    cleanupOutdatedCaches: true,
    // A new version waits for the reader's consent (`src/app/service-worker.tsx`). Workbox's `clientsClaim` would
    // claim on every activation; the first install's claim is `public/sw-first-install.js`.
    skipWaiting: false,
    clientsClaim: false,
    // An article's page goes to the network first (below): with navigation preload the browser sends that request
    // while it starts a stopped worker, not after (measured: a repeat visit to a stopped worker 224 -> 216 ms).
    navigationPreload: true,
    runtimeCaching: [
      {
        // An article's page: the network first (a corrected article shows at once), the copy read last offline,
        // else the app's page, which then says the article is not available.
        // Inline: Workbox copies this function's source into the worker (same test as `isArticlePage`).
        urlPattern: ({ url }) => /^(?:\/[a-z]{2,3})?\/articles\/[^/.]+$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: ARTICLE_PAGES_CACHE, precacheFallback: { fallbackURL: '/index.html' } },
      },
      {
        // Inline, as above (same test as `isArticleData`).
        urlPattern: ({ url }) =>
          /^\/(?:articles\/|archive\/(?!search\/[\w-]+\/))[^?#]+\.json$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: ARTICLE_DATA_CACHE },
      },
    ],
  },
});

export default defineConfig(({ command, isSsrBuild }) => ({
  resolve: {
    // React Router's production build in the app: the package resolves its development build (warnings and
    // invariant messages) under every condition a browser build uses (first page's JavaScript -540 bytes gzip).
    alias: [
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(new URL('./src/app/use-sync-external-store-shim.ts', import.meta.url)),
      },
      ...(command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                import.meta.resolve('react-router').replace('/development/', '/production/'),
              ),
            },
          ]
        : []),
    ],
  },
  plugins: [
    react(),
    localeModules(fileURLToPath(new URL('./src/locales', import.meta.url))),
    smallPreloadHelper(),
    reactRouterTreeShaking(),
    contentSecurityPolicyMeta(),
    bootFailureNotice(),
    devLibraryIndex(),
    pwa,
  ],
  build: {
    target: 'es2022',
    // Source maps are written (to debug a build, and to map a chunk's bytes to its modules as docs/measurements.md
    // does), but no chunk names its map: the `//# sourceMappingURL` line cost each chunk of the first screen ~40
    // bytes of gzip, and a browser fetches a map only when its developer tools are open anyway.
    sourcemap: 'hidden',
    // One stylesheet, linked from the HTML: a prerendered page must be styled before any script runs, also with
    // CSS of components that load later (the reader is in a chunk the entry imports after the first paint).
    cssCodeSplit: false,
    // Every browser the build targets (ES2022) preloads modules itself: no polyfill in the entry. A dynamic import
    // made after the app has started need not preload what started it (the entry, `start` and their static
    // imports: runtime, libraries, shared modules), which every page has by then, nor the imported chunk itself,
    // which the import fetches; listing them in every import of the first chunk cost its gzip ~120 bytes, and
    // the chunks themselves ~80 more. The entry's own import of `start` keeps the rest of its list.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, { hostType, hostId }) => {
        if (hostType !== 'js') return deps;
        // The imported chunk itself is fetched by the import: a preload would only race it.
        return deps.filter((dep) => dep !== file && (ENTRY.test(hostId) || !STARTED.test(dep)));
      },
    },
    // dist/.vite/manifest.json: which chunks a prerendered page preloads (scripts/prerender.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // Six characters of hash (36 bits) name a chunk as surely as eight among a few hundred files; the first
        // chunk lists every lazy chunk's name, and random characters do not compress (the article page's first
        // JavaScript: 110,003 -> 109,882 bytes). The server build keeps its names (`dist-ssr/entry-server.js`).
        ...(isSsrBuild
          ? {}
          : { entryFileNames: 'assets/[name]-[hash:6].js', chunkFileNames: 'assets/[name]-[hash:6].js' }),
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
              test: /[\\/]src[\\/](core[\\/](dates[\\/](format|partial-date)|reader[\\/]url-state|speakers[\\/](names|colours))\.ts|ui[\\/](plain-click\.ts|Notice\.tsx|Link\.tsx))$/,
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
}));
