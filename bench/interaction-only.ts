/**
 * `npx tsx bench/interaction-only.ts [--rounds=N] [--runs=N] [dist ...]`: the interaction figures of `npm run bench`
 * (quote click, text mode) and J (next quote, which the full benchmark leaves out) on the large article, for one
 * or more builds measured side by side: each round measures every build once, in turn, so that the load of a
 * shared machine falls on all of them alike; the medians of the rounds are printed per build. A build is a
 * `dist/` folder (default: this checkout's; copy one aside, e.g. `cp -r dist /tmp/dist-before`, to compare it
 * with a later build). Nothing is written to `bench/results.json`. `BENCH_PORT` is the first server's port
 * (default 4300; one port per build).
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/find-chromium';
import { DIST } from '../scripts/prerender';
import { quoteClick, quoteKey, textMode, waitForInteractive } from './interaction';
import { installLargeArticle, LARGE_ID } from './large-article';
import { serveStatic } from './server';
import { median, round } from './time-to-article';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ROUNDS = option('rounds', 3);
const RUNS = option('runs', 20);
const dists = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
if (dists.length === 0) dists.push(DIST);
const PORT = Number(process.env.BENCH_PORT ?? 4300);

// The same article the benchmark generates, prerendered into this checkout's build as the benchmark does. A copied
// build keeps the prerendered page it had when it was copied (else the client renders the article).
await installLargeArticle(dists);

const servers = await Promise.all(dists.map((dist, i) => serveStatic(dist, PORT + i)));
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const figures = dists.map(() => ({
  quote: [] as number[],
  key: [] as number[],
  textMode: [] as number[],
  panel: true,
}));
try {
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    for (const [i, server] of servers.entries()) {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${server.url}/articles/${LARGE_ID}`);
      await waitForInteractive(page);
      const quote = await quoteClick(page, RUNS);
      const key = await quoteKey(page, RUNS);
      const text = await textMode(page, RUNS);
      await context.close();
      figures[i]!.quote.push(quote.median_ms);
      figures[i]!.key.push(key);
      figures[i]!.textMode.push(text);
      figures[i]!.panel &&= quote.panel;
      console.error(
        `round ${round_ + 1}, ${dists[i]}: quote ${quote.median_ms} ms, J ${key} ms, text mode ${text} ms`,
      );
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
for (const [i, dist] of dists.entries()) {
  const f = figures[i]!;
  console.log(
    `${dist}: quote click ${round(median(f.quote))} ms (rounds: ${f.quote.join(', ')}; panel measured: ${f.panel}),` +
      ` J ${round(median(f.key))} ms (rounds: ${f.key.join(', ')}),` +
      ` text mode ${round(median(f.textMode))} ms (rounds: ${f.textMode.join(', ')})`,
  );
}
