/**
 * The shipped articles are prerendered at build time: their text and highlights are in the HTML before any
 * JavaScript runs, and the app takes the page over (hydrates it) without errors or a second fetch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Article } from '../src/core/article/schema';
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
  await expect(page.locator(`p[lang="${sample.languages[1]}"]`).first()).toBeVisible();
  await expect(page.locator(`p[lang="${original}"]`).first()).toBeVisible();
});
