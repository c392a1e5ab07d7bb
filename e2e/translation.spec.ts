import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { finishDownload, installTranslator, type StandInMode } from './support/translator-stand-in';

test.use({ locale: 'en-US' });

const GERMAN = [
  'Die Stadt Lindau plant einen neuen Hafen. „Wir bauen den Hafen noch in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind am Dienstag.',
  'Kritiker halten das Projekt für zu teuer.',
  '„Das ist viel zu teuer“, sagte der Sprecher Tom Berg.',
].join('\n\n');

const TOOL = 'Translator API of the browser (on the device)';
const panel = (page: Page) => page.getByRole('region', { name: 'Selected quote' });

/** Imports `GERMAN` through the import page and waits for the reader. */
async function importGerman(page: Page) {
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(GERMAN);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Hafen in Lindau');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page).toHaveURL(/\/imported\/hafen-in-lindau$/);
  // The address comes first; the article follows once it is read back from the browser's storage.
  await expect(page.getByRole('heading', { level: 1, name: 'Hafen in Lindau' })).toBeVisible();
}

/** A German-only article as if shipped with the site (fetched from `/articles/<id>.json`). */
const SHIPPED = generateArticle({
  id: 'generated-german',
  languages: ['de'],
  paragraphs: 6,
  quotes: 6,
  events: 3,
});
async function serveShipped(page: Page) {
  await page.route(`**/articles/${SHIPPED.id}.json`, (route: Route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(SHIPPED) }),
  );
}

