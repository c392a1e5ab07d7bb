/**
 * The archive's search and speaker-page figures (issue 13, part 6), on a site whose `archive/` files were built from
 * a generated archive (10,000 articles unless `--articles=N`):
 *
 * - `archive.search.{median_ms,p95_ms}`: per keystroke, from the key's input starting in the header's search field to the
 *   results for the query so far painted (the frame after the page shows them, watched in the page: `watchPaints`),
 *   over 20 two-word queries, each typed key by key into a freshly loaded search page after its field was focused
 *   and the manifest that focus loads had come: the shards and blocks a keystroke needs load within it;
 * - `archive.speakerPage_ms`: `/speakers/<key>` of a speaker with about 1,000 quotes, from navigation start to the
 *   first frame that shows their quotes (median of 5 cold loads);
 * - `archive.searchIndexGzip`: what a typical query loads of the index, in bytes gzip: the median over the queries
 *   of the files (manifest, shards, heads, blocks of quotes) fetched while typing it into a fresh page; the index's
 *   total and its parts are in `archive.searchIndex`.
 *
 * `measureArchiveSearch` is what the archive section of the benchmark calls with its built site; run alone
 * (`npx tsx bench/archive-search.ts [--articles=N]`, after `npm run build`), it copies `dist/` to
 * `bench/.tmp/archive-search`, writes the archive files of a generated archive into the copy, and measures that.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { words } from '../src/core/search/german';
import { readManifest, searchPaths, type QuoteBlockFile } from '../src/core/search/sharded-index';
import { generateArchive } from '../src/testing/archive-generator';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/find-chromium';
import { buildSearchArtifacts } from '../scripts/build-search-index';
import { DIST } from '../scripts/prerender';
import { serveStatic } from './server';

/** Per keystroke: the median and 95th percentile, over how many keystrokes. */
interface KeystrokeTimes {
  median_ms: number;
  p95_ms: number;
  keystrokes: number;
}

export interface ArchiveSearchFigures {
  /** Every keystroke; those that loaded nothing, and those that fetched a shard, head or block. */
  search: KeystrokeTimes & { inMemory: KeystrokeTimes; fetching: KeystrokeTimes };
  speakerPage_ms: number;
  speakerQuotes: number;
  /** Bytes gzip of the index's files a typical query loads (the median over the queries). */
  searchIndexGzip: number;
  searchIndex: {
    perQueryGzip: { median: number; p95: number; max: number };
    manifestGzip: number;
    shards: number;
    shardsGzip: number;
    largestShardGzip: number;
    heads: number;
    headsGzip: number;
    blocks: number;
    blocksGzip: number;
    totalGzip: number;
  };
}

const QUERIES = 20;
const SPEAKER_RUNS = 5;

const round = (n: number) => Math.round(n * 10) / 10;
const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Two-word queries from the site's own quotes (the words its blocks show), seeded. */
function queriesFrom(distDir: string): string[] {
  const manifest = readManifest(JSON.parse(readFileSync(join(distDir, searchPaths.manifest), 'utf8')));
  const quoteText = (id: number) => {
    const path = join(distDir, searchPaths.block(manifest, Math.floor(id / manifest.quotesPerBlock)));
    const block = JSON.parse(readFileSync(path, 'utf8')) as QuoteBlockFile;
    return Object.values(block.quotes[id % manifest.quotesPerBlock]?.text ?? {})[0] ?? '';
  };
  const queries: string[] = [];
  for (let i = 0; queries.length < QUERIES && i < manifest.quotes * 2; i++) {
    const candidates = words(quoteText((i * 7919) % manifest.quotes)).filter((w) => w.length > 4);
    const first = candidates[i % Math.max(1, candidates.length - 1)];
    const second = candidates[(i % Math.max(1, candidates.length - 1)) + 1];
    if (first && second) queries.push(`${first} ${second}`);
  }
  return queries;
}

/** The page's record of when each query's results were painted (see `watchPaints`). */
interface PaintState {
  __keyAt: number;
  __painted: Map<string, number>;
  /** Called with a query once its time is in `__painted` (by `paintedAfterKey`, which waits for it). */
  __onPainted: (query: string) => void;
}

/**
 * Watches the page from before the first key: each key's time (`beforeinput`: a letter no key types, ä or ß, is
 * inserted without a key event; it comes in the same task as the key's events, before the field changes), and for
 * each query whose results the page shows, the time from its last key to the frame after the one that first showed
 * them (the count says which query the results shown are for: those of the previous key stay while the next load).
 * Watched in the page, as the results appear (a mutation observer), not from the benchmark after the key: until
 * 2026-12-05 the wait for the results began after Playwright's round trip for the key and the next call, so a
 * keystroke whose results were painted within that time was counted to the first frame after it (its round trip and
 * up to a frame more).
 */
