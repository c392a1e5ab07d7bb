/** The whole reader with the keyboard alone, from the top of the page; focus is visible at every stop. */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.use({ locale: 'en-GB' });

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';

/**
 * The focus indicator of the focused element: its own outline, or, for the visually hidden radio of a segmented
 * control, the outline of the label it draws.
 */
async function focusOutline(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement)) return 'nothing focused';
    const drawn =
      getComputedStyle(focused).opacity === '0' && focused.nextElementSibling instanceof HTMLElement
        ? focused.nextElementSibling
        : focused;
    const style = getComputedStyle(drawn);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

/** Presses Tab and expects `target` to have the focus, visibly. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>) {
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  expect(await focusOutline(page)).toMatch(/^solid [1-9]/);
}

test('tab through header, banner, text mode and highlights, operating each', async ({ page }) => {
  await page.goto(SAMPLE);
  await expect(page.getByRole('article').locator('.paragraph').first()).toBeVisible();

  const skip = page.getByRole('link', { name: 'Skip to content' });
  await tabTo(page, skip);
  await expect(skip).toBeInViewport();
  await tabTo(page, page.getByRole('link', { name: /^Stimmen/ }));
  await tabTo(page, page.getByRole('link', { name: 'Library' }));
  await tabTo(page, page.getByRole('link', { name: 'Import' }));
  await tabTo(page, page.getByRole('searchbox', { name: 'Search quotes' }));
  const settings = page.getByRole('button', { name: 'Settings' });
  await tabTo(page, settings);
  await page.keyboard.press('Enter');
  // The settings open with the focus on the first of them.
  await expect(page.getByRole('combobox', { name: 'Interface language' })).toBeFocused();
  expect(await focusOutline(page)).toMatch(/^solid [1-9]/);
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await tabTo(page, theme);
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await tabTo(page, page.getByRole('button', { name: 'Smaller text' }));
  const larger = page.getByRole('button', { name: 'Larger text' });
  await tabTo(page, larger);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '1');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
  // Escape closes them and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await expect(theme).toBeHidden();
  await expect(settings).toBeFocused();

  // Above the text, a way past its links to the speakers and the timeline (its own test below).
  await tabTo(page, page.getByRole('link', { name: 'Skip the text: speakers and timeline' }));
  const banner = page.getByRole('region', { name: 'Syndicated press release' });
  await tabTo(page, banner.getByText('About SeaPRwire'));
  await page.keyboard.press('Enter');
  await expect(banner.getByText(/real-time press release distribution/)).toBeVisible();
  await tabTo(page, banner.getByRole('link', { name: 'Website of SeaPRwire' }));

  await tabTo(page, page.getByRole('radio', { name: 'Original (German)' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Translation (English)' })).toBeChecked();
  await expect(page).toHaveURL(/view=translation/);
  await expect(page.getByRole('radio', { name: 'Translation (English)' })).toBeFocused();
  expect(await focusOutline(page)).toMatch(/^solid [1-9]/);

  const firstQuote = page.getByRole('article').getByRole('link', { name: /^Indirect speech by Mark Rutte/ });
  await tabTo(page, firstQuote.first());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]quote=q1\b/);
  // The quote panel takes the focus; Escape gives it back to the highlight, and Tab goes on in the text.
  await expect(
    page.getByRole('region', { name: 'Selected quote' }).getByRole('heading', { level: 2 }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(firstQuote.first()).toBeFocused();
  await tabTo(page, page.getByRole('article').locator('a[data-anchor]').nth(1));
});

test('the skip link jumps past the header to the content', async ({ page }) => {
  await page.goto(SAMPLE);
  await expect(page.getByRole('article').locator('.paragraph').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip the text: speakers and timeline' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('region', { name: 'Syndicated press release' }).getByText('About SeaPRwire'),
  ).toBeFocused();
});

test('a speaker no article quotes has a way back to the library, as every page not found has', async ({
  page,
}) => {
  await page.goto('/speakers/nobody-quoted-here');
  await expect(page.getByRole('heading', { level: 1, name: 'Speaker not found' })).toBeVisible();
  const back = page.getByRole('link', { name: 'Back to the library' });
  await expect(back).toBeVisible();
  for (let i = 0; i < 12 && !(await back.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('the library and the not-found page work by keyboard', async ({ page }) => {
  await page.goto('/no/such/page');
  const back = page.getByRole('link', { name: 'Back to the library' });
  for (let i = 0; i < 12 && !(await back.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(back).toBeFocused();
  expect(await focusOutline(page)).toMatch(/^solid [1-9]/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  const article = page.getByRole('link', { name: /^Rutte:/ });
  for (let i = 0; i < 12 && !(await article.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(article).toBeFocused();
  expect(await focusOutline(page)).toMatch(/^solid [1-9]/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/nato-ukraine-membership-rutte-2025$/);
});

test('with a quote open, tabbing on from the quote panel into the speaker legend: the panel does not cover the focus', async ({
  page,
}) => {
  // A later quote: the page is scrolled to it, and the quote panel is stuck to the top of the aside.
  await page.goto(`${SAMPLE}?quote=q12`);
  const panel = page.getByRole('region', { name: 'Selected quote' });
  await expect(panel).toBeVisible();
  await panel.getByRole('link').last().focus();
  const speakers = page.getByRole('region', { name: 'Speakers' });
  for (const target of [
    speakers.getByRole('button', { name: /^Mark Rutte/ }),
    speakers.getByRole('button', { name: /^Pete Hegseth/ }),
  ]) {
    await tabTo(page, target);
    await expect(target).toBeInViewport();
    // What is drawn at the middle of the focused control is the control, not the panel over it (polled: the page may
    // still be scrolling the focus into view, and under load that takes a few frames).
    await expect
      .poll(() =>
        target.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return top !== null && element.contains(top);
        }),
      )
      .toBe(true);
  }
});

test('J and K work right after choosing a text mode with the arrow keys', async ({ page }) => {
  await page.goto(`${SAMPLE}?quote=q3`);
  await expect(page.getByRole('region', { name: 'Selected quote' })).toBeVisible();
  await page.getByRole('radio', { name: 'Original (German)' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Translation (English)' })).toBeFocused();
  await expect(page).toHaveURL(/view=translation/);
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/[?&]quote=q4\b/);
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/[?&]quote=q3\b/);
});

test('one link above the text skips its links, to the speakers and the timeline', async ({ page }) => {
  await page.goto(SAMPLE);
  await tabTo(page, page.getByRole('link', { name: 'Skip to content' }));
  await page.keyboard.press('Enter');
  const skip = page.getByRole('link', { name: 'Skip the text: speakers and timeline' });
  await tabTo(page, skip);
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const legend = page.getByRole('region', { name: 'Speakers' });
  await expect(legend.getByRole('heading', { name: 'Speakers' })).toBeFocused();
  await expect(legend.getByRole('heading', { name: 'Speakers' })).toBeInViewport();
  await tabTo(page, legend.getByRole('button').first());
  // The address keeps the page's skip link's fragment: none that a reload or a shared link would carry.
  expect(new URL(page.url()).hash).toBe('#main');
});
