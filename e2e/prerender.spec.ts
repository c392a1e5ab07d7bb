/**
 * The shipped articles are prerendered at build time: their text and highlights are in the HTML before any
 * JavaScript runs, and the app takes the page over (hydrates it) without errors or a second fetch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Article } from '../src/core/article/schema';
import { speakerKey } from '../src/core/speakers/speaker-key';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const sampleId = readdirSync('public/articles')
  .find((name) => name.endsWith('.json'))!
  .replace(/\.json$/, '');
const sample = JSON.parse(readFileSync(`public/articles/${sampleId}.json`, 'utf8')) as Article;
const firstParagraph = sample.paragraphs[0]!;
const original = sample.originalLanguage;
/** The quotes with a span in the first paragraph of the original text. */
const firstQuotes = sample.quotes.filter((quote) =>
  (quote.spans[original] ?? []).some((span) => span.paragraph === firstParagraph.id),
);

test.use({ locale: 'en-US' });

test('the sample article is readable with its highlights before any JavaScript runs', async ({ browser }) => {
  expect(firstQuotes.length, 'the sample article has quotes in its first paragraph').toBeGreaterThan(0);
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`/articles/${sampleId}`);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sample.title.en!);
  const paragraph = page.locator(`p[lang="${original}"]`).first();
  await expect(paragraph).toContainText(firstParagraph.text[original]!.slice(0, 60));
  for (const quote of firstQuotes) {
    const anchor = paragraph.locator(`a[data-anchor="${quote.id}"]`);
    await expect(anchor, `quote ${quote.id} is highlighted in the first paragraph`).toHaveCount(1);
    await expect(anchor).toHaveClass(/\bhl\b/);
    await expect(anchor).toHaveAttribute('href', `?quote=${quote.id}`);
  }
  await context.close();
});

test('the prerendered article is taken over without fetching it again, and selecting works', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`/articles/${sampleId}.json`)) fetched.push(request.url());
  });
  await page.goto(`/articles/${sampleId}`);
  const quote = firstQuotes[0]!;
  const anchor = page.locator(`a[data-anchor="${quote.id}"]`).first();
  await anchor.click();
  await expect(page).toHaveURL(new RegExp(`[?&]quote=${quote.id}\\b`));
  await expect(anchor).toHaveClass(/\bis-selected\b/);
  expect(fetched, 'the embedded article is used, not fetched').toEqual([]);
});

test('a prerendered article opened with reader state in the URL shows that state', async ({ page }) => {
  await page.goto(`/articles/${sampleId}?view=parallel`);
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  const text = page.getByRole('article');
  await expect(text.locator(`p.paragraph[lang="${sample.languages[1]}"]`).first()).toBeVisible();
  await expect(text.locator(`p.paragraph[lang="${original}"]`).first()).toBeVisible();
});

// An address that was not prerendered (the import page, an import, a search) is answered by the static host with
// its fallback, the prerendered library page: until the app renders the page asked for, none of it is shown.
for (const [path, heading] of [
  ['/import', 'Import a text'],
  ['/search?q=Rutte', 'Search: Rutte'],
] as const) {
  test(`${path} does not show the library page it was answered with while the app starts`, async ({
    page,
  }) => {
    // The app's start is held back, as on a slow connection.
    const gate: { open?: () => void } = {};
    const opened = new Promise<void>((resolve) => (gate.open = resolve));
    await page.route('**/assets/start-*.js', async (route) => {
      await opened;
      await route.fallback();
    });
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForLoadState('domcontentloaded');
    const libraryHeading = page.locator('h1', { hasText: 'Library' });
    await expect(libraryHeading, 'the host answered with the library page').toHaveCount(1);
    await expect(libraryHeading).toBeHidden();
    await expect(page.getByRole('link', { name: 'Import' })).toBeHidden();

    gate.open?.();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import' })).toBeVisible();
  });
}

