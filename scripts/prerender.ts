/**
 * Prerenders the pages of the articles the site ships, after `vite build` (client, into `dist/`) and
 * `vite build --ssr` (the server entry `src/app/entry-server.tsx`, into `dist-ssr/`), each in every interface
 * language (`PageJob`, `prerenderPage`):
 *
 * - `/` from the library's first page into `dist/index.html`, `/de/` into `dist/de/index.html`,
 * - `/articles/<id>` from `articles/<id>.json` into `dist/articles/<id>.html`, `/de/articles/<id>` into
 *   `dist/de/articles/<id>.html` (static servers, `vite preview` among them, answer `/articles/<id>` with it).
 *
 * Every file is validated with the article schema first, and the build fails on an invalid one: the browser trusts
 * the data embedded in a prerendered page and does not load the validator for it. Each version of a page lists the
 * others as `hreflang` alternates, from which `public/preferences-boot.js` opens the reader's language.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LibraryResults } from '../src/core/archive/library-query';
import type { FacetValue } from '../src/core/archive/library-split';
import type { SpeakerFirstScreen } from '../src/core/archive/speaker-page';
import { parseArticleJson } from '../src/core/article/parse';
import type { Article } from '../src/core/article/schema';
import { BOOT_SCRIPT } from './content-security-policy';

/** The shape of the built server entry (`src/app/entry-server.tsx`). */
export interface PrerenderedData {
  path: string;
  language: string;
  queries: [readonly unknown[], unknown][];
}
export interface ServerEntry {
  PRERENDERED_DATA_ID: string;
  /** The interface languages; every page is rendered in each. */
  interfaceLanguages: readonly string[];
  /** The language whose addresses have no prefix (the `x-default`). */
  UNPREFIXED_LANGUAGE: string;
  createPageRenderer(): Promise<{
    render(data: PrerenderedData): Promise<{ html: string; data: string; title: string }>;
  }>;
  articlePageData(article: Article, language: string): PrerenderedData;
  libraryPageData(results: LibraryResults, sources: FacetValue[], language: string): PrerenderedData;
  speakerPageData(screen: SpeakerFirstScreen, language: string): PrerenderedData;
}

/** The built site: `dist/`, or the folder `STIMMEN_DIST` names (the benchmark builds its archive beside it). */
export const DIST = process.env.STIMMEN_DIST
  ? resolve(process.env.STIMMEN_DIST)
  : resolve(import.meta.dirname, '../dist');
export const SSR_DIST = resolve(import.meta.dirname, '../dist-ssr');
/** The client build's `index.html`, kept before `dist/index.html` is overwritten with the prerendered library. */
const TEMPLATE = join(SSR_DIST, 'template.html');

/**
 * The built server entry. React and the libraries it imports from `node_modules` choose their production or
 * development build by `NODE_ENV` when they are first loaded: the pages are rendered for production, with the
 * production build (the development one checks every element and keeps stacks for its warnings, and renders a page
 * several times slower). Set before the entry is imported, also in each render worker, which calls this too.
 */
