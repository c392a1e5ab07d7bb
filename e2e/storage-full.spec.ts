import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.use({ locale: 'en-US' });
test.describe.configure({ timeout: 90_000 });

const GERMAN =
  'Der Rat tagt am Montag. „Wir entscheiden heute“, sagte Ratsvorsitzende Ida Kern. „Das ist zu früh“, sagte Paul Stein.';

/** From now on every IndexedDB write of this page fails as it does when the site's storage is full. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

test('a correction that does not fit says so, offers the export, and keeps what was saved before', async ({
  page,
}) => {
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(GERMAN);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Ratssitzung');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page).toHaveURL(/\/imported\/ratssitzung$/);
  await page.getByRole('link', { name: /^Direct quote by Ida Kern/ }).click();
  await page
    .getByRole('region', { name: 'Correct this quote' })
    .getByLabel('Kind')
    .selectOption({ label: 'Indirect speech' });
  // Saved (the reload reads it back from IndexedDB) before the storage fills up.
  await page.reload();
  await expect(page.getByRole('link', { name: /^Indirect speech by Ida Kern/ })).toBeVisible();

  await fillStorage(page);
  await page.getByRole('link', { name: /^Direct quote by Paul Stein/ }).click();
  await page
    .getByRole('region', { name: 'Correct this quote' })
    .getByLabel('Kind')
    .selectOption({ label: 'Reported statement' });
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Storage full: not saved' })).toBeVisible();
  await expect(alert).toContainText('Everything saved before is kept');
  await expect(alert.getByRole('button', { name: 'Export as JSON' })).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Back up the library' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Reported statement by Paul Stein/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export as JSON' }).click();
  expect((await download).suggestedFilename()).toBe('ratssitzung.json');

  await page.reload();
  await expect(page.getByRole('link', { name: /^Indirect speech by Ida Kern/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Direct quote by Paul Stein/ })).toBeVisible();
});

test('an import that does not fit says the storage is full', async ({ page }) => {
  await page.goto('/import');
  await fillStorage(page);
  await page.getByRole('textbox', { name: 'Text' }).fill(GERMAN);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('alert')).toContainText('The browser’s storage for this site is full');
  await expect(page).toHaveURL(/\/import$/);
});
