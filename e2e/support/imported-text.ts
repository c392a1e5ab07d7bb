import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A short German news text the import specs paste: two direct quotes (Eva Lind, Tom Berg) and indirect speech. */
export const LINDAU_NEWS = [
  'Die Stadt Lindau plant einen neuen Hafen. „Wir bauen den Hafen noch in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind am Dienstag.',
  'Sie fügte hinzu, dass der Rat bereits im März 2023 zugestimmt habe. Kritiker halten das Projekt für zu teuer.',
  '„Das ist Geldverschwendung“, sagte der Sprecher der Bürgerinitiative, Tom Berg.',
].join('\n\n');

/**
 * Imports `text` under `title` as a person does on the import page, waits until the reader shows Tom Berg's quote,
 * and returns the imported article's path. With `copy`, the text is in the library already and a second copy is
 * wanted: the page says so first, and the person chooses "Import it again".
 */
export async function importText(
  page: Page,
  text: string,
  title: string,
  { copy = false }: { copy?: boolean } = {},
): Promise<string> {
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(text);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await page.getByRole('button', { name: 'Annotate' }).click();
  if (copy) await page.getByRole('alert').getByRole('button', { name: 'Import it again' }).click();
  await expect(page.getByRole('link', { name: /^Direct quote by Tom Berg/ })).toBeVisible();
  return new URL(page.url()).pathname;
}
