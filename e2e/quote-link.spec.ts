/**
 * A shared link to a quote (`?quote=`) opened afresh shows all of the quote where it fits (both languages side by
 * side or one above the other, every part of a quote its cue interrupts), above the quote sheet on a phone, and
 * else its beginning at the top of what can be read.
 */
import type { Page } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { expect, serveArticle, test } from './support/fixtures';

test.use({ locale: 'en-US' });

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * Where the text can be read: below the text-mode bar when it is stuck to the top (else from the window's top),
 * above the quote sheet when the panel is one (else to the window's bottom); and where the quote's highlights are.
 */
async function view(page: Page, id: string) {
  return page.evaluate((quote) => {
    const bar = document.querySelector('.text-mode-bar')?.getBoundingClientRect();
    const panel = document.querySelector('.quote-panel');
    const sheet = panel && getComputedStyle(panel).position === 'fixed';
    const stuck = bar !== undefined && bar.top <= 0.5 && bar.bottom > 0;
    const area = {
      top: stuck ? bar.bottom : 0,
      bottom: sheet ? panel.getBoundingClientRect().top : innerHeight,
    };
    const boxes = [...document.querySelectorAll(`[data-quotes~="${quote}"]`)].map((h) => {
      const b = h.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom };
    });
    return { area, boxes };
  }, id);
}

/** Opens `url` afresh and waits until every highlight of quote `id` is fully where it can be read. */
async function expectWholeQuoteShown(page: Page, url: string, id: string, minimum: number) {
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Selected quote' })).toBeVisible();
  await expect
    .poll(
      async () => {
        const { area, boxes } = await view(page, id);
        const shown = boxes.filter((b) => b.top >= area.top - 0.5 && b.bottom <= area.bottom + 0.5);
        return `${shown.length} of ${boxes.length} highlights shown`;
      },
      { message: `every highlight of ${id} is shown on opening ${url}` },
    )
    .toMatch(new RegExp(`^(\\d+) of \\1 highlights shown$`));
  expect((await view(page, id)).boxes.length).toBeGreaterThanOrEqual(minimum);
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  for (const quote of ['q5', 'q8']) {
    test(`"Both": the original and the translation of ${quote} are both above the sheet`, async ({
      page,
    }) => {
      await expectWholeQuoteShown(page, `${SAMPLE}?quote=${quote}&view=parallel`, quote, 2);
    });
  }

  test('the last quote of the article, in the original, is above the sheet', async ({ page }) => {
    await expectWholeQuoteShown(page, `${SAMPLE}?quote=q15`, 'q15', 1);
  });

  test('"Both": every part of a quote its cue interrupts, in both languages', async ({ page }) => {
    const article = generateArticle({
      id: 'interrupted',
      languages: ['de', 'en'],
      paragraphs: 30,
      quotes: 40,
    });
    const interrupted = article.quotes.filter((q) => (q.spans.de?.length ?? 0) > 1);
    expect(interrupted.length).toBeGreaterThan(3);
    await serveArticle(page, 'interrupted', article);
    for (const quote of interrupted.slice(2, 4))
      await expectWholeQuoteShown(page, `/articles/interrupted?quote=${quote.id}&view=parallel`, quote.id, 4);
  });
});

test('on a wide screen, side by side: the last quote of the article is shown in both columns', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await expectWholeQuoteShown(page, `${SAMPLE}?quote=q15&view=parallel`, 'q15', 2);
});

test('a quote too tall for a short window: its beginning at the top of what can be read', async ({
  page,
}) => {
  // A phone on its side: the sheet takes 40 % of the height, both languages of q5 are taller than the rest.
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(`${SAMPLE}?quote=q5&view=parallel`);
  await expect(page.getByRole('region', { name: 'Selected quote' })).toBeVisible();
  await expect
    .poll(async () => {
      const { area, boxes } = await view(page, 'q5');
      const top = Math.min(...boxes.map((b) => b.top));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      // Too tall to show whole; its top is near the top of the reading area.
      return bottom - top > area.bottom - area.top && top >= area.top - 0.5 && top <= area.top + 40;
    })
    .toBe(true);
});
