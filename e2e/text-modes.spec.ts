import type { Page } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { expect, serveArticle, test } from './support/fixtures';

test.use({ locale: 'en-US' });

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';

/** The top of a paragraph row relative to the viewport. */
const rowTop = (page: Page, paragraph: string) =>
  page.locator(`[data-row="${paragraph}"]`).evaluate((row) => row.getBoundingClientRect().top);

test('text modes by mouse: original, translation, side by side, kept in the URL across a reload', async ({
  page,
}) => {
  await page.goto(SAMPLE);
  const article = page.getByRole('article');
  await expect(article.locator('p.paragraph[lang="de"]').first()).toBeVisible();
  await expect(article.locator('p.paragraph[lang="en"]')).toHaveCount(0);

  await page.getByRole('radio', { name: 'Translation (English)' }).click();
  await expect(page).toHaveURL(/[?&]view=translation\b/);
  await expect(article.locator('p.paragraph[lang="de"]')).toHaveCount(0);
  await expect(
    article.getByRole('link', { name: /^Direct quote by Mark Rutte: “We must make sure/ }),
  ).toBeVisible();

  await page.getByRole('radio', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(/[?&]view=parallel\b/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  // Rows pair each German paragraph with its English translation.
  const row = page.locator('[data-row="p4"]');
  await expect(row.locator('p[lang="de"]')).toContainText('Wir müssen sicherstellen');
  await expect(row.locator('p[lang="en"]')).toContainText('We must make sure');
});

test('text modes by keyboard, and the selected quote stays selected in every mode', async ({ page }) => {
  await page.goto(`${SAMPLE}?quote=q5`);
  const original = page.getByRole('radio', { name: 'Original (German)' });
  await original.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/view=translation/);
  await expect(page).toHaveURL(/quote=q5/);
  await expect(page.locator('p[lang="en"] [data-quotes~="q5"]').first()).toHaveClass(/is-selected/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/view=parallel/);
  for (const language of ['de', 'en']) {
    await expect(page.locator(`p[lang="${language}"] [data-quotes~="q5"]`).first()).toHaveClass(
      /is-selected/,
    );
  }
});

test('side by side, hovering or focusing a quote marks its counterpart in the other column', async ({
  page,
}) => {
  await page.goto(`${SAMPLE}?view=parallel`);
  const german = page.locator('p[lang="de"] a[data-anchor="q7"]');
  const english = page.locator('p[lang="en"] [data-quotes~="q7"]').first();
  await expect(english).not.toHaveClass(/is-counterpart/);
  await german.hover();
  await expect(english).toHaveClass(/is-counterpart/);
  await page.mouse.move(1, 1);
  await expect(english).not.toHaveClass(/is-counterpart/);

  // The same by keyboard: focus on the English anchor marks the German quote.
  await page.locator('p[lang="en"] a[data-anchor="q10"]').focus();
  await expect(page.locator('p[lang="de"] [data-quotes~="q10"]').first()).toHaveClass(/is-counterpart/);
});

test('switching the text mode keeps the paragraph at the top of the screen at the top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(SAMPLE);
  await page
    .locator('[data-row="p6"]')
    .evaluate((row) => window.scrollBy(0, row.getBoundingClientRect().top - 40));
  await expect.poll(() => rowTop(page, 'p6')).toBeCloseTo(40, -1);

  await page.getByRole('radio', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(/view=parallel/);
  await expect.poll(() => rowTop(page, 'p6')).toBeGreaterThan(0);
  expect(Math.abs((await rowTop(page, 'p6')) - 40)).toBeLessThan(24);

  await page.getByRole('radio', { name: 'Translation (English)' }).click();
  await expect(page).toHaveURL(/view=translation/);
  expect(Math.abs((await rowTop(page, 'p6')) - 40)).toBeLessThan(24);
});

test('on a long article, side by side shows the rows in view at once and every row soon after, marks kept', async ({
  page,
}) => {
  const article = generateArticle({ id: 'long-two-languages', paragraphs: 160, quotes: 400, speakers: 8 });
  await serveArticle(page, 'long-two-languages', article);
  // A quote near the end, far out of view from the middle of the text.
  const late = article.quotes.findLast((quote) => quote.spans.de?.[0] && quote.spans.en?.[0])!;
  await page.setViewportSize({ width: 1280, height: 700 });
  // The selected quote is scrolled to on load: at once, so that it is over before the test scrolls.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/articles/long-two-languages?quote=${late.id}`);
  await expect(page.getByRole('region', { name: 'Selected quote' })).toBeVisible();
  // The reader's place is the first row that reaches below a quarter of the screen (175 px): p80, put just above.
  // Rows out of view have an estimated height until they come near it: scroll again until the row stays put.
  await expect
    .poll(() =>
      page.locator('[data-row="p80"]').evaluate(async (row) => {
        window.scrollBy(0, row.getBoundingClientRect().top - 170);
        await new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled)));
        return row.getBoundingClientRect().top;
      }),
    )
    .toBeCloseTo(170, 0);

  await page.getByRole('radio', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(/view=parallel/);
  const rows = page.locator('.reader-row[data-row]');
  await expect(page.locator('[data-row="p80"] p[lang="en"]')).toBeVisible();
  expect(Math.abs((await rowTop(page, 'p80')) - 170)).toBeLessThan(24);
  // Every row, in view or not, ends up with both columns, and the selected quote is marked in both.
  await expect(rows.locator('p[lang="en"]')).toHaveCount(160);
  await expect(rows.locator('p[lang="de"]')).toHaveCount(160);
  for (const language of ['de', 'en'])
    await expect(
      page.locator(`p[lang="${language}"] [data-quotes~="${late.id}"].is-selected`).first(),
    ).toBeAttached();

  await page.getByRole('radio', { name: 'Original (German)' }).click();
  await expect(rows.locator('p[lang="en"]')).toHaveCount(0);
  await expect(page.locator(`[data-quotes~="${late.id}"].is-selected`).first()).toBeAttached();
});

