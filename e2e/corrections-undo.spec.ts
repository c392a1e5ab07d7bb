/** A quote deleted from an imported article by mistake is taken back: with the mouse, with the keyboard. */
import { expectNoAxeViolations } from './support/axe';
import { expect, test, waitForApp } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';

test.use({ locale: 'en-US' });
// An import, a second tab and a reload on a machine shared with other work. Nothing is timed.
test.describe.configure({ timeout: 90_000 });

test('a deleted quote is brought back with Undo, in every tab and after a reload', async ({
  page,
  context,
}) => {
  const path = await importText(page, LINDAU_NEWS, 'Rückgängig mit der Maus');
  const other = await context.newPage();
  await other.goto(path);
  await waitForApp(other);
  const tomBerg = (tab = page) => tab.getByRole('link', { name: /^Direct quote by Tom Berg/ });

  await tomBerg().click();
  await page
    .getByRole('region', { name: 'Correct this quote' })
    .getByRole('button', { name: 'Delete this quote' })
    .click();
  await expect(tomBerg()).toHaveCount(0);
  await expect(tomBerg(other)).toHaveCount(0);

  const offer = page.getByRole('region', { name: 'Deleted quote' });
  await expect(offer).toContainText('The quote by Tom Berg was deleted: „Das ist Geldverschwendung“');
  await expect(
    page.getByRole('status').filter({ hasText: 'The quote by Tom Berg was deleted' }),
  ).toContainText('“Undo” (or Ctrl+Z, ⌘Z on a Mac) brings it back.');
  await expectNoAxeViolations(page, { include: '.undo-bar' });
  await offer.getByRole('button', { name: 'Undo' }).click();

  // Back in the text and opened, its panel with the focus as when a quote is opened; in the other tab; kept.
  await expect(offer).toHaveCount(0);
  await expect(tomBerg()).toHaveClass(/\bis-selected\b/);
  await expect(
    page.getByRole('region', { name: 'Selected quote' }).getByRole('heading', { level: 2 }),
  ).toBeFocused();
  await expect(
    page.getByRole('region', { name: 'Selected quote' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Tom Berg');
  await expect(tomBerg(other)).toBeVisible();
  await page.reload();
  await expect(tomBerg()).toBeVisible();
});

test('by keyboard, Ctrl+Z brings a deleted quote back; the offer ends when another quote is opened', async ({
  page,
}) => {
  await importText(page, LINDAU_NEWS, 'Rückgängig mit der Tastatur');
  const critics = page.getByRole('link', { name: /^Reported statement by Kritiker/ });
  const tomBerg = page.getByRole('link', { name: /^Direct quote by Tom Berg/ });
  const corrections = page.getByRole('region', { name: 'Correct this quote' });
  const offer = page.getByRole('region', { name: 'Deleted quote' });

  await critics.focus();
  await page.keyboard.press('Enter');
  await corrections.getByRole('button', { name: 'Delete this quote' }).focus();
  await page.keyboard.press('Enter');
  await expect(critics).toHaveCount(0);
  await expect(tomBerg).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(critics).toHaveClass(/\bis-selected\b/);
  await expect(
    page.getByRole('region', { name: 'Selected quote' }).getByRole('heading', { level: 2 }),
  ).toBeFocused();
  await expect(offer).toHaveCount(0);

  // Deleted again, then another quote opened: the offer ends there, and Ctrl+Z no longer brings it back.
  await corrections.getByRole('button', { name: 'Delete this quote' }).focus();
  await page.keyboard.press('Enter');
  await expect(critics).toHaveCount(0);
  await expect(offer).toBeVisible();
  await expect(tomBerg).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(corrections).toBeVisible();
  await expect(offer).toHaveCount(0);
  await tomBerg.focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(corrections).toBeVisible();
  await expect(critics).toHaveCount(0);
});
