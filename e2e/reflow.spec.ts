/**
 * Reflow (WCAG 1.4.10) and resized text (1.4.4) where the phone specs do not look: a screen 320 CSS px wide, in
 * both interface languages, and a phone whose browser's default font size is doubled (the browser's own font-size
 * setting, which scales `rem` and the media queries, unlike the app's own text size). No page may scroll sideways,
 * every control of the header stays on the screen, and the skip link stays out of sight until it has the focus.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { setDefaultFontSize } from './support/font-size';

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';
const PAGES = ['/', SAMPLE, `${SAMPLE}?view=parallel`, '/import', '/search?q=Rutte', '/speakers/mark-rutte'];

const LANGUAGES = [
  {
    locale: 'en-GB',
    library: 'Library',
    import: 'Import',
    search: 'Search quotes',
    settings: 'Settings',
    skip: 'Skip to content',
  },
  {
    locale: 'de-DE',
    library: 'Bibliothek',
    import: 'Importieren',
    search: 'Zitate durchsuchen',
    settings: 'Einstellungen',
    skip: 'Zum Inhalt springen',
  },
] as const;

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function expectReflows(page: Page, strings: (typeof LANGUAGES)[number], width: number) {
  expect(await sidewaysOverflow(page), 'no scrolling sideways').toBeLessThanOrEqual(0);
  const header = page.getByRole('banner');
  for (const control of [
    header.getByRole('link', { name: strings.library, exact: true }),
    header.getByRole('link', { name: strings.import, exact: true }),
    header.getByRole('searchbox', { name: strings.search }),
    header.getByRole('button', { name: strings.settings }),
  ]) {
    const box = (await control.boundingBox())!;
    expect(box.x, `${await control.textContent()} starts on the screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, 'and ends on it').toBeLessThanOrEqual(width);
    // A target a finger can hit (WCAG 2.5.8): where the links stack, the spacing exception does not hold.
    expect(box.height, 'at least 24 px high').toBeGreaterThanOrEqual(24);
  }
  await expect(page.getByRole('link', { name: strings.skip })).not.toBeInViewport();
}

for (const strings of LANGUAGES) {
  test.describe(`${strings.locale}, 320 CSS px wide`, () => {
    test.use({
      locale: strings.locale,
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });

    for (const path of PAGES) {
      test(`${path}: no scrolling sideways, the header on the screen`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectReflows(page, strings, 320);
      });
    }
  });

  test.describe(`${strings.locale}, a phone with the browser's text at 200 %`, () => {
    test.use({
      locale: strings.locale,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });

    for (const path of PAGES) {
      test(`${path}: no scrolling sideways, the header on the screen`, async ({ page }) => {
        await setDefaultFontSize(page, 32);
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectReflows(page, strings, 390);
      });
    }
  });
}
