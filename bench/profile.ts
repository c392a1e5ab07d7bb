/**
 * `npx tsx bench/profile.ts <quote|textMode|load> [article-id]`: a CPU profile (DevTools protocol) of one
 * interaction on an article page of the built app, summarised as the functions with the most self time and the
 * app's own functions with the most total time. Used to find out why a benchmark target is missed. Needs a
 * build (`npm run build`); `bench-large` needs a `npm run bench` run's files, or pass another article id.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/find-chromium';
import { DIST, loadServerEntry, prerenderArticle } from '../scripts/prerender';
import { generateArticle } from '../src/testing/data-generators';
import { waitForInteractive } from './interaction';
import { serveStatic } from './server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms), from the sampled profile. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

interface TraceEvent {
  name: string;
  ts: number;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Total duration per event name on the renderer's main thread, counting only top-level ('X') events' children. */
function mainThreadTimes(events: TraceEvent[]): [string, number][] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = new Map<string, number>();
  for (const event of events) {
    if (!main || event.tid !== main.tid || event.pid !== main.pid || event.ph !== 'X' || !event.dur) continue;
    totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

/** The renderer main thread's tasks from the first input event on, for 100 ms: when each started and how long. */
function timeline(events: TraceEvent[]): string[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X');
  const input = onMain.find((e) => e.name === 'EventDispatch');
  if (!input) return ['(no input event in the trace)'];
  const shown = new Set([
    'EventDispatch',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Commit',
    'MinorGC',
    'MajorGC',
  ]);
  return onMain
    .filter(
      (e) => shown.has(e.name) && e.ts >= input.ts && e.ts < input.ts + 1_000_000 && (e.dur ?? 0) > 1000,
    )
    .sort((a, b) => a.ts - b.ts)
    .map(
      (e) =>
        `${((e.ts - input.ts) / 1000).toFixed(1).padStart(7)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name}`,
    );
}

async function act(page: Page, what: string) {
  if (what === 'quote') await page.locator('a[data-anchor][data-quote]').nth(3).click();
  else if (what === 'textMode') await page.locator('input[type=radio][value=parallel]').click();
  await page.waitForTimeout(1500);
}

const [what = 'quote', id = 'bench-large'] = process.argv.slice(2);
if (id === 'bench-large') {
  const article = generateArticle({
    id,
    languages: ['de', 'en'],
    paragraphs: 400,
    quotes: 3000,
    speakers: 40,
    events: 200,
  });
  writeFileSync(`${DIST}/articles/${id}.json`, JSON.stringify(article));
  await prerenderArticle(await loadServerEntry(), id);
}
const server = await serveStatic(DIST, Number(process.env.BENCH_PORT ?? 4301));
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
if (what === 'load') {
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/articles/${id}`);
  await waitForInteractive(page);
} else {
  await page.goto(`${server.url}/articles/${id}`);
  await waitForInteractive(page);
  await cdp.send('Profiler.start');
  await act(page, what);
}
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
if (what !== 'load') {
  // The same interaction again, traced: where the main thread's time goes (script, style, layout, paint).
  await page.locator('input[type=radio][value=original]').click();
  await page.goto(`${server.url}/articles/${id}`);
  await waitForInteractive(page);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  await act(page, what);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  console.log('main thread after the input event (start ms, duration ms, event):');
  for (const line of timeline(trace.traceEvents)) console.log(line);
  console.log('main thread, by trace event (ms):');
  for (const [name, ms] of mainThreadTimes(trace.traceEvents).slice(0, 15))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}
mkdirSync('bench/.tmp', { recursive: true });
writeFileSync(`bench/.tmp/${what}.cpuprofile`, JSON.stringify(profile));
for (const [name, ms] of selfTimes(profile).slice(0, 25))
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
await browser.close();
await server.close();
