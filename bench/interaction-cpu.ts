/**
 * `npx tsx bench/interaction-cpu.ts [--rounds=N] [--clicks=N] [dist ...]`: the main thread's CPU time of a quote click
 * on the large article, for one or more builds side by side (alternating rounds, as `bench/interaction-only.ts`).
 * Wall-clock latency on a shared machine moves by a factor of two with the other processes' load; the thread time
 * that Chromium's trace records for each event (`tdur`) does not count the time the thread waited for a core, so
 * it compares builds where the latency cannot. Per click it sums the main thread's top-level events from the click
 * event to the end of the first paint after it: the click's task (script, and style and layout it forces) and the
 * frame (style, layout, pre-paint, paint, and what else runs before it). Prints the medians per build and where
 * the time went, per click. The large article is written into each build (`bench/large-article.ts`).
 */
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/find-chromium';
import { DIST } from '../scripts/prerender';
import { waitForInteractive } from './interaction';
import { installLargeArticle, LARGE_ID } from './large-article';
import { serveStatic } from './server';
import { median } from './time-to-article';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ROUNDS = option('rounds', 3);
const CLICKS = option('clicks', 16);
const dists = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
if (dists.length === 0) dists.push(DIST);
const PORT = Number(process.env.BENCH_PORT ?? 4300);
const ms = (value: number) => value.toFixed(2);

// The benchmark's large article (see large-article.ts).
await installLargeArticle(dists);

/** Clicks two quotes near the top in turn (the panel open and the code warm, as in the benchmark's 20 clicks). */
async function clickQuote(page: Page, n: number) {
  await page
    .locator('a[data-anchor][data-quote]')
    .nth(n % 2 === 0 ? 3 : 5)
    .click();
  await page.waitForTimeout(200);
}

interface Click {
  task: number;
  frame: number;
  /** CPU time per trace event name, prefixed by its depth (0: a top-level event). */
  parts: Map<string, number>;
}

/** Each click's CPU time (ms) in a trace of the renderer's main thread. */
function clicksIn(events: TraceEvent[]): Click[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const clicks: Click[] = [];
  for (const click of onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click')) {
    const clickEnd = click.ts + (click.dur ?? 0);
    const paint = onMain.find((e) => e.name === 'Paint' && e.ts > clickEnd);
    if (!paint) continue;
    const end = paint.ts + (paint.dur ?? 0);
    const result: Click = { task: 0, frame: 0, parts: new Map() };
    const open: TraceEvent[] = [];
    for (const event of onMain) {
      if (event.ts < click.ts || event.ts > end) continue;
      while (open.length > 0 && open.at(-1)!.ts + (open.at(-1)!.dur ?? 0) <= event.ts) open.pop();
      const depth = open.length;
      open.push(event);
      const cpu = (event.tdur ?? event.dur ?? 0) / 1000;
      if (depth === 0) {
        if (event === click) result.task += cpu;
        else result.frame += cpu;
      }
      if (depth <= 2) {
        const key = `${depth} ${event.name}`;
        result.parts.set(key, (result.parts.get(key) ?? 0) + cpu);
      }
    }
    clicks.push(result);
  }
  return clicks;
}

const servers = await Promise.all(dists.map((dist, i) => serveStatic(dist, PORT + i)));
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const measured = dists.map(() => [] as Click[]);
try {
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, server] of servers.entries()) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/articles/${LARGE_ID}`);
      await waitForInteractive(page);
      for (let n = 0; n < 4; n++) await clickQuote(page, n);
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      for (let n = 0; n < CLICKS; n++) await clickQuote(page, n);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      await page.close();
      const clicks = clicksIn(trace.traceEvents);
      measured[i]!.push(...clicks);
      console.error(
        `round ${r + 1}, ${dists[i]}: ${ms(median(clicks.map((c) => c.task + c.frame)))} ms CPU per click`,
      );
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
for (const [i, dist] of dists.entries()) {
  const clicks = measured[i]!;
  const parts = new Map<string, number>();
  for (const click of clicks)
    for (const [name, time] of click.parts) parts.set(name, (parts.get(name) ?? 0) + time / clicks.length);
  console.log(
    `${dist}: ${clicks.length} clicks, main-thread CPU per click (medians): click task ${ms(median(clicks.map((c) => c.task)))} ms` +
      ` + frame ${ms(median(clicks.map((c) => c.frame)))} ms = ${ms(median(clicks.map((c) => c.task + c.frame)))} ms`,
  );
  const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 14);
  console.log(`  means, by depth and event: ${top.map(([name, time]) => `${name} ${ms(time)}`).join(' | ')}`);
}
