/**
 * Time to article: from navigation start to the first paint of the article's first paragraph with its highlights,
 * read from its Element Timing entry (`elementtiming` on the first paragraph, in the app and the static page
 * alike). Cold is a new browser context (empty cache); warm is a second load in the same context; throttled is
 * cold under a mobile profile set through the DevTools protocol.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { FIRST_PARAGRAPH_TIMING } from '../src/ui/element-timing';

export type Condition = 'cold' | 'warm' | 'throttled';

/** The mobile profile: a 4× slower CPU and a slow 4G-like network. */
export const THROTTLING = {
  cpuRate: 4,
  latencyMs: 150,
  downloadBitsPerSecond: 1.6 * 1024 * 1024,
  uploadBitsPerSecond: 750 * 1024,
};

const MOBILE_VIEWPORT = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2 };

/** When the element with `elementtiming` = the first-paragraph identifier was first painted (ms since navigation). */
async function firstParagraphPaint(page: Page, timeoutMs: number): Promise<number> {
  return page.evaluate(
    ([identifier, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no element timing for ${identifier}`)), timeout);
        new PerformanceObserver((list) => {
          const times = list
            .getEntries()
            .filter((entry) => (entry as PerformanceEntry & { identifier: string }).identifier === identifier)
            .map((entry) => {
              const { renderTime, loadTime } = entry as PerformanceEntry & {
                renderTime: number;
                loadTime: number;
              };
              return renderTime || loadTime;
            });
          if (times.length === 0) return;
          clearTimeout(timer);
          resolve(Math.min(...times));
        }).observe({ type: 'element', buffered: true });
      }),
    [FIRST_PARAGRAPH_TIMING, timeoutMs] as const,
  );
}

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: THROTTLING.downloadBitsPerSecond / 8,
    uploadThroughput: THROTTLING.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuRate });
}

/**
 * One measurement of `url` under `condition`, each in a fresh browser context; `serviceWorkers: 'block'` keeps the
 * page's service worker from registering (a warm load is then served by the HTTP cache alone).
 */
export async function timeToArticle(
  browser: Browser,
  url: string,
  condition: Condition,
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<number> {
  const context = await browser.newContext({
    ...(condition === 'throttled' ? MOBILE_VIEWPORT : {}),
    serviceWorkers,
  });
  try {
    const page = await context.newPage();
    if (condition === 'throttled') await throttle(context, page);
    if (condition === 'warm') {
      await page.goto(url, { waitUntil: 'load' });
      await firstParagraphPaint(page, 30_000);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(url, { waitUntil: 'commit' });
    return await firstParagraphPaint(page, 60_000);
  } finally {
    await context.close();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Medians of `runs` measurements of the app and the static page, interleaved (app, static, app, …) so that a
 * slow moment of the machine affects both.
 */
export async function compare(
  browser: Browser,
  urls: { app: string; static: string },
  condition: Condition,
  runs: number,
): Promise<{
  app_ms: number;
  static_ms: number;
  ratio: number;
  samples: { app: number[]; static: number[] };
}> {
  const samples = { app: [] as number[], static: [] as number[] };
  // One unmeasured load of each warms up the server's caches and the browser process.
  await timeToArticle(browser, urls.app, 'cold');
  await timeToArticle(browser, urls.static, 'cold');
  for (let i = 0; i < runs; i++) {
    samples.app.push(await timeToArticle(browser, urls.app, condition));
    samples.static.push(await timeToArticle(browser, urls.static, condition));
  }
  const app = median(samples.app);
  const staticMs = median(samples.static);
  return {
    app_ms: round(app),
    static_ms: round(staticMs),
    ratio: Math.round((app / staticMs) * 100) / 100,
    samples: { app: samples.app.map(round), static: samples.static.map(round) },
  };
}

export const round = (n: number) => Math.round(n * 10) / 10;
