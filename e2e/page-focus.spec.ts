/** Where the focus goes when a person moves to another page: to its main heading, announced, visibly by keyboard. */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.use({ locale: 'en-GB' });

const SAMPLE_TITLE = 'Rutte: Ukraine was never promised NATO membership in a peace deal';

/** The focused element's outline, and whether the browser shows it as keyboard focus (`:focus-visible`). */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return 'nothing focused';
    return focused.matches(':focus-visible') ? getComputedStyle(focused).outlineStyle : 'not visible';
  });

test('by keyboard, the focus goes to the new page’s heading, visibly; not on the first load', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  expect(await focusRing(page)).toBe('nothing focused');

  await page.getByRole('main').getByRole('link', { name: SAMPLE_TITLE }).focus();
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { level: 1, name: SAMPLE_TITLE });
  await expect(title).toBeFocused();
  expect(await focusRing(page)).toBe('solid');
  // The next Tab goes on from the heading, into the page, not back to the top.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(
    true,
  );

  // A quote selected (a change of the query string only) keeps its own focus handling: the panel's heading.
  const quote = page
    .getByRole('article')
    .getByRole('link', { name: /^Indirect speech by Mark Rutte/ })
    .first();
  await quote.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Selected quote' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Mark Rutte' })).toBeFocused();

  // From the reader to the speaker's page.
  await panel.getByRole('link', { name: 'All quotes by Mark Rutte in the library' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeFocused();
  expect(await focusRing(page)).toBe('solid');

  // Back to the article: its heading again.
  await page.goBack();
  await expect(title).toBeFocused();
});

test('typing in the search field keeps the focus there; a speaker followed from the results gets its page’s heading', async ({
  page,
}) => {
  await page.goto('/articles/nato-ukraine-membership-rutte-2025');
  const search = page.getByRole('searchbox', { name: 'Search quotes' });
  await search.focus();
  await page.keyboard.type('Rutte');
  await expect(page.getByRole('heading', { level: 1, name: 'Search: Rutte' })).toBeVisible();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('Rutte');

  await page.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Mark Rutte' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeFocused();
});

test('by mouse, the heading takes the focus without a keyboard focus ring', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Import a text' });
  await expect(heading).toBeFocused();
  expect(await focusRing(page)).toBe('not visible');
});