test('an imported German text is translated in the browser, read side by side with its quotes, kept, exported and removed', async ({
  page,
}) => {
  test.slow(); // an import, two reloads and two axe runs on a machine shared with other work
  await installTranslator(page);
  await importGerman(page);
  await expectNoAxeViolations(page, { include: '.text-mode-bar' });
  await page.getByRole('button', { name: 'Translate into English' }).click();

  // Side by side, marked as machine translation with its translator.
  await expect(page).toHaveURL(/view=parallel/);
  await expect(page.getByText('Machine translation · English')).toBeVisible();
  await expect(page.getByText(`English: machine translation by ${TOOL}.`)).toBeVisible();
  await expect(page.getByText(/^English is a machine translation by/)).toBeVisible();
  const english = page.locator('[id^="en-"]');
  await expect(english.first()).toContainText('The city Lindau plans a new harbour.');
  // The reordered sentence: the quotation moved to its end and is still found, exactly.
  await expect(english.getByRole('link', { name: /^Direct quote by Tom Berg/ })).toHaveText(
    '“That is far too expensive.”',
  );
  await expectNoAxeViolations(page, { include: '.article' });

  // A quote in the translation opens the panel, which says the translation is a machine's.
  await english.getByRole('link', { name: /^Direct quote by Eva Lind/ }).click();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Eva Lind' })).toBeVisible();
  await expect(panel(page)).toContainText('Machine translation (English)');
  await expect(panel(page).locator('dd[lang="en"]')).toHaveText('“We build the harbour still in this year”');

  // Kept across a reload, and exported with the article, marked as machine-made.
  await page.reload();
  await expect(page.getByText('Machine translation · English')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    languages: string[];
    translations: Record<string, { method: string; tool: string }>;
  };
  expect(exported.languages).toEqual(['de', 'en']);
  expect(exported.translations.en).toMatchObject({ method: 'machine', tool: TOOL });

  // Removable: the article is German only again, and can be translated again.
  await page.getByRole('button', { name: 'Remove the English machine translation' }).click();
  await expect(page.getByText('Machine translation · English')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Translate into English' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Translate into English' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Side by side' })).toHaveCount(0);
});

test('a translation can be cancelled while the translator downloads, by keyboard', async ({ page }) => {
  await installTranslator(page, 'downloadHangs');
  await serveShipped(page);
  await page.goto(`/articles/${SHIPPED.id}`);
  await page.getByRole('button', { name: 'Translate into English' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Downloading the translator for English: 50%' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, { include: '.text-mode-bar' });
  await page.getByRole('button', { name: 'Cancel translation' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('The translation into English was cancelled.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel translation' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Side by side' })).toHaveCount(0);
});

test('by keyboard, the focus follows the translation: Cancel while it runs, its mark when it is shown, Translate after it is removed', async ({
  page,
}) => {
  // The download waits for the test: a fast one would be over before Cancel could be seen (a loaded machine's run).
  await installTranslator(page, 'downloadWaits');
  await importGerman(page);
  await page.getByRole('button', { name: 'Translate into English' }).focus();
  await page.keyboard.press('Enter');
  // The button pressed is replaced by Cancel, which takes the focus (it had fallen to the page's body).
  await expect(page.getByRole('button', { name: 'Cancel translation' })).toBeFocused();
  await finishDownload(page);
  // Done: said in a status, and the focus is on the translation's mark, from where Tab reaches Remove.
  await expect(
    page.getByRole('status').filter({
      hasText: 'Translated into English: the translation is shown beside the original.',
    }),
  ).toBeVisible();
  await expect(page.getByText(`English: machine translation by ${TOOL}.`)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove the English machine translation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Translate into English' })).toBeFocused();
  await expect(page.getByText('Translated into English', { exact: false })).toHaveCount(0);
});

test('by keyboard, a cancelled translation gives the focus back to Translate', async ({ page }) => {
  await installTranslator(page, 'downloadHangs');
  await serveShipped(page);
  await page.goto(`/articles/${SHIPPED.id}`);
  await page.getByRole('button', { name: 'Translate into English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cancel translation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('The translation into English was cancelled.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Translate into English' })).toBeFocused();
});

test('a shipped article is translated into the language it lacks, kept in this browser and removable', async ({
  page,
}) => {
  test.slow();
  await installTranslator(page);
  await serveShipped(page);
  await page.goto(`/articles/${SHIPPED.id}`);
  await page.getByRole('button', { name: 'Translate into English' }).click();
  await expect(page.getByText('Machine translation · English')).toBeVisible();
  // Every quote is highlighted in the translation too.
  const english = page.locator('[id^="en-"]');
  await expect(english.locator('[data-quote]').first()).toBeVisible();
  const quotes = new Set(
    await english
      .locator('[data-quote]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-quote'))),
  );
  expect(quotes.size).toBe(SHIPPED.quotes.length);

  // Kept: looked up once the page is idle, with the storage code loaded then (slow on a busy machine).
  await page.reload();
  await expect(page.getByText('Machine translation · English')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Remove the English machine translation' }).click();
  await expect(page.getByText('Machine translation · English')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Translate into English' })).toBeVisible();
});

const UNAVAILABLE: { mode: StandInMode; en: RegExp; de: RegExp }[] = [
  {
    mode: 'noApi',
    en: /^This browser cannot translate: it has no built-in translator/,
    de: /^Dieser Browser kann nicht übersetzen: Er hat keinen eingebauten Übersetzer/,
  },
  {
    mode: 'noPair',
    en: /^This browser’s translator does not translate German into English\.$/,
    de: /^Der Übersetzer dieses Browsers übersetzt nicht aus dem Deutschen ins Englische\.$/,
  },
  {
    mode: 'downloadFails',
    en: /^The browser did not download its translator for German into English: the download was refused or failed \(NetworkError: The model download failed\.\)\.$/,
    de: /^Der Browser hat seinen Übersetzer aus dem Deutschen ins Englische nicht geladen: Der Download wurde verweigert oder ist fehlgeschlagen/,
  },
];

for (const { mode, en, de } of UNAVAILABLE) {
  for (const language of ['en', 'de'] as const) {
    test(`says why it cannot translate (${mode}, interface in ${language})`, async ({ page }) => {
      await installTranslator(page, mode);
      await serveShipped(page);
      await page.goto(`/articles/${SHIPPED.id}?lng=${language}`);
      const offer = language === 'en' ? 'Translate into English' : 'Ins Englische übersetzen';
      await page.getByRole('button', { name: offer }).click();
      await expect(page.getByRole('alert')).toHaveText(language === 'en' ? en : de);
      await expect(page.getByRole('button', { name: offer })).toBeVisible();
      if (language === 'de') await expectNoAxeViolations(page, { include: '.text-mode-bar' });
    });
  }
}