test("a speaker's page is prerendered: their quotes readable before any JavaScript runs, then taken over", async ({
  browser,
}) => {
  const speaker = sample.speakers.find((candidate) =>
    sample.quotes.some((quote) => quote.speaker === candidate.id),
  )!;
  const theirs = sample.quotes.filter((quote) => quote.speaker === speaker.id);
  const path = `/speakers/${speakerKey(speaker)}`;
  const quotesOf = (page: Page) =>
    page.getByRole('region', { name: 'Quotes, in the order they were said' }).getByRole('listitem');

  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  const still = await noScript.newPage();
  await still.goto(path);
  await expect(still.getByRole('heading', { level: 1 })).toHaveText(speaker.name);
  await expect(quotesOf(still)).toHaveCount(theirs.length);
  await expect(quotesOf(still).first().getByRole('link')).toHaveAttribute(
    'href',
    new RegExp(`^/articles/${sampleId}\\?quote=q`),
  );
  await noScript.close();

  // With the app: the prerendered page is hydrated (its heading element kept), without a hydration error.
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      document.querySelector('h1')?.setAttribute('data-test-prerendered', '');
    }),
  );
  await page.goto(path);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await expect(page.locator('h1[data-test-prerendered]')).toHaveText(speaker.name);
  await expect(quotesOf(page)).toHaveCount(theirs.length);
  await expect(
    page.getByRole('region', { name: 'Quotes, in the order they were said' }).getByRole('list'),
  ).not.toHaveAttribute('aria-busy', 'true');
  // The quote opens in place, by keyboard.
  await quotesOf(page).first().getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${sampleId}\\?quote=q`));
  expect(problems).toEqual([]);
  await context.close();
});

/** Every page is prerendered in every interface language; the reader is given theirs before the first paint. */
test.describe('in the reader’s interface language', () => {
  const germanPath = `/de/articles/${sampleId}`;

  test('a German reader is served the German page: German labels in the markup, before the app starts', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    // The app's code is answered with an empty module: what is seen is the prerendered markup alone.
    await page.route('**/assets/*.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    const documents: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') documents.push(new URL(response.url()).pathname);
    });
    await page.goto(`/articles/${sampleId}`, { waitUntil: 'commit' });
    await expect(page).toHaveURL(germanPath);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(navigation.getByRole('link', { name: 'Bibliothek' })).toHaveAttribute('href', '/de/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sample.title.de!);
    await expect(page.locator('.app-header')).not.toContainText('Library');
    expect(documents).toEqual([`/articles/${sampleId}`, germanPath]);
    await expect(page.locator('html[data-app]')).toHaveCount(0);
    await context.close();
  });

  test('the German page is complete without JavaScript, with its alternates', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(germanPath);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeAttached();
    await expect(page.locator(`[data-row] p[lang="${original}"]`).first()).toContainText(
      firstParagraph.text[original]!.slice(0, 60),
    );
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`),
      );
    expect(alternates).toEqual([
      `en /articles/${sampleId}`,
      `de ${germanPath}`,
      `x-default /articles/${sampleId}`,
    ]);
    await context.close();
  });

  for (const [locale, path, heading] of [
    ['en-US', `/articles/${sampleId}`, sample.title.en!],
    ['de-DE', germanPath, sample.title.de!],
  ] as const) {
    test(`${locale}: the prerendered page is hydrated, not rendered again`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      // Marks the prerendered heading before the app starts: rendering afresh would replace the element.
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          document.querySelector('h1')?.setAttribute('data-test-prerendered', '');
        }),
      );
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes(`/articles/${sampleId}.json`)) fetched.push(request.url());
      });
      await page.goto(path);
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('h1[data-test-prerendered]')).toHaveCount(1);
      expect(fetched).toEqual([]);
      await context.close();
    });
  }

  test('a link shared by a reader of another language opens the same article and quote', async ({
    browser,
  }) => {
    const quote = firstQuotes[0]!;
    for (const [locale, from, to, panel] of [
      ['de-DE', `/articles/${sampleId}?quote=${quote.id}`, germanPath, 'Ausgewähltes Zitat'],
      ['en-US', `${germanPath}?quote=${quote.id}`, `/articles/${sampleId}`, 'Selected quote'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(from);
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await expect(page).toHaveURL(`${to}?quote=${quote.id}`);
      await expect(page.getByRole('region', { name: panel })).toBeVisible();
      await expect(page.locator(`a[data-anchor="${quote.id}"]`).first()).toHaveClass(/\bis-selected\b/);
      await context.close();
    }
  });
});
