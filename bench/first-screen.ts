/**
 * The first screen (issue 16): the sample article opened cold from its shared address (`/articles/<id>`) by a
 * reader whose browser is in German and by one in English, interleaved (German, English, German, …) so that a
 * slow moment of the machine affects both, each run in a new browser context; medians.
 *
 * Method: a probe installed with `addInitScript` runs in every document of the tab before the page's own scripts.
 * A German reader's first document is the English page, which `public/preferences-boot.js` replaces with `/de/…`
 * before painting it; the replacement is a second document with its own time origin, so the probe keeps the first
 * document's `performance.timeOrigin` in `sessionStorage` and reports every time from that navigation start. In each
 * document it then
 * - runs a `requestAnimationFrame` loop: in each frame (just before it is painted) it looks at the header's visible
 *   text (text nodes whose element `checkVisibility()` reports as rendered — a hidden body, a closed popover do not
 *   count — and input placeholders) for an English label (a string of any English namespace that differs from its
 *   German version); if one is there, the end of that frame (a message posted from the frame, as in
 *   `bench/interaction.ts`) is the latest paint that showed English so far. `englishLabelsShown_ms` is the last such
 *   paint, 0 if there was none;
 * - in the same loop, notes the first frame in which the app is ready: the condition of `waitForInteractive`
 *   (`bench/interaction.ts`: the article's last paragraph carries a React fiber, so hydration is done);
 * - reads the first paragraph's paint from its Element Timing entry, as `bench/time-to-article.ts` does.
 * The harness waits for ready, lets the page run 500 ms more (an English label painted after hydration counts too),
 * and checks that the German reader ended on a German page. The English reader is the probe's control: it must
 * see English labels there, or the run fails (a probe that sees nothing would report 0, the target, forever).
 *
 * The phone figure: on a 390 × 844 touch screen, once the app is ready, the top of the first paragraph in CSS px,
 * in both interface languages; the figure is the larger (worse) of the two.
 *
 * Alone: `npx tsx bench/first-screen.ts [--no-build] [--runs=N]` prints JSON and merges `firstScreen` (and its
 * samples) into `bench/results.json`, keeping the other keys. `npm run bench` calls `measureFirstScreen`.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/find-chromium';
import { DIST } from '../scripts/prerender';
import { FIRST_PARAGRAPH_TIMING } from '../src/ui/element-timing';
import { serveStatic } from './server';
import { median, round } from './time-to-article';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const LOCALES = { de: 'de-DE', en: 'en-US' } as const;
/** After ready, how long the probe keeps watching the header for English labels. */
const AFTER_READY_MS = 500;

export interface FirstScreen {
  germanInterface: { firstParagraph_ms: number; ready_ms: number; englishLabelsShown_ms: number };
  englishInterface: { firstParagraph_ms: number; ready_ms: number };
  phoneFirstParagraphTop_px: number;
}

interface Probe {
  firstParagraph: number | null;
  ready: number | null;
  englishLastShown: number;
}

/** Every string of the English interface that differs from its German version (every namespace). */
function englishOnlyStrings(): string[] {
  const locales = fileURLToPath(new URL('../src/locales/', import.meta.url));
  const flatten = (value: unknown, path: string, into: Map<string, string>) => {
    if (typeof value === 'string') into.set(path, value.trim());
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) flatten(child, `${path}.${key}`, into);
  };
  const read = (language: string) => {
    const strings = new Map<string, string>();
    for (const file of readdirSync(join(locales, language)))
      flatten(JSON.parse(readFileSync(join(locales, language, file), 'utf8')), file, strings);
    return strings;
  };
  const english = read('en');
  const german = read('de');
  const germanValues = new Set(german.values());
  return [...english]
    .filter(([key, value]) => value && german.get(key) !== value && !germanValues.has(value))
    .map(([, value]) => value);
}

/**
 * The in-page probe, as source text (functions written here would be rewritten by the TypeScript loader, see
 * `bench/interaction.ts`). Its results are in `window.__firstScreen`, in ms since the tab's first navigation.
 */
const PROBE = `(([englishOnly, identifier]) => {
  const KEY = 'bench.firstScreen.origin';
  let origin = Number(sessionStorage.getItem(KEY));
  if (!origin) { origin = performance.timeOrigin; sessionStorage.setItem(KEY, String(origin)); }
  const offset = performance.timeOrigin - origin;
  const english = new Set(englishOnly);
  const state = { firstParagraph: null, ready: null, englishLastShown: 0 };
  window.__firstScreen = state;
  const rendered = (el) => !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const englishInHeader = () => {
    const header = document.querySelector('header');
    if (!header) return false;
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (english.has(node.data.trim()) && rendered(node.parentElement)) return true;
    return [...header.querySelectorAll('input[placeholder]')]
      .some((input) => !input.value && english.has(input.placeholder.trim()) && rendered(input));
  };
  const ready = () => {
    const paragraphs = document.querySelectorAll('.paragraph');
    const last = paragraphs[paragraphs.length - 1];
    return !!last && Object.keys(last).some((key) => key.startsWith('__reactFiber'));
  };
  const afterPaint = (record) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(offset + performance.now());
    channel.port2.postMessage(null);
  };
  const frame = () => {
    if (englishInHeader()) afterPaint((time) => { state.englishLastShown = Math.max(state.englishLastShown, time); });
    if (state.ready === null && ready()) state.ready = offset + performance.now();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier !== identifier || state.firstParagraph !== null) continue;
      state.firstParagraph = offset + (entry.renderTime || entry.loadTime);
    }
  }).observe({ type: 'element', buffered: true });
})`;

