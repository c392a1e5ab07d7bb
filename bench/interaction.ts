/**
 * Interaction latency on an article page: from the input event's timestamp (`event.timeStamp`, when the browser
 * created the event) to the first paint after the page shows the result. "Shows the result" is a condition on the
 * DOM checked on every mutation; "the first paint after" is the end of the next animation frame (a message posted
 * from `requestAnimationFrame` runs right after that frame is painted).
 */
import type { Page } from '@playwright/test';
import { median, round } from './time-to-article';

/**
 * The in-page part, as source text: functions written in this file would be rewritten by the TypeScript loader
 * (tsx adds name helpers that do not exist in the page). It waits for the next `type` event, then for the
 * condition to hold, then for the next paint, and stores the latency in ms as a promise in `window.__latency`.
 */
const ARM = `(([eventType, condition]) => {
  const check = new Function('return (' + condition + ')');
  window.__latency = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for: ' + condition)), 10000);
    document.addEventListener(eventType, (event) => {
      const start = event.timeStamp;
      const afterNextPaint = () => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { clearTimeout(timer); resolve(performance.now() - start); };
        channel.port2.postMessage(null);
      });
      if (check()) return afterNextPaint();
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        afterNextPaint();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    }, { capture: true, once: true });
  });
})`;

/** Arms the measurement of the next `type` event until `done` (a JavaScript expression) holds and is painted. */
async function armLatency(page: Page, type: string, done: string): Promise<void> {
  await page.evaluate(`${ARM}(${JSON.stringify([type, done])})`);
}

async function readLatency(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __latency: Promise<number> }).__latency);
}

/** Waits until React has hydrated (or rendered) the whole article: its last paragraph carries a React fiber. */
export async function waitForInteractive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const paragraphs = document.querySelectorAll('.paragraph');
      const last = paragraphs[paragraphs.length - 1];
      return !!last && Object.keys(last).some((key) => key.startsWith('__reactFiber'));
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Click a quote → the selection painted: the URL names the quote, its highlights carry `is-selected`, and, once
 * the quote panel exists (`[data-testid=quote-panel]`, or a region named like the quote), the panel shows it.
 */
export async function quoteClick(page: Page, runs: number): Promise<{ median_ms: number; panel: boolean }> {
  const ids = await page.$$eval('a[data-anchor]', (anchors) =>
    anchors
      .filter((a) => a.matches('[data-quote]') && a.getBoundingClientRect().top < 2000)
      .map((a) => a.getAttribute('data-anchor')!),
  );
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new Error('the article has too few quotes near its top to click');
  const panelSelector =
    '[data-testid=quote-panel], [role=region][aria-label*="uote"], [role=region][aria-label*="itat"]';
  const samples: number[] = [];
  let panel = false;
  for (let i = 0; i < runs + 1; i++) {
    const id = unique[i % unique.length]!;
    const condition = [
      `new URLSearchParams(location.search).get('quote') === ${JSON.stringify(id)}`,
      `!!document.querySelector('[data-quotes~="${id}"].is-selected')`,
      panel ? `!!document.querySelector(${JSON.stringify(panelSelector)})` : 'true',
    ].join(' && ');
    await armLatency(page, 'click', condition);
    await page.locator(`a[data-anchor="${id}"]`).first().click();
    const latency = await readLatency(page);
    if (i === 0) {
      // The first click (unmeasured) finds out whether this build has the quote panel.
      panel = (await page.locator(panelSelector).count()) > 0;
      continue;
    }
    samples.push(latency);
  }
  return { median_ms: round(median(samples)), panel };
}

/** Text mode original → side by side, painted; switched back (unmeasured) between runs. */
export async function textMode(page: Page, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await armLatency(
      page,
      'click',
      `new URLSearchParams(location.search).get('view') === 'parallel' && !!document.querySelector('.reader-text--parallel')`,
    );
    await page.locator('input[type=radio][value=parallel]').click();
    samples.push(await readLatency(page));
    await page.locator('input[type=radio][value=original]').click();
    await page.waitForFunction(() => !document.querySelector('.reader-text--parallel'));
  }
  return round(median(samples));
}

/** Interface language switch (English ↔ German) → the header and the quotes' labels repainted in it. */
export async function uiLanguage(page: Page, runs: number): Promise<number> {
  const samples: number[] = [];
  const select = page.locator('.app-header__language select');
  for (let i = 0; i < runs; i++) {
    const target = (await select.inputValue()) === 'de' ? 'en' : 'de';
    const before = await page.evaluate(() => ({
      label: document.querySelector('.app-header__language span')?.textContent ?? '',
      anchor: document.querySelector('a[data-anchor]')?.getAttribute('aria-label') ?? '',
    }));
    await armLatency(
      page,
      'change',
      `document.querySelector('.app-header__language span')?.textContent !== ${JSON.stringify(before.label)} && ` +
        `document.querySelector('a[data-anchor]')?.getAttribute('aria-label') !== ${JSON.stringify(before.anchor)}`,
    );
    await select.selectOption(target);
    samples.push(await readLatency(page));
  }
  return round(median(samples));
}
