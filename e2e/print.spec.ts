/** The printout, as the PDF headless Chromium makes of the page: how many sheets the reader gets. */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.use({ locale: 'en-GB' });

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';

/** The sheets of `url` printed on A4: every page object (`/Type /Page`, not the `/Pages` tree) is one. */
async function printedPages(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await expect(page.getByRole('article').locator('.paragraph').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test('print: a selected quote adds no blank sheet at the end', async ({ page }) => {
  // The quote panel is not printed, and neither is the room under the text that a phone's bottom sheet needs (a
  // printed page is narrower than the wide layout). Until 2026-12-06 that room, 45 % of a page, was printed.
  for (const view of ['view=original', 'view=parallel']) {
    const plain = await printedPages(page, `${SAMPLE}?${view}`);
    expect(plain, view).toBeGreaterThan(1);
    expect(await printedPages(page, `${SAMPLE}?${view}&quote=q5`), `${view}, a quote selected`).toBe(plain);
  }
});
