/**
 * The site from a folder of articles, after `vite build` and `vite build --ssr` (see `npm run build`):
 *
 * 1. every `*.json` file of the folder (`STIMMEN_ARTICLES`, else `public/articles/`) is validated and its page
 *    prerendered, in parallel on a bounded pool of worker threads, one article in memory per worker;
 * 2. an invalid file fails the build, after every file has been checked, with each problem as `file: path: message`;
 * 3. the library's index is written split into listings and facets (`src/core/archive/library-split.ts`);
 * 4. the library's first page is prerendered;
 * 5. the archive's extras (search, speaker pages: `./archive-extras.ts`) make their files.
 *
 * What stays in memory is one library entry (a few hundred bytes) and one extras value per article, so time and
 * memory grow linearly with the number of articles. Options: `--jobs=N` (or `STIMMEN_BUILD_JOBS`) workers, default
 * the number of cores. Writes `dist-ssr/build-stats.json` (articles, seconds, peak memory) for the benchmark.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newestFirst, type LibraryEntry } from '../../src/core/archive/library-entry';
import { queryLibrary } from '../../src/core/archive/library-query';
import { parseArticleJson } from '../../src/core/article/parse';
import type { Article } from '../../src/core/article/schema';
import {
  facetFile,
  LIBRARY_FOLDER,
  splitLibrary,
  type FacetValue,
  type Listing,
} from '../../src/core/archive/library-split';
import {
  DIST,
  libraryPage,
  loadSite,
  prerenderPage,
  shellTemplate,
  speakerPageOf,
  SSR_DIST,
} from '../prerender';
import { archiveExtras } from './archive-extras';
import { renderAll, renderSpeakerPages } from './render-pool';

const PUBLIC_ARTICLES = resolve(import.meta.dirname, '../../public/articles');
/** Where the split index is written and served from (`/articles/library/`). */
export const LIBRARY_DIR = join(DIST, LIBRARY_FOLDER);

/** The article files of `folder`, sorted by name. */
function articleFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new Error(`${folder}: no such folder of articles (STIMMEN_ARTICLES names the folder to build)`);
  }
  return (
    names
      // `index.json` is the list older versions kept beside the articles; the build makes the library's index itself.
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .sort()
      .map((name) => join(folder, name))
  );
}

/** Writes every file of the library's split index; returns the facet of sources and the listing of all. */
function writeLibraryIndex(entries: readonly LibraryEntry[]): { all: Listing; sources: FacetValue[] } {
  rmSync(LIBRARY_DIR, { recursive: true, force: true });
  const made = new Set<string>();
  let all: Listing | undefined;
  let sources: FacetValue[] = [];
  for (const [path, value] of splitLibrary(entries)) {
    const file = join(LIBRARY_DIR, path);
    const folder = file.slice(0, file.lastIndexOf('/'));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, JSON.stringify(value));
    if (path === 'all.json') all = value as Listing;
    if (path === facetFile('sources')) sources = value as FacetValue[];
  }
  if (!all) throw new Error('the library index has no listing of all articles');
  return { all, sources };
}

/** The articles of `entries` read back from `dist/articles/` (validated by the workers), one at a time. */
async function* readArticles(entries: readonly LibraryEntry[]): AsyncGenerator<Article> {
  for (const { id } of entries) {
    const file = join(DIST, 'articles', `${id}.json`);
    const result = parseArticleJson(await readFile(file, 'utf8'));
    if (!result.ok) throw new Error(`${file} changed during the build and is no longer valid`);
    yield result.article;
  }
}

function progress(total: number): ((done: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done) => process.stderr.write(`\rrendering articles: ${done}/${total}`);
}

/** Seconds of wall time and of CPU (every thread of the process: the workers are threads of it) of each stage. */
interface StageTimes {
  [stage: string]: { wall_s: number; cpu_s: number };
}

function stageClock(): { times: StageTimes; lap: (stage: string) => void } {
  const times: StageTimes = {};
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const lap = (stage: string) => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    times[stage] = { wall_s: (now - wall) / 1000, cpu_s: (used.user + used.system) / 1e6 };
    wall = now;
    cpu = process.cpuUsage();
  };
  return { times, lap };
}

