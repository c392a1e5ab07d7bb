/**
 * `npm run bench`: builds the app and measures it against the limit, a static HTML page with the same article
 * markup and CSS and no JavaScript, served by the same server in the same run. Writes `bench/results.json` and
 * prints a Markdown table. Options: `--no-build` reuses `dist/`; `--runs=N` sets the runs per time-to-article
 * median and first-screen median (default 9); `--no-archive` skips the archive section (`bench/archive.ts`, which also runs alone);
 * `BENCH_PORT` the server's port (default 4300; the archive's server uses the next one).
 */
import { execSync } from 'node:child_process';
import { cpus, platform, release } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/find-chromium';
import { DIST } from '../scripts/prerender';
import { annotatorThroughputIsolated } from './annotator';
import { measureArchive, type ArchiveFigures } from './archive';
import { bundleSizes } from './bundle';
import { measureFirstScreen } from './first-screen';
import { clickFloor, quoteClick, textMode, uiLanguage, waitForInteractive } from './interaction';
import { installLargeArticle, LARGE_ID } from './large-article';
import { formatTable } from './report';
import { serveStatic } from './server';
import { staticPage } from './static-page';
import { compare, THROTTLING, type Condition } from './time-to-article';

const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
const INTERACTION_RUNS = 20;
const PORT = Number(process.env.BENCH_PORT ?? 4300);

const log = (message: string) => console.error(`bench: ${message}`);

async function main() {
  if (!args.includes('--no-build')) {
    log('building');
    execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const sampleId = (
    JSON.parse(readFileSync(join(DIST, 'articles', 'library', 'all', '0.json'), 'utf8')) as { id: string }[]
  )[0]?.id;
  if (!sampleId) throw new Error('the library (articles/library/all/0.json) lists no article');
  // First, in a process of its own, before the browser and the server start.
  log('annotator throughput');
  const annotator = annotatorThroughputIsolated();

  log('preparing the large article and the static pages');
  await installLargeArticle();
  const staticDir = join(DIST, 'bench-static');
  mkdirSync(staticDir, { recursive: true });
  for (const id of [sampleId, LARGE_ID])
    writeFileSync(
      join(staticDir, `${id}.html`),
      staticPage(readFileSync(join(DIST, 'articles', `${id}.html`), 'utf8')),
    );

  const server = await serveStatic(DIST, PORT);
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const timeToArticle: Record<string, Record<Condition, unknown>> = {};
    const samples: Record<string, unknown> = {};
    for (const [name, id] of [
      ['sample', sampleId],
      ['large', LARGE_ID],
    ] as const) {
      const urls = { app: `${server.url}/articles/${id}`, static: `${server.url}/bench-static/${id}.html` };
      const results = {} as Record<Condition, unknown>;
      for (const condition of ['cold', 'warm', 'throttled'] as const) {
        log(`time to article: ${name}, ${condition}`);
        const { samples: runs, ...result } = await compare(browser, urls, condition, RUNS);
        results[condition] = result;
        samples[`${name}.${condition}`] = runs;
      }
      timeToArticle[name] = results;
    }

    log('first screen: a German and an English reader, cold');
    const firstScreen = await measureFirstScreen(browser, `${server.url}/articles/${sampleId}`, RUNS);
    Object.assign(samples, firstScreen.samples);

    log('interaction on the large article');
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/${LARGE_ID}`);
    await waitForInteractive(page);
    const quote = await quoteClick(page, INTERACTION_RUNS);
    const interaction = {
      quoteClick_ms: quote.median_ms,
      clickFloor_ms: await clickFloor(page, INTERACTION_RUNS),
      textMode_ms: await textMode(page, INTERACTION_RUNS),
      uiLanguage_ms: await uiLanguage(page, INTERACTION_RUNS),
      quotePanelMeasured: quote.panel,
    };
    await context.close();

    const { initialFiles, ...bundle } = bundleSizes(DIST, `articles/${sampleId}.html`);

    // Last: it builds generated libraries of 1,000 and 10,000 articles beside `dist/` (`bench/archive.ts`).
    let archive: Partial<ArchiveFigures> = {};
    if (!args.includes('--no-archive')) {
      log('the archive (10,000 generated articles)');
      archive = await measureArchive({ articles: 10_000, runs: RUNS, port: PORT + 1 });
    }

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        os: `${platform()} ${release()}`,
        node: process.version,
        chromium: browser.version(),
      },
      runs: { timeToArticle: RUNS, interaction: INTERACTION_RUNS },
      throttling: THROTTLING,
      timeToArticle,
      firstScreen: firstScreen.firstScreen,
      interaction,
      bundle: { ...bundle, initialFiles },
      annotator,
      ...archive,
      samples,
    };
    writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatTable(results));
  } finally {
    await browser.close();
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
    for (const extension of ['json', 'html'])
      rmSync(join(DIST, 'articles', `${LARGE_ID}.${extension}`), { force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