test('a three-language article offers each translation and aligns a missing paragraph as a gap', async ({
  page,
}) => {
  const article = generateArticle({
    id: 'three-languages',
    languages: ['de', 'en', 'fr'],
    paragraphs: 40,
    speakers: 6,
    quotes: 60,
    events: 12,
  });
  delete article.paragraphs[3]!.text.fr;
  for (const quote of article.quotes) {
    for (const field of ['spans', 'cue', 'speakerMention'] as const) {
      const spans = quote[field]?.fr;
      if (spans) quote[field]!.fr = spans.filter((s) => s.paragraph !== 'p4');
    }
  }
  for (const event of article.events) {
    const spans = event.mentions.fr;
    if (spans) event.mentions.fr = spans.filter((s) => s.paragraph !== 'p4');
  }
  await serveArticle(page, 'three-languages', article);
  await page.goto('/articles/three-languages?view=parallel');
  const translation = page.getByRole('combobox', { name: 'Translation' });
  await expect(translation).toHaveValue('en');
  await translation.selectOption('fr');
  await expect(page).toHaveURL(/tl=fr/);
  await expect(page.getByRole('radio', { name: 'Translation (French)' })).toBeVisible();
  await expect(page.locator('[data-row="p4"] .paragraph--missing')).toHaveText(
    'This paragraph has no French text.',
  );
  await expect(page.locator('[data-row="p5"] p[lang="fr"]')).toBeVisible();
  await expect(page.locator('.reader-row[data-row]')).toHaveCount(40);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('both languages in one column: a key says which is the translation, and each translation is set off', async ({
    page,
  }) => {
    await page.goto(`${SAMPLE}?view=parallel`);
    await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
    const article = page.getByRole('article');
    await expect(article.getByText('Original · German', { exact: true })).toBeVisible();
    await expect(article.getByText('Translation · English', { exact: true })).toBeVisible();
    const rule = (language: string) =>
      article
        .locator(`p.paragraph[lang="${language}"]`)
        .first()
        .evaluate((element) => getComputedStyle(element).borderInlineStartWidth);
    expect(await rule('de')).toBe('0px');
    expect(await rule('en')).toBe('3px');
  });
});
