/**
 * `npx tsx bench/profile.ts <quote|textMode|uiLanguage|load> [article-id]`: a CPU profile (DevTools protocol) of one
 * interaction on an article page of the built app, summarised as the functions with the most self time and the
 * app's own functions with the most total time. Used to find out why a benchmark target is missed. Needs a
 * build (`npm run build`; `BENCH_DIST` names another build folder, e.g. one copied aside); the large article is
 * generated into it as the benchmark does. Writes the profile and the trace into `bench/.tmp/`;
 * `TRACE_CATEGORIES` (comma-separated) chooses what the trace records.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/find-chromium';
import { DIST } from '../scripts/prerender';
import { waitForInteractive } from './interaction';
import { installLargeArticle, LARGE_ID } from './large-article';
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

/**
 * Total time per function of the app's own scripts (ms): a sample counts for every function on its stack, once
 * each, so a component's total includes what it calls. Best read from a build without minification
 * (`npx vite build --minify false`, then the SSR build and prerender as in `npm run build`).
 */
function totalTimes(profile: Profile): [string, number][] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.url.includes('/assets/')) continue;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
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

/**
 * Brings the page to the state the benchmark measures in: for `quote`, a few quotes already clicked (the panel
 * is open and the code has run before), so that the profiled click is one like the benchmark's 20.
 */
async function warmUp(page: Page, what: string) {
  // The parts loaded after the first paint (the aside's chunk) render in the meantime, not in the profile.
  await page.waitForTimeout(1500);
  if (what === 'textMode') {
    // Once there and back first, as in the benchmark's 20 runs: the profile is of a switch like most of those.
    for (const mode of ['parallel', 'original']) {
      await page.locator(`input[type=radio][value=${mode}]`).click();
      await page.waitForTimeout(800);
    }
  }
  if (what === 'uiLanguage') {
    // There and back first: the other language's strings are loaded, as in the benchmark's runs after the first.
    // The language select is in the reading settings, behind the header's Settings button.
    await page.locator('.app-header__settings').click();
    for (const language of ['de', 'en']) {
      await page.locator('.app-header__language select').selectOption(language);
      await page.waitForTimeout(800);
    }
  }
  if (what !== 'quote') return;
  for (const n of [0, 1, 2, 4]) {
    await page.locator('a[data-anchor][data-quote]').nth(n).click();
    await page.waitForTimeout(300);
  }
}

/**
 * How many quotes `quote` clicks while profiling: one click's profile on a shared machine is mostly noise (a
 * thread descheduled for a few ms charges that time to whatever function it was in), so the profile sums several
 * and the summaries divide by this.
 */
const QUOTE_CLICKS = 8;

async function act(page: Page, what: string) {
  if (what === 'quote') {
    for (let n = 0; n < QUOTE_CLICKS; n++) {
      await page
        .locator('a[data-anchor][data-quote]')
        .nth(n % 2 === 0 ? 3 : 5)
        .click();
      await page.waitForTimeout(250);
    }
  } else if (what === 'textMode') await page.locator('input[type=radio][value=parallel]').click();
  else if (what === 'uiLanguage') await page.locator('.app-header__language select').selectOption('de');
  await page.waitForTimeout(1500);
}

const [what = 'quote', id = LARGE_ID] = process.argv.slice(2);
const per = what === 'quote' ? QUOTE_CLICKS : 1;
const dist = process.env.BENCH_DIST ?? DIST;
if (id === LARGE_ID) await installLargeArticle([dist]);
const server = await serveStatic(dist, Number(process.env.BENCH_PORT ?? 4301));
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
  await warmUp(page, what);
  await cdp.send('Profiler.start');
  await act(page, what);
}
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
if (what !== 'load') {
  // The same interaction again, traced: where the main thread's time goes (script, style, layout, paint).
  await page.locator('input[type=radio][value=original]').click();
  await page.goto(`${server.url}/articles/${id}`);
  await waitForInteractive(page);
  await warmUp(page, what);
  await browser.startTracing(page, {
    categories: (process.env.TRACE_CATEGORIES ?? 'devtools.timeline,blink.user_timing').split(','),
  });
  await act(page, what);
  const traceText = (await browser.stopTracing()).toString();
  mkdirSync('bench/.tmp', { recursive: true });
  writeFileSync(`bench/.tmp/${what}.trace.json`, traceText);
  const trace = JSON.parse(traceText) as { traceEvents: TraceEvent[] };
  console.log('main thread after the input event (start ms, duration ms, event):');
  for (const line of timeline(trace.traceEvents)) console.log(line);
  console.log(`main thread, by trace event (ms${per > 1 ? ', per click' : ''}):`);
  for (const [name, ms] of mainThreadTimes(trace.traceEvents).slice(0, 15))
    console.log(`${(ms / per).toFixed(1).padStart(8)} ms  ${name}`);
}
mkdirSync('bench/.tmp', { recursive: true });
writeFileSync(`bench/.tmp/${what}.cpuprofile`, JSON.stringify(profile));
console.log(`self time (ms${per > 1 ? `, per click, mean of ${per}` : ''}):`);
for (const [name, ms] of selfTimes(profile).slice(0, 25))
  console.log(`${(ms / per).toFixed(2).padStart(8)} ms  ${name}`);
console.log(`the app's functions, total time (ms${per > 1 ? ', per click' : ''}):`);
for (const [name, ms] of totalTimes(profile).slice(0, 60))
  console.log(`${(ms / per).toFixed(2).padStart(8)} ms  ${name}`);
await browser.close();
await server.close();