function watchPaints(page: Page): Promise<void> {
  return page.evaluate(() => {
    // No named function in here: the bundler's name helper does not exist in the page.
    const state = window as unknown as PaintState;
    state.__keyAt = 0;
    state.__painted = new Map();
    state.__onPainted = () => undefined;
    document.addEventListener('beforeinput', () => (state.__keyAt = performance.now()), { capture: true });
    let shown: string | undefined;
    new MutationObserver(() => {
      const query = document.querySelector<HTMLElement>('.archive-page__count')?.dataset.query;
      if (query === undefined || query === shown) return;
      shown = query;
      const keyAt = state.__keyAt;
      // The frame with the results is produced after this rAF callback; the next task runs after it was painted.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (state.__painted.has(query)) return;
          state.__painted.set(query, performance.now() - keyAt);
          state.__onPainted(query);
        }),
      );
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-query'],
    });
  });
}

/**
 * Resolves when the page has painted the results of `query`; returns ms from its key (see `watchPaints`). Told by
 * the watcher rather than by asking it over and over: until 2026-12-06 this polled every 4 ms, a timer task in the
 * page's main thread all through each keystroke it measured.
 */
function paintedAfterKey(page: Page, query: string): Promise<number> {
  return page.evaluate(
    ([expected, timeout]) =>
      // No named function in here (see `watchPaints`).
      new Promise<number>((resolve) => {
        const state = window as unknown as PaintState;
        // A page that never marks what it shows (`.archive-page__count[data-query]`) gives NaN, which the caller
        // reports, instead of a benchmark that waits for ever.
        const timer = setTimeout(() => resolve(Number.NaN), timeout);
        state.__onPainted = (query) => {
          if (query !== expected) return;
          clearTimeout(timer);
          resolve(state.__painted.get(expected) ?? Number.NaN);
        };
        if (state.__painted.has(expected)) state.__onPainted(expected);
      }),
    [query.trim(), KEY_TIMEOUT_MS] as const,
  );
}

/** How long a keystroke's results may take before the benchmark stops with an error. */
const KEY_TIMEOUT_MS = 30_000;

/**
 * The index's files a page has fetched, as paths relative to the site (`archive/search/…`): by the page, and by its
 * workers (the blocks of quotes are read in one).
 */
async function indexFilesFetched(page: Page): Promise<string[]> {
  const fetched = () =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.slice(1))
      .filter((path) => path.startsWith('archive/search/'));
  const lists = await Promise.all([
    page.evaluate(fetched),
    ...page.workers().map((worker) => worker.evaluate(fetched)),
  ]);
  return lists.flat();
}

/**
 * Types each query key by key into a freshly loaded search page (after the manifest, which the field's first focus
 * loads): the keystroke times, and the gzip bytes of the index's files each query fetched.
 */
async function measureSearch(page: Page, baseUrl: string, distDir: string, queries: string[]) {
  const times: number[] = [];
  // Keystrokes that fetched none of the index's files (all in memory), and those that fetched some.
  const inMemory: number[] = [];
  const fetching: number[] = [];
  const bytes: number[] = [];
  const gzipped = new Map<string, number>();
  const gzipSize = (path: string) => {
    let size = gzipped.get(path);
    if (size === undefined)
      gzipped.set(path, (size = gzipSync(readFileSync(join(distDir, path))).byteLength));
    return size;
  };
  for (const query of queries) {
    await page.goto(`${baseUrl}/search`);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
    const box = page.getByRole('searchbox', { name: 'Search quotes' });
    await box.focus();
    await page.waitForFunction(
      () => performance.getEntriesByType('resource').some((r) => r.name.includes('archive/search/manifest')),
      undefined,
      { timeout: 120_000 },
    );
    await page.evaluate(() => {
      // Every file a query fetches is counted (the browser keeps 250 entries by default).
      performance.setResourceTimingBufferSize(100_000);
    });
    await watchPaints(page);
    let fetched = (await indexFilesFetched(page)).length;
    for (let n = 1; n <= query.length; n++) {
      const typed = query.slice(0, n);
      await page.keyboard.type(query.charAt(n - 1));
      if (typed.trim() === '' || typed.endsWith(' ')) continue;
      const time = await paintedAfterKey(page, typed);
      if (!Number.isFinite(time)) throw new Error(`archive-search: no time for the key of "${typed}"`);
      times.push(time);
      const now = (await indexFilesFetched(page)).length;
      (now > fetched ? fetching : inMemory).push(time);
      fetched = now;
    }
    bytes.push((await indexFilesFetched(page)).reduce((sum, path) => sum + gzipSize(path), 0));
  }
  const sorted = times.sort((a, b) => a - b);
  const sortedBytes = bytes.sort((a, b) => a - b);
  const summary = (list: number[]) => {
    const ordered = list.sort((a, b) => a - b);
    return { median_ms: round(at(ordered, 0.5)), p95_ms: round(at(ordered, 0.95)), keystrokes: list.length };
  };
  return {
    search: {
      median_ms: round(at(sorted, 0.5)),
      p95_ms: round(at(sorted, 0.95)),
      keystrokes: times.length,
      inMemory: summary(inMemory),
      fetching: summary(fetching),
    },
    perQueryGzip: { median: at(sortedBytes, 0.5), p95: at(sortedBytes, 0.95), max: sortedBytes.at(-1) ?? 0 },
  };
}