/** One cold load of `url` by a reader whose browser is in `language`; times in ms since the first navigation. */
async function coldLoad(
  browser: Browser,
  url: string,
  language: keyof typeof LOCALES,
  englishOnly: string[],
) {
  const context = await browser.newContext({ locale: LOCALES[language] });
  try {
    await context.addInitScript({
      content: `${PROBE}(${JSON.stringify([englishOnly, FIRST_PARAGRAPH_TIMING])})`,
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    if (language !== 'en')
      await page.waitForURL(`**/${language}/**`, { waitUntil: 'commit', timeout: 30_000 });
    await page.waitForFunction(
      () => {
        const probe = (window as unknown as { __firstScreen?: Probe }).__firstScreen;
        return !!probe && probe.ready !== null && probe.firstParagraph !== null;
      },
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(AFTER_READY_MS);
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== language)
      throw new Error(`first screen: a ${language} reader got a page in "${lang}" (${page.url()})`);
    const probe = await page.evaluate(() => (window as unknown as { __firstScreen: Probe }).__firstScreen);
    return {
      firstParagraph: probe.firstParagraph!,
      ready: probe.ready!,
      englishShown: probe.englishLastShown,
    };
  } finally {
    await context.close();
  }
}

/** The first paragraph's top in CSS px on a 390 × 844 phone, once the app is ready. */
async function phoneTop(browser: Browser, url: string, language: keyof typeof LOCALES): Promise<number> {
  const context = await browser.newContext({ ...PHONE, locale: LOCALES[language] });
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (language !== 'en') await page.waitForURL(`**/${language}/**`, { timeout: 30_000 });
    await page.waitForFunction(
      () => {
        const paragraphs = document.querySelectorAll('.paragraph');
        const last = paragraphs[paragraphs.length - 1];
        return !!last && Object.keys(last).some((key) => key.startsWith('__reactFiber'));
      },
      undefined,
      { timeout: 60_000 },
    );
    // The parts that load after the first paint have their space reserved; a settled layout all the same.
    await page.waitForLoadState('networkidle');
    return await page.evaluate((identifier) => {
      const paragraph = document.querySelector(`[elementtiming="${identifier}"]`);
      if (!paragraph) throw new Error(`no element with elementtiming="${identifier}"`);
      return paragraph.getBoundingClientRect().top + window.scrollY;
    }, FIRST_PARAGRAPH_TIMING);
  } finally {
    await context.close();
  }
}

/** The first-screen figures for the article at `url` (the unprefixed, shared address), and their samples. */
export async function measureFirstScreen(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ firstScreen: FirstScreen; samples: Record<string, unknown> }> {
  const englishOnly = englishOnlyStrings();
  // One unmeasured load of each warms up the server's caches and the browser process.
  await coldLoad(browser, url, 'de', englishOnly);
  await coldLoad(browser, url, 'en', englishOnly);
  const de = { firstParagraph: [] as number[], ready: [] as number[], englishShown: [] as number[] };
  const en = { firstParagraph: [] as number[], ready: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const german = await coldLoad(browser, url, 'de', englishOnly);
    de.firstParagraph.push(german.firstParagraph);
    de.ready.push(german.ready);
    de.englishShown.push(german.englishShown);
    const english = await coldLoad(browser, url, 'en', englishOnly);
    // The probe's control: for the English reader it must see English labels, or it cannot see them at all.
    if (english.englishShown === 0)
      throw new Error(
        'first screen: the probe saw no English label in the English header (see englishOnlyStrings)',
      );
    en.firstParagraph.push(english.firstParagraph);
    en.ready.push(english.ready);
  }
  const phone = {
    de: round(await phoneTop(browser, url, 'de')),
    en: round(await phoneTop(browser, url, 'en')),
  };
  const rounded = (values: number[]) => values.map(round);
  return {
    firstScreen: {
      germanInterface: {
        firstParagraph_ms: round(median(de.firstParagraph)),
        ready_ms: round(median(de.ready)),
        englishLabelsShown_ms: round(median(de.englishShown)),
      },
      englishInterface: {
        firstParagraph_ms: round(median(en.firstParagraph)),
        ready_ms: round(median(en.ready)),
      },
      phoneFirstParagraphTop_px: Math.max(phone.de, phone.en),
    },
    samples: {
      'firstScreen.germanInterface': {
        firstParagraph: rounded(de.firstParagraph),
        ready: rounded(de.ready),
        englishLabelsShown: rounded(de.englishShown),
      },
      'firstScreen.englishInterface': {
        firstParagraph: rounded(en.firstParagraph),
        ready: rounded(en.ready),
      },
      'firstScreen.phoneFirstParagraphTop': phone,
    },
  };
}

/** The first article of the library: the sample. */
export function sampleArticleId(dist: string): string {
  const id = (
    JSON.parse(readFileSync(join(dist, 'articles', 'library', 'all', '0.json'), 'utf8')) as { id: string }[]
  )[0]?.id;
  if (!id) throw new Error('the library (articles/library/all/0.json) lists no article');
  return id;
}

async function main() {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
  if (!args.includes('--no-build')) execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await serveStatic(DIST, Number(process.env.BENCH_PORT ?? 4300));
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const { firstScreen, samples } = await measureFirstScreen(
      browser,
      `${server.url}/articles/${sampleArticleId(DIST)}`,
      runs,
    );
    console.log(JSON.stringify({ firstScreen, runs }, null, 2));
    const file = new URL('./results.json', import.meta.url);
    const results = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
      : {};
    results.firstScreen = firstScreen;
    // The file's `date` and `machine` are of the last full run; this figure's own date beside it.
    results.firstScreenDate = new Date().toISOString();
    results.runs = { ...(results.runs as object | undefined), firstScreen: runs };
    results.samples = { ...(results.samples as object | undefined), ...samples };
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
