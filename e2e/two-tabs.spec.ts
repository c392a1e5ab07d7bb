import type { BrowserContext, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test, waitForApp } from './support/fixtures';
import { importText } from './support/imported-text';

test.use({ locale: 'en-US' });
// Two tabs annotating and correcting; on a busy machine that takes longer than the default. Nothing is timed.
test.describe.configure({ timeout: 90_000 });

const GERMAN = [
  'Die Stadt Lindau plant einen neuen Hafen. „Wir bauen den Hafen noch in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind am Dienstag.',
  '„Das ist Geldverschwendung“, sagte der Sprecher der Bürgerinitiative, Tom Berg.',
].join('\n\n');

/** A second tab on `path`; `deaf`: one that misses the other tabs' announcements (as if it had been asleep). */
async function secondTab(context: BrowserContext, path: string, { deaf = false } = {}): Promise<Page> {
  const page = await context.newPage();
  if (deaf)
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'BroadcastChannel');
    });
  await page.goto(path);
  await waitForApp(page);
  return page;
}

async function setKind(page: Page, quote: RegExp, kind: string) {
  await page.getByRole('link', { name: quote }).click();
  await page
    .getByRole('region', { name: 'Correct this quote' })
    .getByLabel('Kind')
    .selectOption({ label: kind });
}

test('a correction made in one tab appears in the other without a reload', async ({ page, context }) => {
  const path = await importText(page, GERMAN, 'Zwei Tabs');
  const other = await secondTab(context, path);
  await setKind(page, /^Direct quote by Tom Berg/, 'Reported statement');
  await expect(other.getByRole('link', { name: /^Reported statement by Tom Berg/ })).toBeVisible();
  await expect(other.getByRole('link', { name: /^Direct quote by Tom Berg/ })).toHaveCount(0);
});

test('a write based on a stale copy is detected: a change elsewhere is kept, and a conflict is the reader’s to decide', async ({
  page,
  context,
}) => {
  const path = await importText(page, GERMAN, 'Veraltete Kopie');
  const stale = await secondTab(context, path, { deaf: true });

  // Another quote changed in the first tab: the stale tab's change is applied on top, nothing is lost.
  await setKind(page, /^Direct quote by Eva Lind/, 'Indirect speech');
  await setKind(stale, /^Direct quote by Tom Berg/, 'Reported statement');
  await expect(
    stale.getByRole('status').filter({ hasText: 'Your change was applied to that version and saved' }),
  ).toBeVisible();
  await expect(stale.getByRole('link', { name: /^Indirect speech by Eva Lind/ })).toBeVisible();
  await expect(stale.getByRole('link', { name: /^Reported statement by Tom Berg/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: /^Indirect speech by Eva Lind/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Reported statement by Tom Berg/ })).toBeVisible();

  // The same quote changed differently in both: the stale tab shows the current version and offers its own.
  await setKind(page, /^Reported statement by Tom Berg/, 'Indirect speech');
  await setKind(stale, /^Reported statement by Tom Berg/, 'Free indirect speech');
  const conflict = stale.getByRole('alert');
  await expect(conflict).toContainText('Your change conflicts with another tab’s');
  await expect(stale.getByRole('link', { name: /^Indirect speech by Tom Berg/ })).toBeVisible();
  await expectNoAxeViolations(stale);
  await conflict.getByRole('button', { name: 'Use my version instead' }).click();
  await expect(stale.getByRole('link', { name: /^Free indirect speech by Tom Berg/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: /^Free indirect speech by Tom Berg/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Indirect speech by Eva Lind/ })).toBeVisible();
});
