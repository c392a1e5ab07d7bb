/** Correcting an imported article with the keyboard alone: one decision, one stored correction. */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.use({ locale: 'en-US' });

const GERMAN = [
  'Die Stadt Lindau plant einen neuen Hafen. „Wir bauen den Hafen noch in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind am Dienstag.',
  'Sie fügte hinzu, dass der Rat bereits im März 2023 zugestimmt habe. Kritiker halten das Projekt für zu teuer.',
  '„Das ist Geldverschwendung“, sagte der Sprecher der Bürgerinitiative, Tom Berg.',
].join('\n\n');

async function importText(page: Page, title: string): Promise<string> {
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(GERMAN);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('link', { name: /^Direct quote by Tom Berg/ })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The stored record of imported article `id`: its revision (one more per write) and its quotes. */
function stored(page: Page, id: string) {
  return page.evaluate(
    (key) =>
      new Promise<{ revision: number; quotes: { kind: string; speaker: string | null }[] }>(
        (resolve, reject) => {
          const open = indexedDB.open('stimmen');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const get = open.result
              .transaction('imported-articles')
              .objectStore('imported-articles')
              .get(key);
            get.onsuccess = () => {
              const record = get.result as { revision: number; article: { quotes: never[] } };
              open.result.close();
              resolve({ revision: record.revision, quotes: record.article.quotes });
            };
          };
        },
      ),
    id,
  );
}

test('arrowing through a correction’s options stores only the choice made, with Enter or Apply', async ({
  page,
}) => {
  const id = await importText(page, 'Pfeiltasten');
  const before = await stored(page, id);

  await page.getByRole('link', { name: /^Direct quote by Tom Berg/ }).focus();
  await page.keyboard.press('Enter');
  const corrections = page.getByRole('region', { name: 'Correct this quote' });
  const kind = corrections.getByRole('combobox', { name: 'Kind' });
  await kind.focus();
  // Direct → indirect → reported → free indirect: three options passed on the way, nothing stored yet.
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
  await expect(kind).toHaveValue('freeIndirect');
  await expect(corrections.getByRole('status')).toContainText('Not saved yet');
  await expect(page.getByRole('link', { name: /^Direct quote by Tom Berg/ })).toBeVisible();
  expect((await stored(page, id)).revision).toBe(before.revision);

  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: /^Free indirect speech by Tom Berg/ })).toBeVisible();
  await expect.poll(async () => (await stored(page, id)).revision).toBe(before.revision + 1);
  await expect(kind).toBeFocused();
  await expect(corrections.getByRole('status')).toHaveText('');

  // Escape takes a choice back; nothing is stored.
  const speaker = corrections.getByRole('combobox', { name: 'Speaker' });
  const was = await speaker.inputValue();
  await speaker.focus();
  await page.keyboard.press('ArrowUp');
  await expect(speaker).not.toHaveValue(was);
  await page.keyboard.press('Escape');
  await expect(speaker).toHaveValue(was);
  await expect(page.getByRole('link', { name: /^Free indirect speech by Tom Berg/ })).toBeVisible();
  await expect(corrections).toBeVisible();

  // Apply, reached with Tab, stores the choice and gives the focus back to the field.
  await kind.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(corrections.getByRole('button', { name: 'Apply' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: /^Indirect speech by Tom Berg/ })).toBeVisible();
  await expect(kind).toBeFocused();
  await expect.poll(async () => (await stored(page, id)).revision).toBe(before.revision + 2);
  // The one quote changed has the kind chosen last, and its speaker as it was.
  const changed = (await stored(page, id)).quotes.filter((q, i) => q.kind !== before.quotes[i]?.kind);
  expect(changed).toEqual([expect.objectContaining({ kind: 'indirect', speaker: was })]);
});
