/**
 * The kind first offered for a quote marked by hand follows its words: direct when they stand in quotation marks,
 * indirect when they do not; a kind the person chose stays chosen.
 */
import { expect, test } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';
import { selectPhrase } from './support/selection';

test.use({ locale: 'en-US' });

/** Words of the first paragraph the annotator leaves unmarked, without quotation marks. */
const UNQUOTED = 'Die Stadt Lindau plant einen neuen Hafen';

test('selected words without quotation marks are offered as indirect speech, quoted ones as a direct quote', async ({
  page,
}) => {
  await importText(page, LINDAU_NEWS, 'Art der Markierung');
  await selectPhrase(page, UNQUOTED);
  const bar = page.getByRole('region', { name: 'Mark a quote' });
  const kind = bar.getByRole('combobox', { name: 'Kind' });
  await expect(kind.locator('option:checked')).toHaveText('Indirect speech');

  await selectPhrase(page, '„Das ist Geldverschwendung“');
  await expect(kind.locator('option:checked')).toHaveText('Direct quote');

  await selectPhrase(page, UNQUOTED);
  await expect(kind.locator('option:checked')).toHaveText('Indirect speech');
  await bar.getByRole('button', { name: 'Mark as quote' }).click();
  await expect(page.getByRole('link', { name: `Indirect speech by Eva Lind: ${UNQUOTED}` })).toBeVisible();
});

test('typed words follow the same rule, and a kind chosen with the keyboard stays chosen', async ({
  page,
}) => {
  await importText(page, LINDAU_NEWS, 'Art der Markierung per Tastatur');
  await page.getByRole('button', { name: 'Mark a missed quote' }).click();
  const form = page.getByRole('region', { name: 'Imported article' });
  const kind = form.getByRole('combobox', { name: 'Kind' });
  await page.keyboard.type(UNQUOTED);
  await expect(form.getByRole('status')).toHaveText('Found in paragraph 1.');
  await expect(kind.locator('option:checked')).toHaveText('Indirect speech');

  await kind.focus();
  await page.keyboard.press('ArrowUp');
  await expect(kind.locator('option:checked')).toHaveText('Direct quote');
  await form
    .getByRole('textbox', { name: 'Words of the quote' })
    .fill('Stadt Lindau plant einen neuen Hafen');
  await expect(kind.locator('option:checked')).toHaveText('Direct quote');
  await form.getByRole('button', { name: 'Mark as quote' }).click();
  await expect(
    page.getByRole('link', { name: 'Direct quote by Eva Lind: Stadt Lindau plant einen neuen Hafen' }),
  ).toBeVisible();
});
