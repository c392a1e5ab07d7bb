/**
 * The quote panel as a bottom sheet (narrow windows): the quote opened is shown above it in every text mode, and on
 * a short window (200 % zoom) the text keeps most of the screen while the sheet scrolls inside itself.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.use({ locale: 'en-US' });

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';
const QUOTE = /^(Direct quote|Indirect speech|Reported statement|Free indirect speech) by /;

const sheet = (page: Page) => page.getByRole('region', { name: 'Selected quote' });

/**
 * Where the text can be seen while the sheet is open: from below the text-mode bar when it is stuck to the top of
 * the window (else from the top) to the sheet's top edge.
 */
async function readingArea(page: Page): Promise<{ top: number; bottom: number }> {
  return page.evaluate(() => {
    const bar = document.querySelector('.text-mode-bar')?.getBoundingClientRect();
    const sheetTop = document.querySelector('.quote-panel')?.getBoundingClientRect().top ?? innerHeight;
    const stuck = bar !== undefined && bar.top <= 0.5 && bar.bottom > 0;
    return { top: stuck ? bar.bottom : 0, bottom: sheetTop };
  });
}

/** Every highlight of the selected quote (both languages when both are shown), as a person sees it marked. */
async function selectedBoxes(page: Page) {
  return page
    .getByRole('article')
    .locator('.is-selected')
    .evaluateAll((marks) =>
      marks.map((m) => m.getBoundingClientRect()).map((b) => ({ top: b.top, bottom: b.bottom })),
    );
}

/** Whether every highlight of the selected quote is fully in the reading area (waits for a smooth scroll). */
async function expectSelectedInReadingArea(page: Page, what: string) {
  await expect
    .poll(
      async () => {
        const area = await readingArea(page);
        const boxes = await selectedBoxes(page);
        return (
          boxes.length > 0 && boxes.every((b) => b.top >= area.top - 0.5 && b.bottom <= area.bottom + 0.5)
        );
      },
      { message: `the selected quote is fully above the sheet: ${what}` },
    )
    .toBe(true);
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('"Both": a quote opened in the translation by mouse or keyboard is shown above the sheet, also when the mode changes', async ({
    page,
  }) => {
    await page.goto(`${SAMPLE}?view=parallel`);
    await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
    const english = page.getByRole('article').locator('p[lang="en"]').getByRole('link', { name: QUOTE });
    // A person reads down the translation and taps one quote after another.
    for (let i = 0; i < 4; i++) {
      const link = english.nth(i);
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await expect(sheet(page).getByRole('heading', { level: 2 })).toBeFocused();
      await expectSelectedInReadingArea(page, `English quote ${i + 1}, opened by a tap`);
      await sheet(page).getByRole('button', { name: 'Close' }).click();
      await expect(sheet(page)).toHaveCount(0);
    }

    // By keyboard: focus a quote of the translation, Enter.
    const keyed: Locator = english.nth(5);
    await keyed.focus();
    await page.keyboard.press('Enter');
    await expect(sheet(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expectSelectedInReadingArea(page, 'opened with Enter');

    // The text mode changes while the quote is open: it stays in view.
    await page.getByRole('radio', { name: 'English' }).click();
    await expectSelectedInReadingArea(page, 'after switching to the translation');
    await page.getByRole('radio', { name: 'Both' }).click();
    await expectSelectedInReadingArea(page, 'after switching back to both');
    await page.getByRole('radio', { name: 'German' }).click();
    await expectSelectedInReadingArea(page, 'after switching to the original');
  });

  test('a quote opened in the original, then "Both": both its highlights are shown above the sheet', async ({
    page,
  }) => {
    await page.goto(SAMPLE);
    const link = page.getByRole('article').getByRole('link', { name: /^Direct quote by Pete Hegseth/ });
    await link.first().scrollIntoViewIfNeeded();
    await link.first().click();
    await expectSelectedInReadingArea(page, 'in the original');
    await page.getByRole('radio', { name: 'Both' }).click();
    await expect(page.getByRole('article').locator('p[lang="en"] .is-selected')).not.toHaveCount(0);
    await expectSelectedInReadingArea(page, 'after switching to both');
  });
});

test.describe('a short window (a laptop at 200 % zoom)', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  test('the text keeps most of the screen, the sheet scrolls inside itself, the focus is never hidden', async ({
    page,
  }) => {
    await page.goto(SAMPLE);
    await page
      .getByRole('article')
      .getByRole('link', { name: /^Direct quote by Pete Hegseth/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const region = sheet(page);
    await expect(region.getByRole('heading', { level: 2, name: 'Pete Hegseth' })).toBeFocused();
    await expectSelectedInReadingArea(page, 'opened with Enter');

    // At least half of the window is left for reading (before: a third, under a stuck bar and a tall sheet).
    const area = await readingArea(page);
    expect(area.bottom - area.top).toBeGreaterThanOrEqual(400 * 0.5);
    const box = (await region.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(400 * 0.45);

    // The sheet's controls stay at hand and its content scrolls inside it: Tab reaches its last link, in view.
    await expect(region.getByRole('button', { name: 'Close' })).toBeInViewport();
    await expect(region.getByRole('button', { name: 'Next quote' })).toBeInViewport();
    const links = region.getByRole('link');
    const last = links.last();
    for (let i = 0; i < 20 && !(await last.evaluate((l) => l === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();

    // Back through the text with Shift+Tab: every link that takes the focus is in the reading area (WCAG 2.4.11).
    await region.getByRole('heading', { level: 2 }).focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Shift+Tab');
      const inText = await page.evaluate(() => document.activeElement?.closest('.reader-text') !== null);
      if (!inText) continue;
      const focused = page.locator(':focus');
      await expect
        .poll(async () => {
          const b = (await focused.boundingBox())!;
          const shown = await readingArea(page);
          return b.y >= shown.top - 0.5 && b.y + b.height <= shown.bottom + 0.5;
        })
        .toBe(true);
    }
  });

  test('at 320 CSS px wide the open sheet needs no scrolling sideways (WCAG 1.4.10)', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(`${SAMPLE}?view=parallel`);
    await page.getByRole('article').getByRole('link', { name: QUOTE }).nth(2).click();
    const region = sheet(page);
    await expect(region.getByRole('heading', { level: 2 })).toBeFocused();
    const widths = await page.evaluate(() => {
      const panel = document.querySelector('.quote-panel')!;
      return { page: document.documentElement.scrollWidth, sheet: panel.scrollWidth - panel.clientWidth };
    });
    expect(widths).toEqual({ page: 320, sheet: 0 });
  });
});
