/** A quote of an imported article given to a new speaker, as a person types the name: Enter adds them. */
import { expect, test } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';

test.use({ locale: 'en-US' });

test('the new speaker’s name is added with Enter, and the focus stays in the corrections', async ({
  page,
}) => {
  await importText(page, LINDAU_NEWS, 'Neuer Sprecher');
  await page.getByRole('link', { name: /^Direct quote by Tom Berg/ }).click();
  const corrections = page.getByRole('region', { name: 'Correct this quote' });
  const speaker = corrections.getByRole('combobox', { name: 'Speaker' });
  await speaker.selectOption({ label: 'New speaker…' });

  const name = corrections.getByRole('textbox', { name: 'Name of the new speaker' });
  await name.focus();
  await page.keyboard.type('Tom Bergmann');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('link', { name: /^Direct quote by Tom Bergmann/ })).toBeVisible();
  await expect(name).toHaveCount(0);
  await expect(speaker).toBeFocused();
  await expect(speaker.locator('option:checked')).toHaveText('Tom Bergmann');
});

test('the new speaker added with the button: the focus goes back to the speaker field', async ({ page }) => {
  await importText(page, LINDAU_NEWS, 'Neuer Sprecher per Knopf');
  await page.getByRole('link', { name: /^Direct quote by Tom Berg/ }).click();
  const corrections = page.getByRole('region', { name: 'Correct this quote' });
  const speaker = corrections.getByRole('combobox', { name: 'Speaker' });
  await speaker.selectOption({ label: 'New speaker…' });
  await corrections.getByRole('textbox', { name: 'Name of the new speaker' }).fill('Tina Berg');
  await corrections.getByRole('button', { name: 'Add speaker' }).click();
  await expect(page.getByRole('link', { name: /^Direct quote by Tina Berg/ })).toBeVisible();
  await expect(speaker).toBeFocused();
});

test('a missed quote is marked for a speaker the annotator did not find, by keyboard, in one go', async ({
  page,
}) => {
  await importText(page, LINDAU_NEWS, 'Neue Stimme beim Markieren');
  await page.getByRole('button', { name: 'Mark a missed quote' }).click();
  await page.keyboard.type('Kritiker halten das Projekt für zu teuer');
  await page.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'New speaker…' });
  const mark = page.getByRole('button', { name: 'Mark as quote' });
  // No name yet: nobody to mark the quote for.
  await expect(mark).toBeDisabled();
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Reported statement' });
  const name = page.getByRole('textbox', { name: 'Name of the new speaker' });
  await name.fill('Kritiker des Projekts');
  await name.press('Enter');

  await expect(
    page.getByRole('link', {
      name: 'Reported statement by Kritiker des Projekts: Kritiker halten das Projekt für zu teuer',
    }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Speakers' })).toContainText('Kritiker des Projekts');
});