export async function loadServerEntry(): Promise<ServerEntry> {
  process.env.NODE_ENV = 'production';
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
 * The stylesheets moved before the first script in `<head>` (the module entry and preloads Vite puts first): the
 * CSS is what the prerendered text waits for to be painted, so it is requested first. (The boot script, inline on a
 * prerendered page, goes before it: `bootFirst`.) Measured on the sample
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
type Manifest = Record<string, ManifestChunk>;

/**
 * `<link rel="prefetch">` for the chunks a prerendered page runs right after its first paint: the app the entry
 * imports dynamically (`src/app/start.tsx`), the page's lazy route (`routeModules`), the strings of the page's
 * interface language (the chunk `locale-<language>`, see `vite.config.ts`), and their static imports.
 * They download while the page is painted, at low priority and without being compiled yet: measured on the sample
 * article, `modulepreload` (which also compiles them, on the main thread) delayed the first paint by about a third.
 */
function prefetches(manifest: Manifest, routeModules: readonly string[], language: string): string {
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

/** Where a page's `hreflang` alternates go in the shell: right before the boot script, which reads them. */
const ALTERNATES_SLOT = '<!--alternates-->';

/**
 * The boot script first in `<head>` and inline (its hash is in the Content Security Policy,
 * `scripts/content-security-policy.ts`), after the slot for the alternates. A classic script waits for the
 * stylesheets before it, and an external one for its own request: a German reader who opens a shared, unprefixed
 * address was moved to `/de/…` only once both had loaded. Inline and first, it runs as soon as `<head>` is parsed,
 * and the stylesheet is still requested before anything else (`firstStylesheets`).
 */
function bootFirst(shell: string): string {
  const external = /\s*<script src="\/preferences-boot\.js"><\/script>/;
  if (!external.test(shell)) throw new Error('the HTML shell has no preferences-boot.js script');
  return shell
    .replace(external, '')
    .replace(
      /(\s*)(<link rel="stylesheet")/,
      (_link, space: string, link: string) =>
        `${space}${ALTERNATES_SLOT}${space}<script>${BOOT_SCRIPT}</script>${space}${link}`,
    );
}

/**
 * What every page of a build is rendered with, loaded once per process (or render worker): the server entry and
 * its renderer, the client build's HTML shell with the stylesheet first and the scripts at low priority, and the
 * build's manifest, from which each kind of page gets its prefetches. A page then costs its rendering and one
 * write per language, not a read and parse of these files.
 */
export interface Site {
  entry: ServerEntry;
  renderer: Awaited<ReturnType<ServerEntry['createPageRenderer']>>;
  /** The shell (`shellTemplate`) made ready for every page: the boot script inline, then the stylesheets, then the scripts at low priority. */
  shell: string;
  manifest: Manifest;
  /** The prefetch links per interface language and lazy route (`prefetches`), made on first use. */
  prefetchLinks: Map<string, string>;
  /** Folders of `dist/` made by this process so far. */
  folders: Set<string>;
}

/** Loads the server entry, the shell and the manifest of the built app (after `vite build` and `--ssr`). */
export async function loadSite(): Promise<Site> {
  const entry = await loadServerEntry();
  const shell = bootFirst(firstStylesheets(shellTemplate()))
    // The text needs only the stylesheet to be painted; the scripts load behind it.
    .replace(/<script type="module" crossorigin /, '$&fetchpriority="low" ')
    .replace(/<link rel="modulepreload" crossorigin /g, '$&fetchpriority="low" ');
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  return {
    entry,
    renderer: await entry.createPageRenderer(),
    shell,
    manifest,
    prefetchLinks: new Map(),
    folders: new Set(),
  };
}

function prefetchLinks(site: Site, routeModules: readonly string[], language: string): string {
  const key = `${language}\n${routeModules.join('\n')}`;
  let links = site.prefetchLinks.get(key);
  if (links === undefined) {
    links = prefetches(site.manifest, routeModules, language);
    site.prefetchLinks.set(key, links);
  }
  return links;
}

/**
 * The whole HTML document of one prerendered page; `routeModules` are the source files of its lazy route, and
 * `alternates` the `hreflang` links put before the boot script (see `alternateLinks`).
 */
export async function prerenderDocument(
  site: Site,
  data: PrerenderedData,
  routeModules: readonly string[] = [],
  alternates = '',
): Promise<string> {
  const page = await site.renderer.render(data);
  // A status with something in it: an empty one is a live region waiting for an outcome to announce.
  if (/role="status"[^>]*>(?!<\/)/.test(page.html))
    throw new Error(`${data.path}: rendered a loading state; the page needs data that was not given`);
  // A boundary left pending (`<!--$?-->`) or to be rendered by the client (`<!--$!-->`, after an error) would show
  // its fallback, and its content would need an inline script, which the Content Security Policy forbids.
  if (/<script|<!--\$[?!]-->/.test(page.html))
    throw new Error(`${data.path}: a part of the page did not render completely (see the errors above)`);
  // Replacements by function: the page's text may contain `$&` and the like, which a replacement string would
  // interpret.
  return site.shell
    .replace(/<html lang="[^"]*"/, () => `<html lang="${data.language}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${page.title}</title>`)
    .replace(ALTERNATES_SLOT, () => alternates)
    .replace(/\s*<\/head>/, (end) => `${prefetchLinks(site, routeModules, data.language)}${end}`)
    .replace('<div id="root"></div>', () => `<div id="root">${page.html}</div>`)
    .replace(
      '</body>',
      () =>
        `<script type="application/json" id="${site.entry.PRERENDERED_DATA_ID}">${page.data}</script>\n  </body>`,
    );
}

/**
 * One page the site ships. It is rendered in every interface language, each at its address in that language
 * (`/articles/<id>`, `/de/articles/<id>`; see `src/app/language-path.ts`) into the file a static host answers that
 * address with (`pageFile`), and every version lists the others as `hreflang` alternates. A new kind of page is a
 * function that returns one of these (see `articlePage`, `libraryPage`), and a page data function in the server
 * entry.
 */
export interface PageJob {
  /** The page in messages, e.g. `articles/<id>`. */
  name: string;
  /** What the page is rendered from in `language` (e.g. the entry's `articlePageData(article, language)`). */
  data: (language: string) => PrerenderedData;
  /** The source files of its lazy route, which the page prefetches (see `prefetches`). */
  routeModules?: string[];
}

/** The file in `dist/` that a static host answers the address `path` with: `/de/` → `de/index.html`. */
export function pageFile(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
}

/**
 * `<link rel="alternate" hreflang>` for every language of a page, and `x-default` (the unprefixed address). Before
 * the boot script in `<head>`, which reads them to open the page in the reader's interface language.
 */
function alternateLinks(entry: ServerEntry, versions: PrerenderedData[]): string {
  const fallback = versions.find((version) => version.language === entry.UNPREFIXED_LANGUAGE);
  return [...versions, ...(fallback ? [{ ...fallback, language: 'x-default' }] : [])]
    .map(({ language, path }) => `\n    <link rel="alternate" hreflang="${language}" href="${path}">`)
    .join('');
}

/** Renders `job` in every interface language and writes each version; returns the files written. */
export async function prerenderPage(site: Site, job: PageJob): Promise<string[]> {
  const versions = site.entry.interfaceLanguages.map((language) => job.data(language));
  const alternates = alternateLinks(site.entry, versions);
  const written: string[] = [];
  for (const data of versions) {
    const html = await prerenderDocument(site, data, job.routeModules, alternates);
    if (!html.includes('hreflang'))
      throw new Error(`${job.name}: the page has no preferences-boot.js script`);
    const file = pageFile(data.path);
    const folder = dirname(file);
    if (!site.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      site.folders.add(folder);
    }
    writeFileSync(file, html);
    written.push(file);
  }
  return written;
}

/** The article page of `articles/<id>.json` in `dist/`, validated first (an invalid file fails the build). */
export function articlePage(entry: ServerEntry, id: string): PageJob {
  const file = join(DIST, 'articles', `${id}.json`);
  const result = parseArticleJson(readFileSync(file, 'utf8'));
  if (!result.ok) {
    const problems = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new Error(`${file} is not a valid article:\n${problems}`);
  }
  return articlePageOf(entry, result.article);
}

/** The article page of an article validated by the caller. */
export function articlePageOf(entry: ServerEntry, article: Article): PageJob {
  return {
    name: `articles/${article.id}`,
    data: (language) => entry.articlePageData(article, language),
    routeModules: ['src/app/ArticleRoute.tsx'],
  };
}

/**
 * The library page `/`: its first page of results and the sources to filter by. Its first screen renders from them
 * without the query library, which its parts load after the app has started (`src/app/LibraryRoute.tsx`).
 */
export function libraryPage(entry: ServerEntry, results: LibraryResults, sources: FacetValue[]): PageJob {
  return {
    name: 'library',
    data: (language) => entry.libraryPageData(results, sources, language),
    routeModules: ['src/app/LibraryRoute.tsx'],
  };
}

/** Validates `articles/<id>.json` in `dist/` and writes its page in every language; returns the files written. */
export async function prerenderArticle(site: Site, id: string): Promise<string[]> {
  return prerenderPage(site, articlePage(site.entry, id));
}

/**
 * A speaker's page `/speakers/<key>`: their first screen, from the shipped articles; the page fetches the rest of
 * their quotes (`archive/speakers/<key>.json`) and those of imported articles.
 */
export function speakerPageOf(entry: ServerEntry, screen: SpeakerFirstScreen): PageJob {
  return {
    name: `speakers/${screen.key}`,
    data: (language) => entry.speakerPageData(screen, language),
    routeModules: ['src/features/archive/SpeakerPage.tsx'],
  };
}

// The site (every article of a folder, rendered on worker threads, the library and its index) is built by
// `scripts/site/build-site.ts`.
