/**
 * The language of an imported text, changed where it is read: a German text stored as English is annotated in
 * place, and changing away from German asks before it drops a reader's correction.
 */
import type { Locator } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { LINDAU_NEWS } from './support/imported-text';

test.use({ locale: 'en-US' });

/** Where the bar says politely what became of a change of language (a live region, not the bar's other status). */
const announced = (bar: Locator) => bar.locator('[aria-live="polite"]');

test('a German text imported as English is changed to German in place, and back only after asking', async ({
  page,
}) => {
  // The language deliberately set wrong on import: the text is kept as English, unannotated.
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Hafen in Lindau');
  await page.getByRole('combobox', { name: 'Language of the text' }).selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page).toHaveURL(/\/imported\/hafen-in-lindau$/);
  const bar = page.getByRole('region', { name: 'Imported article' });
  await expect(bar).toContainText('This text seems to be in English.');
  await expect(bar).toContainText('Not English? Change it below, under “Language of the text”.');
  await expect(page.getByRole('link', { name: /^Direct quote by/ })).toHaveCount(0);
  // Every paragraph of the bar says something: the live region, empty until a change, holds none.
  await expect(bar.getByRole('paragraph')).not.toHaveCount(0);
  expect(await bar.getByRole('paragraph').allTextContents()).not.toContain('');

  // Changed to German by keyboard: the annotator reads it, the quotes appear, and it is said politely.
  const language = bar.getByRole('combobox', { name: 'Language of the text' });
  await expect(language).toHaveValue('en');
  await language.focus();
  await language.selectOption({ label: 'German' });
  await page.keyboard.press('Tab');
  await expect(bar.getByRole('button', { name: 'Change language' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(announced(bar)).toHaveText(
    /^The language of the text is now German, and it was annotated: \d+ quotes found\.$/,
  );
  const tom = page.getByRole('link', { name: /^Direct quote by Tom Berg: „Das ist Geldverschwendung“/ });
  await expect(tom).toBeVisible();
  await expect(page.getByRole('link', { name: /^Direct quote by Eva Lind/ })).toBeVisible();
  await expect(bar).not.toContainText('seems to be in');
  await expect(page.locator('p.paragraph', { hasText: 'Die Stadt Lindau' })).toHaveAttribute('lang', 'de');
  await expect(bar.getByRole('button', { name: 'Change language' })).toBeFocused();
  expect(await bar.getByRole('paragraph').allTextContents()).not.toContain('');
  // Stored: still German after a reload.
  await page.reload();
  await expect(tom).toBeVisible();
  await expect(language).toHaveValue('de');

  // A correction: Tom Berg's quote made indirect speech.
  await tom.click();
  await page
    .getByRole('region', { name: 'Correct this quote' })
    .getByLabel('Kind')
    .selectOption({ label: 'Indirect speech' });
  const corrected = page.getByRole('link', {
    name: /^Indirect speech by Tom Berg: „Das ist Geldverschwendung“/,
  });
  await expect(corrected).toBeVisible();

  // Back to English: asked first, with what would be lost; Cancel keeps everything.
  await language.selectOption({ label: 'English' });
  await bar.getByRole('button', { name: 'Change language' }).click();
  const question = bar.getByRole('group', {
    name: 'Change the language to English and remove your corrections?',
  });
  await expect(question).toContainText(
    'what you corrected, confirmed or marked by hand is removed: 1 quote. To keep a copy, export the article as JSON first.',
  );
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(question.getByRole('button', { name: 'Export as JSON' })).toBeVisible();
  await expectNoAxeViolations(page, { include: '.imported-bar' });
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Change language' })).toBeFocused();
  await expect(language).toHaveValue('de');
  await expect(corrected).toBeVisible();
  // Escape says no as Cancel does.
  await language.selectOption({ label: 'Dutch' });
  await bar.getByRole('button', { name: 'Change language' }).click();
  const dutch = bar.getByRole('group', { name: 'Change the language to Dutch and remove your corrections?' });
  await expect(dutch).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dutch).toHaveCount(0);
  await expect(language).toHaveValue('de');
  await expect(corrected).toBeVisible();

  // Asked again and confirmed: the annotator's quotes and the correction go, the text stays.
  await language.selectOption({ label: 'English' });
  await bar.getByRole('button', { name: 'Change language' }).click();
  await question.getByRole('button', { name: 'Change to English and remove them' }).click();
  await expect(announced(bar)).toHaveText(
    'The language of the text is now English; the annotator’s marks were removed.',
  );
  await expect(page.getByRole('link', { name: /^Direct quote by/ })).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Change language' })).toBeFocused();
  await expect(page.locator('p.paragraph', { hasText: 'Die Stadt Lindau' })).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(bar).toContainText('This text seems to be in English.');
  await expect(page.getByRole('link', { name: /^Direct quote by/ })).toHaveCount(0);
});

test.describe('with a German interface', () => {
  test.use({ locale: 'de-DE' });

  test('the language is changed and announced in German', async ({ page }) => {
    await page.goto('/import');
    await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
    await page.getByRole('combobox', { name: 'Sprache des Textes' }).selectOption({ label: 'Französisch' });
    await page.getByRole('button', { name: 'Annotieren' }).click();
    const bar = page.getByRole('region', { name: 'Importierter Artikel' });
    await expect(bar).toContainText('Nicht Französisch? Ändern Sie sie unten unter „Sprache des Textes“.');
    await bar.getByRole('combobox', { name: 'Sprache des Textes' }).selectOption({ label: 'Deutsch' });
    await bar.getByRole('button', { name: 'Sprache ändern' }).click();
    await expect(announced(bar)).toHaveText(
      /^Die Sprache des Textes ist jetzt Deutsch, und er wurde annotiert: \d+ Zitate gefunden\.$/,
    );
    await expect(page.getByRole('link', { name: /^Direktes Zitat von Tom Berg/ })).toBeVisible();
  });
});
