/**
 * Prerenders the pages of the articles the site ships, after `vite build` (client, into `dist/`) and
 * `vite build --ssr` (the server entry `src/app/entry-server.tsx`, into `dist-ssr/`):
 *
 * - `/` from `articles/index.json` into `dist/index.html`,
 * - `/articles/<id>` from `articles/<id>.json` into `dist/articles/<id>.html` (static servers, `vite preview`
 *   among them, answer `/articles/<id>` with it).
 *
 * Every file is validated with the article schema first, and the build fails on an invalid one: the browser trusts
 * the data embedded in a prerendered page and does not load the validator for it. The pages are rendered in
 * English; see `canHydrate` in `src/app/main.tsx` for the other languages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LibraryResults } from '../src/core/archive/library-query';
import type { FacetValue } from '../src/core/archive/library-split';
import { parseArticleJson } from '../src/core/article/parse';
import type { Article } from '../src/core/article/schema';

/** The shape of the built server entry (`src/app/entry-server.tsx`). */
interface PrerenderedData {
  path: string;
  language: string;
  queries: [readonly unknown[], unknown][];
}
export interface ServerEntry {
  PRERENDERED_DATA_ID: string;
  renderPage(data: PrerenderedData): Promise<{ html: string; data: string }>;
  articlePageData(article: Article): PrerenderedData;
  libraryPageData(results: LibraryResults, sources: FacetValue[]): PrerenderedData;
}

export const DIST = resolve(import.meta.dirname, '../dist');
export const SSR_DIST = resolve(import.meta.dirname, '../dist-ssr');
/** The client build's `index.html`, kept before `dist/index.html` is overwritten with the prerendered library. */
const TEMPLATE = join(SSR_DIST, 'template.html');

export async function loadServerEntry(): Promise<ServerEntry> {
  return (await import(pathToFileURL(join(SSR_DIST, 'entry-server.js')).href)) as ServerEntry;
}

/** The client build's HTML shell; the first call after a build saves it. */
export function shellTemplate(): string {
  if (!existsSync(TEMPLATE)) {
    const built = readFileSync(join(DIST, 'index.html'), 'utf8');
    if (!built.includes('<div id="root"></div>'))
      throw new Error('dist/index.html is not a fresh client build: run `npm run build`');
    writeFileSync(TEMPLATE, built);
  }
  return readFileSync(TEMPLATE, 'utf8');
}

/**
 * The stylesheets moved before the first script in `<head>` (`preferences-boot.js`, then the module entry and
 * preloads Vite puts first): the CSS is what the prerendered text waits for to be painted, so it is requested first.
 * The theme still applies before the first paint: the boot script, a classic script, runs before the body is
 * parsed (after the stylesheet has loaded, which the first paint waits for anyway). Measured on the sample
 * article, two interleaved rounds of 11: time to article 668/576 ms with the stylesheet first against 844/792 ms
 * with the boot script first, throttled; 160/152 against 160/172 ms cold.
 */
function firstStylesheets(html: string): string {
  const stylesheets = html.match(/\s*<link rel="stylesheet"[^>]*>/g) ?? [];
  let out = html;
  for (const link of stylesheets) out = out.replace(link, '');
  return out.replace(
    /(\s*)<script\b/,
    (script, space: string) => `${stylesheets.join('')}${space}${script.trim()}`,
  );
}

interface ManifestChunk {
  file: string;
  name?: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/**
 * `<link rel="prefetch">` for the chunks a prerendered page runs right after its first paint: the app the entry
 * imports dynamically (`src/app/start.tsx`), the page's lazy route (`routeModules`), the strings of the page's
 * interface language (the chunk `locale-<language>`, see `vite.config.ts`), and their static imports.
 * They download while the page is painted, at low priority and without being compiled yet: measured on the sample
 * article, `modulepreload` (which also compiles them, on the main thread) delayed the first paint by about a third.
 */
function prefetches(routeModules: string[], language: string): string {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entryPreloads = new Set<string>();
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const collect = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) collect(imported, into);
  };
  if (entry) for (const imported of entry.imports ?? []) collect(imported, entryPreloads);
  const files = new Set<string>();
  const locale = Object.keys(manifest).find((key) => manifest[key]?.name === `locale-${language}`);
  if (!locale) throw new Error(`the build has no chunk locale-${language}`);
  for (const module of ['src/app/start.tsx', ...routeModules, locale]) collect(module, files);
  return [...files]
    .filter((file) => file !== entry?.file && !entryPreloads.has(file))
    .map((file) => `\n    <link rel="prefetch" crossorigin href="/${file}">`)
    .join('');
}

/** The whole HTML document of one prerendered page; `routeModules` are the source files of its lazy route. */
export async function prerenderDocument(
  entry: ServerEntry,
  data: PrerenderedData,
  routeModules: string[] = [],
): Promise<string> {
  const page = await entry.renderPage(data);
  if (page.html.includes('role="status"'))
    throw new Error(`${data.path}: rendered a loading state; the page needs data that was not given`);
  // A boundary left pending (`<!--$?-->`) or to be rendered by the client (`<!--$!-->`, after an error) would show
  // its fallback, and its content would need an inline script, which the Content Security Policy forbids.
  if (/<script|<!--\$[?!]-->/.test(page.html))
    throw new Error(`${data.path}: a part of the page did not render completely (see the errors above)`);
  return (
    firstStylesheets(shellTemplate())
      .replace(/<html lang="[^"]*"/, `<html lang="${data.language}"`)
      // The text needs only the stylesheet to be painted; the scripts load behind it.
      .replace(/<script type="module" crossorigin /, '$&fetchpriority="low" ')
      .replace(/<link rel="modulepreload" crossorigin /g, '$&fetchpriority="low" ')
      .replace(/\s*<\/head>/, (end) => `${prefetches(routeModules, data.language)}${end}`)
      .replace('<div id="root"></div>', `<div id="root">${page.html}</div>`)
      .replace(
        '</body>',
        `<script type="application/json" id="${entry.PRERENDERED_DATA_ID}">${page.data}</script>\n  </body>`,
      )
  );
}

/** Validates `articles/<id>.json` in `dist/` and writes `articles/<id>.html` beside it. */
export async function prerenderArticle(entry: ServerEntry, id: string): Promise<string> {
  const file = join(DIST, 'articles', `${id}.json`);
  const result = parseArticleJson(readFileSync(file, 'utf8'));
  if (!result.ok) {
    const problems = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new Error(`${file} is not a valid article:\n${problems}`);
  }
  const out = join(DIST, 'articles', `${id}.html`);
  writeFileSync(out, await prerenderDocument(entry, entry.articlePageData(result.article)));
  return out;
}

// The site's build (every article, the library and its index) is `scripts/site/build-site.ts`.
