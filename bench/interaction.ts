/**
 * Interaction latency on an article page: from the input event's timestamp (`event.timeStamp`, when the browser
 * created the event) to the first paint after the page shows the result. "Shows the result" is a condition on the
 * DOM checked on every mutation; "the first paint after" is the end of the next animation frame (a message posted
 * from `requestAnimationFrame` runs right after that frame is painted).
 */
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * Waits until the URL's `name` parameter is `value` (or, with `value` undefined, anything but `not`): the app may
 * write the history entry after the paint that is measured, but it must write it within 2 s, or the run fails.
 */
async function urlFollows(
  page: Page,
  measure: string,
  name: string,
  expected: { value: string } | { not: string },
): Promise<void> {
  await page
    .waitForFunction(
      ([param, want]) => {
        const value = new URLSearchParams(location.search).get(param);
        return 'value' in want ? value === want.value : value !== null && value !== want.not;
      },
      [name, expected] as const,
      { timeout: 2000 },
    )
    .catch((error: unknown) => {
      throw new Error(`${measure}: the URL's ${name} did not follow (${JSON.stringify(expected)})`, {
        cause: error,
      });
    });
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

/** The quote panel's accessible name in every interface language (`panel.label` of each `quotes.json`). */
function panelNames(): string[] {
  const locales = new URL('../src/locales/', import.meta.url);
  return readdirSync(locales, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const file = new URL(`${entry.name}/quotes.json`, locales);
      return (JSON.parse(readFileSync(file, 'utf8')) as { panel: { label: string } }).panel.label;
    });
}

/**
 * In-page source of `panelShows(names, text)`: whether the quote panel, found as the app exposes it (a region,
 * explicit or a `<section>`, whose accessible name from `aria-labelledby` or `aria-label` is one of `names`),
 * shows a quote whose text in the original language (the panel's first `dd[lang]`; it puts " … " between the
 * stretches of an interrupted quote) is `text`. Cheap, because it runs on every mutation while the clock runs.
 */
const PANEL_SHOWS = `((names, text) => {
  const nameOf = (el) => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return labelledBy.split(/\\s+/).map((ref) => document.getElementById(ref)?.textContent ?? '').join(' ').trim();
    return (el.getAttribute('aria-label') ?? '').trim();
  };
  const panel = [...document.querySelectorAll('section[aria-label], section[aria-labelledby], [role=region]')]
    .find((el) => names.includes(nameOf(el)));
  return panel?.querySelector('dd[lang]')?.textContent.split(' … ').join('') === text;
})`;

/** Quote `id`'s highlighted text in the article's first column (the original), its stretches joined. */
async function quoteWords(page: Page, id: string): Promise<string> {
  return page.evaluate((quote) => {
    const selector = `.reader-row > .paragraph:first-child [data-quotes~="${CSS.escape(quote)}"]`;
    return [...document.querySelectorAll(selector)].map((el) => el.textContent).join('');
  }, id);
}

/**
 * Click a quote → the quote panel painted with it: its highlights carry `is-selected` and the panel (found by its
 * role and accessible name, see `PANEL_SHOWS`) shows the clicked quote's text. The URL must come to name the quote
 * as well (it is checked after each run, and the benchmark fails if it does not), but it is not on the clock: what
 * a reader waits for is the panel, and the app may write the history entry after painting it.
 * Throws if the first (unmeasured) click does not bring up a panel that shows its quote, so that a renamed or
 * restructured panel fails the benchmark instead of being left out of the figure.
 */
export async function quoteClick(page: Page, runs: number): Promise<{ median_ms: number; panel: boolean }> {
  const ids = await page.$$eval('a[data-anchor]', (anchors) =>
    anchors
      .filter((a) => a.matches('[data-quote]') && a.getBoundingClientRect().top < 2000)
      .map((a) => a.getAttribute('data-anchor')!),
  );
  // Quotes with distinct texts, so that the panel showing the previous one never passes for the next one.
  const byWords = new Map<string, string>();
  for (const id of new Set(ids)) {
    const words = await quoteWords(page, id);
    if (words && !byWords.has(words)) byWords.set(words, id);
  }
  const targets = [...byWords].map(([words, id]) => ({ words, id }));
  if (targets.length < 2) throw new Error('the article has too few quotes near its top to click');
  const names = panelNames();
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const { id, words } = targets[i % targets.length]!;
    const condition = [
      `!!document.querySelector('[data-quotes~="${id}"].is-selected')`,
      `${PANEL_SHOWS}(${JSON.stringify(names)}, ${JSON.stringify(words)})`,
    ].join(' && ');
    await armLatency(page, 'click', condition);
    await page.locator(`a[data-anchor="${id}"]`).first().click();
    const latency = await readLatency(page).catch((error: unknown) => {
      throw new Error(`quote click: the panel (a region named ${names.join(' or ')}) did not show ${id}`, {
        cause: error,
      });
    });
    await urlFollows(page, 'quote click', 'quote', { value: id });
    if (i > 0) samples.push(latency);
  }
  return { median_ms: round(median(samples)), panel: true };
}

/**
 * The floor under the quote click, measured the same way on the same page: a click on the article's title, which
 * no handler acts on, to the first paint after it. What the browser and the harness take before any of the app's
 * work (delivering the input, waiting for the next frame, the frame itself); the app's share of a quote click is
 * the difference.
 */
export async function clickFloor(page: Page, runs: number): Promise<number> {
  const title = page.getByRole('heading', { level: 1 });
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    await armLatency(page, 'click', 'true');
    await title.click();
    const latency = await readLatency(page);
    if (i > 0) samples.push(latency);
  }
  return round(median(samples));
}

/**
 * J (next quote) with the panel open → the next quote painted: a quote's highlights carry `is-selected` and the
 * panel's text (see `PANEL_SHOWS`) is no longer the previous quote's; the URL must then come to name it. Not
 * part of `npm run bench`; `bench/interaction-only.ts` reports it.
 */
export async function quoteKey(page: Page, runs: number): Promise<number> {
  await page.locator('a[data-anchor][data-quote]').first().click();
  const shown = () =>
    page.evaluate(() => ({
      id: new URLSearchParams(location.search).get('quote') ?? '',
      text: document.querySelector('.quote-panel dd[lang]')?.textContent ?? '',
    }));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = await shown();
    await armLatency(
      page,
      'keydown',
      [
        `!!document.querySelector('.is-selected[data-quotes]') &&`,
        `(document.querySelector('.quote-panel dd[lang]')?.textContent ?? '') !== ${JSON.stringify(before.text)}`,
      ].join(' '),
    );
    await page.keyboard.press('j');
    samples.push(await readLatency(page));
    await urlFollows(page, 'next quote', 'quote', { not: before.id });
  }
  return round(median(samples));
}

/** Text mode original → side by side, painted, and then in the URL; switched back (unmeasured) between runs. */
export async function textMode(page: Page, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await armLatency(page, 'click', `!!document.querySelector('.reader-text--parallel')`);
    await page.locator('input[type=radio][value=parallel]').click();
    samples.push(await readLatency(page));
    await urlFollows(page, 'text mode', 'view', { value: 'parallel' });
    await page.locator('input[type=radio][value=original]').click();
    await page.waitForFunction(() => !document.querySelector('.reader-text--parallel'));
  }
  return round(median(samples));
}

/** Interface language switch (English ↔ German) → the header and the quotes' labels repainted in it. */
export async function uiLanguage(page: Page, runs: number): Promise<number> {
  const samples: number[] = [];
  await page.locator('.app-header__settings').click();
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
