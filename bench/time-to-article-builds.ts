/**
 * `npx tsx bench/time-to-article-builds.ts [--runs=N] [--conditions=cold,warm,throttled] [--block-service-workers]
 * [dist ...]`: the time to
 * article of `npm run bench` (the sample, first paragraph painted) for several builds side by side, with the static
 * page of the first build (written into its `bench-static/`, as `npm run bench` does) as the common limit. Every run measures each build once, in turn, and then the static
 * page, so that the load of a shared machine falls on all of them alike. A build is a `dist/` folder (default: this
 * checkout's; build an older commit in a worktree to compare it with this one). Prints JSON with the medians and
 * every sample; nothing is written to `bench/results.json`. `BENCH_PORT` is the first server's port (default 4300;
 * one port per build). `--block-service-workers` loads every page without its service worker: a warm load then
 * shows what the page itself costs, apart from the worker that serves a repeat visit.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/find-chromium';
import { DIST } from '../scripts/prerender';
import { serveStatic } from './server';
import { staticPage } from './static-page';
import { median, round, timeToArticle, type Condition } from './time-to-article';

const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
const CONDITIONS = (
  args.find((a) => a.startsWith('--conditions='))?.slice(13) ?? 'cold,warm,throttled'
).split(',') as Condition[];
const serviceWorkers = args.includes('--block-service-workers') ? 'block' : 'allow';
const dists = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
if (dists.length === 0) dists.push(DIST);
const PORT = Number(process.env.BENCH_PORT ?? 4300);

const SAMPLE_ID = 'nato-ukraine-membership-rutte-2025';
const STATIC_PATH = `/bench-static/${SAMPLE_ID}.html`;
mkdirSync(join(dists[0]!, 'bench-static'), { recursive: true });
writeFileSync(
  join(dists[0]!, STATIC_PATH),
  staticPage(readFileSync(join(dists[0]!, 'articles', `${SAMPLE_ID}.html`), 'utf8')),
);

const servers = await Promise.all(dists.map((dist, i) => serveStatic(dist, PORT + i)));
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const result: Record<string, Record<string, { median_ms: number; samples: number[] }>> = {};
try {
  for (const condition of CONDITIONS) {
    const urls = [
      ...servers.map((server, i) => [dists[i]!, `${server.url}/articles/${SAMPLE_ID}`] as const),
      ['static', `${servers[0]!.url}${STATIC_PATH}`] as const,
    ];
    const samples = new Map<string, number[]>(urls.map(([name]) => [name, []]));
    // One unmeasured load of each warms up the servers' caches and the browser process.
    for (const [, url] of urls) await timeToArticle(browser, url, 'cold', serviceWorkers);
    for (let run = 0; run < RUNS; run++)
      for (const [name, url] of urls)
        samples.get(name)!.push(round(await timeToArticle(browser, url, condition, serviceWorkers)));
    result[condition] = Object.fromEntries(
      [...samples].map(([name, values]) => [name, { median_ms: round(median(values)), samples: values }]),
    );
    console.error(
      `${condition}: ${[...samples].map(([name, values]) => `${name} ${round(median(values))} ms`).join(', ')}`,
    );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
console.log(JSON.stringify(result, null, 2));