/** The index's files on disk, gzip: the manifest, the shards (`t*.json`) and blocks of quotes (`q*.json`). */
function indexSizes(distDir: string) {
  const manifestPath = join(distDir, searchPaths.manifest);
  const manifest = readManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const folder = join(dirname(manifestPath), manifest.build);
  const sizes = {
    shards: 0,
    shardsGzip: 0,
    largestShardGzip: 0,
    heads: 0,
    headsGzip: 0,
    blocks: 0,
    blocksGzip: 0,
  };
  for (const name of readdirSync(folder)) {
    const gzip = gzipSync(readFileSync(join(folder, name))).byteLength;
    if (name.startsWith('t')) {
      sizes.shards += 1;
      sizes.shardsGzip += gzip;
      sizes.largestShardGzip = Math.max(sizes.largestShardGzip, gzip);
    } else if (name.startsWith('h')) {
      sizes.heads += 1;
      sizes.headsGzip += gzip;
    } else {
      sizes.blocks += 1;
      sizes.blocksGzip += gzip;
    }
  }
  const manifestGzip = gzipSync(readFileSync(manifestPath)).byteLength;
  const totalGzip = manifestGzip + sizes.shardsGzip + sizes.headsGzip + sizes.blocksGzip;
  return { manifestGzip, ...sizes, totalGzip };
}

async function measureSpeakerPage(page: Page, baseUrl: string, key: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < SPEAKER_RUNS; run++) {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/speakers/${key}`, { waitUntil: 'commit' });
    times.push(
      await page.evaluate(async () => {
        while (!document.querySelector('#speaker-quotes ~ .archive-list li'))
          await new Promise(requestAnimationFrame);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return performance.now();
      }),
    );
  }
  return round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0);
}

/** The speaker of the site with the number of quotes nearest to `target`. */
function speakerNear(distDir: string, quotes: Map<string, number>, target: number): [string, number] {
  let best: [string, number] = ['', 0];
  for (const [key, count] of quotes)
    if (Math.abs(count - target) < Math.abs(best[1] - target)) best = [key, count];
  if (!best[0]) throw new Error(`${distDir}: no speaker files`);
  return best;
}

/**
 * Measures the built site in `distDir`, served at `baseUrl`; `speakerKey` is a speaker with ~1,000 quotes.
 * `searchIndexGzip` is what a typical query loads (the median over the queries); `searchIndex` has the rest.
 */
export async function measureArchiveSearch(options: {
  baseUrl: string;
  distDir: string;
  speakerKey: string;
}): Promise<Omit<ArchiveSearchFigures, 'speakerQuotes'>> {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const { search, perQueryGzip } = await measureSearch(
      page,
      options.baseUrl,
      options.distDir,
      queriesFrom(options.distDir),
    );
    const speakerPage_ms = await measureSpeakerPage(page, options.baseUrl, options.speakerKey);
    return {
      search,
      speakerPage_ms,
      searchIndexGzip: perQueryGzip.median,
      searchIndex: { perQueryGzip, ...indexSizes(options.distDir) },
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const articles = Number(process.argv.find((a) => a.startsWith('--articles='))?.slice(11) ?? 10_000);
  const dir = join(import.meta.dirname, '.tmp', 'archive-search');
  // `--reuse=<speaker key>`: measure the site the last run built (e.g. `malte-ziegler`, 976 quotes with seed 1).
  const reuse = process.argv.find((a) => a.startsWith('--reuse='))?.slice(8);
  if (reuse) {
    const server = await serveStatic(dir, Number(process.env.BENCH_PORT ?? 4300));
    try {
      const figures = await measureArchiveSearch({ baseUrl: server.url, distDir: dir, speakerKey: reuse });
      console.log(JSON.stringify({ archive: { ...figures, speakerKey: reuse } }, null, 2));
    } finally {
      await server.close();
    }
    return;
  }
  rmSync(dir, { recursive: true, force: true });
  cpSync(DIST, dir, { recursive: true });
  const quotesBySpeaker = new Map<string, number>();
  const counted = function* () {
    for (const article of generateArchive({ articles, speakers: 2000 })) {
      for (const quote of article.quotes)
        if (quote.speaker) quotesBySpeaker.set(quote.speaker, (quotesBySpeaker.get(quote.speaker) ?? 0) + 1);
      yield article;
    }
  };
  const started = performance.now();
  const built = await buildSearchArtifacts({ articles: counted(), outDir: dir });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`archive-search: ${articles} articles, ${built.documents} quotes indexed in ${seconds} s`);
  console.error(`archive-search: ${JSON.stringify(built)}`);
  const [speakerKey, speakerQuotes] = speakerNear(dir, quotesBySpeaker, 1000);
  const server = await serveStatic(dir, Number(process.env.BENCH_PORT ?? 4300));
  try {
    const figures = await measureArchiveSearch({ baseUrl: server.url, distDir: dir, speakerKey });
    console.log(JSON.stringify({ archive: { ...figures, speakerQuotes, speakerKey } }, null, 2));
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