/** Up to this many speakers' pages are rendered on the build's main thread, more on its workers. */
const FEW_SPEAKERS = 64;

export async function buildSite(options: { folder: string; jobs: number }): Promise<void> {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  const { times, lap } = stageClock();
  const folder = resolve(options.folder);
  const files = articleFiles(folder);
  const copy = folder !== PUBLIC_ARTICLES;
  shellTemplate(); // saved before `dist/index.html` is replaced by the library page
  if (copy) {
    // Vite copied the shipped sample from `public/articles/`; the site is the named folder alone.
    for (const file of articleFiles(join(DIST, 'articles'))) rmSync(file);
    mkdirSync(join(DIST, 'articles'), { recursive: true });
  }
  lap('start');

  const results = await renderAll(files, { copy, jobs: options.jobs, progress: progress(files.length) });
  if (process.stderr.isTTY) process.stderr.write('\n');
  lap('articles');
  const failed = results.filter((result) => result.problems).sort((a, b) => (a.file < b.file ? -1 : 1));
  if (failed.length > 0) {
    const lines = failed.flatMap(({ file, problems = [] }) =>
      problems.map((problem) => `  ${relative(process.cwd(), file)}: ${problem}`),
    );
    throw new Error(`${failed.length} of ${files.length} article files are not valid:\n${lines.join('\n')}`);
  }

  const articles = results
    .flatMap((result) => (result.problems ? [] : [{ entry: result.entry, extra: result.extra }]))
    .sort((a, b) => newestFirst(a.entry, b.entry));
  const entries = articles.map((article) => article.entry);
  const { all, sources } = writeLibraryIndex(entries);
  lap('index');

  const site = await loadSite();
  const firstPage = await queryLibrary(all, { page: 0 }, (n) =>
    Promise.resolve(entries.slice(n * all.chunkSize, (n + 1) * all.chunkSize)),
  );
  await prerenderPage(site, libraryPage(site.entry, firstPage, sources));
  lap('library');

  await archiveExtras.finish({
    articles,
    outDir: LIBRARY_DIR,
    dist: DIST,
    readArticles: () => readArticles(entries),
    writePage: async (job) => {
      await prerenderPage(site, job);
    },
    writeSpeakerPages: async (screens) => {
      // A few pages render faster here than a worker starts (it loads the app: about a second).
      if (screens.length <= FEW_SPEAKERS) {
        for (const screen of screens) await prerenderPage(site, speakerPageOf(site.entry, screen));
        return;
      }
      const results = await renderSpeakerPages(screens, { copy, jobs: options.jobs });
      const failed = results.filter((result) => result.problem);
      if (failed.length > 0)
        throw new Error(
          `${failed.length} speaker pages could not be rendered:\n` +
            failed.map((result) => `  speakers/${result.key}: ${result.problem}`).join('\n'),
        );
    },
  });
  lap('extras');

  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(startedCpu);
  // `maxRSS` is the process's peak resident memory in KiB; the render workers are threads of this process, so
  // their memory is in it.
  const stats = {
    articles: files.length,
    jobs: options.jobs,
    seconds,
    cpu_s: (cpu.user + cpu.system) / 1e6,
    peakMemory_mb: process.resourceUsage().maxRSS / 1024,
    stages: times,
  };
  writeFileSync(join(SSR_DIST, 'build-stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
  const perArticle = (s: number) => ((s * 1000) / Math.max(1, files.length)).toFixed(1);
  console.log(
    `built ${files.length} articles and the library in ${seconds.toFixed(1)} s ` +
      `(${perArticle(seconds)} ms per article, ${perArticle(stats.cpu_s)} ms CPU, ` +
      `peak memory ${stats.peakMemory_mb.toFixed(0)} MB, ${options.jobs} workers)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const jobsArgument = process.argv.find((a) => a.startsWith('--jobs='))?.slice(7);
  const jobs = Number(jobsArgument ?? process.env.STIMMEN_BUILD_JOBS ?? availableParallelism());
  buildSite({ folder: process.env.STIMMEN_ARTICLES || PUBLIC_ARTICLES, jobs: Math.max(1, jobs) }).catch(
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
