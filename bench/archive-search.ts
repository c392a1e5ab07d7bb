/**
 * The archive's search and speaker-page figures (issue 13, part 6), on a site whose `archive/` files were built from
 * a generated 10,000-article archive:
 *
 * - `archive.search.{median_ms,p95_ms}`: per keystroke, from the key going down in the header's search field to the
 *   results for the query so far painted (the frame after the page shows them), over 20 queries typed key by key;
 * - `archive.speakerPage_ms`: `/speakers/<key>` of a speaker with about 1,000 quotes, from navigation start to the
 *   first frame that shows their quotes (median of 5 cold loads);
 * - `archive.searchIndexGzip`: bytes of `archive/search-index.json`, gzip.
 *
 * `measureArchiveSearch` is what the archive section of the benchmark calls with its built site; run alone
 * (`npx tsx bench/archive-search.ts`, after `npm run build`), it copies `dist/` to `bench/.tmp/archive-search`,
 * writes the archive files of a generated archive into the copy, and measures that.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { words } from '../src/core/search/german';
import { generateArchive } from '../src/testing/archive-generator';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/find-chromium';
import { ARCHIVE_DIR, buildSearchArtifacts } from '../scripts/build-search-index';
import { DIST } from '../scripts/prerender';
import { serveStatic } from './server';

export interface ArchiveSearchFigures {
  search: { median_ms: number; p95_ms: number; keystrokes: number };
  speakerPage_ms: number;
  speakerQuotes: number;
  searchIndexGzip: number;
}

const QUERIES = 20;
const SPEAKER_RUNS = 5;

const round = (n: number) => Math.round(n * 10) / 10;
const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Two-word queries from the site's own index (its shown quote words), seeded. */
function queriesFrom(distDir: string): string[] {
  const file = JSON.parse(readFileSync(join(distDir, ARCHIVE_DIR, 'search-index.json'), 'utf8')) as {
    quotes: { text: Record<string, string> }[];
  };
  const queries: string[] = [];
  for (let i = 0; queries.length < QUERIES && i < file.quotes.length * 2; i++) {
    const quote = file.quotes[(i * 7919) % file.quotes.length];
    const candidates = words(Object.values(quote?.text ?? {})[0] ?? '').filter((w) => w.length > 4);
    const first = candidates[i % Math.max(1, candidates.length - 1)];
    const second = candidates[(i % Math.max(1, candidates.length - 1)) + 1];
    if (first && second) queries.push(`${first} ${second}`);
  }
  return queries;
}

/** Resolves in the page after the frame that shows the results of `query` has been painted; returns ms since key. */
function paintedAfterKey(page: Page, query: string): Promise<number> {
  return page.evaluate(async (expected) => {
    const state = window as unknown as { __keyAt: number };
    // No named function in here: the bundler's name helper does not exist in the page.
    while (
      (document.querySelector('h1')?.textContent ?? '') !== `Search: ${expected}` ||
      document.querySelector('.archive-page__count') === null
    )
      await new Promise(requestAnimationFrame);
    // The frame with the results is produced after this rAF callback; the next task runs after it was painted.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return performance.now() - state.__keyAt;
  }, query.trim());
}

async function measureSearch(page: Page, baseUrl: string, queries: string[]) {
  await page.goto(`${baseUrl}/search`);
  // The page also starts loading the index: on a loaded machine that can take minutes.
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 600_000 });
  const box = page.getByRole('searchbox', { name: 'Search quotes' });
  await box.focus();
  // The index loads on the first focus: the keystrokes measure searching, not the download.
  await page.waitForFunction(
    () => performance.getEntriesByType('resource').some((r) => r.name.includes('search-index')),
    undefined,
    { timeout: 120_000 },
  );
  await box.pressSequentially('a');
  await page.locator('.archive-page__count').waitFor({ timeout: 120_000 });
  await page.evaluate(() => {
    document.addEventListener(
      'keydown',
      () => ((window as unknown as { __keyAt: number }).__keyAt = performance.now()),
      { capture: true },
    );
  });
  const times: number[] = [];
  for (const query of queries) {
    await box.fill('');
    for (let n = 1; n <= query.length; n++) {
      const typed = query.slice(0, n);
      await page.keyboard.type(query.charAt(n - 1));
      if (typed.trim() === '' || typed.endsWith(' ')) continue;
      times.push(await paintedAfterKey(page, typed));
    }
  }
  const sorted = times.sort((a, b) => a - b);
  return { median_ms: round(at(sorted, 0.5)), p95_ms: round(at(sorted, 0.95)), keystrokes: times.length };
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

/** Measures the built site in `distDir`, served at `baseUrl`; `speakerKey` is a speaker with ~1,000 quotes. */
export async function measureArchiveSearch(options: {
  baseUrl: string;
  distDir: string;
  speakerKey: string;
}): Promise<Omit<ArchiveSearchFigures, 'speakerQuotes'>> {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const search = await measureSearch(page, options.baseUrl, queriesFrom(options.distDir));
    const speakerPage_ms = await measureSpeakerPage(page, options.baseUrl, options.speakerKey);
    const index = readFileSync(join(options.distDir, ARCHIVE_DIR, 'search-index.json'));
    return { search, speakerPage_ms, searchIndexGzip: gzipSync(index).byteLength };
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
  const built = await buildSearchArtifacts({ articles: counted(), outDir: dir });
  console.error(`archive-search: ${articles} articles, ${built.documents} quotes indexed`);
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
