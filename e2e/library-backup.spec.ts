import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { expectNoAxeViolations } from './support/axe';
import { expect, test, waitForApp } from './support/fixtures';

test.use({ locale: 'en-US' });
// Several imports, a backup and restores with axe checks; on a busy machine that takes longer than the default.
test.describe.configure({ timeout: 90_000 });

const GERMAN =
  'Die Bahn verlängert die Strecke. „Wir fahren ab Mai bis zum Hafen“, sagte Bahnchefin Nora Hahn am Mittwoch. „Das kommt zu spät“, sagte Pendler Max Ott.';

async function backUp(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up the library' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^stimmen-library-\d{4}-\d{2}-\d{2}\.jsonl$/);
  return readFileSync(await file.path(), 'utf8');
}

async function restore(page: Page, name: string, text: string) {
  await page.getByLabel('Restore from a backup (.jsonl)').setInputFiles({
    name,
    mimeType: 'application/jsonl',
    buffer: Buffer.from(text),
  });
}

test('a backup exported, the database deleted, the backup restored: every article and correction is back', async ({
  page,
}) => {
  // An annotated text with a correction, and a dropped article file.
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(GERMAN);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Neue Strecke');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.getByRole('link', { name: /^Direct quote by .*Max Ott/ }).click();
  await page
    .getByRole('region', { name: 'Correct this quote' })
    .getByLabel('Kind')
    .selectOption({ label: 'Reported statement' });
  await expect(page.getByRole('link', { name: /^Reported statement by .*Max Ott/ })).toBeVisible();
  await page.goto('/import');
  const dropped = generateArticle({ id: 'dropped-for-backup', languages: ['de', 'en'] });
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'dropped.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dropped)),
  });
  await expect(page).toHaveURL(/\/imported\/dropped-for-backup$/);

  await page.goto('/');
  const keeping = page.getByRole('region', { name: 'Your library in this browser' });
  await expect(keeping).toContainText('This site uses');
  await expectNoAxeViolations(page);
  const backup = await backUp(page);
  expect(backup.trimEnd().split('\n')).toHaveLength(2);
  await expect(keeping.getByRole('status')).toContainText('Backed up 2 articles');

  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('stimmen');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('could not delete the database'));
      }),
  );
  await page.reload();
  // As after `page.goto`: the library's keeping part is hydrated after the first paint, a person waits for the page.
  await waitForApp(page);
  await expect(page.getByRole('heading', { name: 'Your imports' })).toHaveCount(0);

  await restore(page, 'backup.jsonl', backup);
  await expect(keeping.getByRole('status').filter({ hasText: 'Restored from' })).toHaveText(
    'Restored from “backup.jsonl”: 2 added, 0 replaced, 0 kept as copies, 0 already here and skipped.',
  );
  const imports = page.getByRole('region', { name: 'Your imports' });
  await expect(imports.getByRole('link', { name: 'Neue Strecke' })).toBeVisible();
  await expect(imports.getByRole('link', { name: 'Generated article 1 (en)' })).toBeVisible();
  await imports.getByRole('link', { name: 'Neue Strecke' }).click();
  await expect(page.getByRole('link', { name: /^Reported statement by .*Max Ott/ })).toBeVisible();

  // The same backup again: nothing to do.
  await page.goto('/');
  await restore(page, 'backup.jsonl', backup);
  await expect(keeping.getByRole('status').filter({ hasText: 'Restored from' })).toContainText(
    '0 added, 0 replaced, 0 kept as copies, 2 already here',
  );
});

test('restoring an article that differs asks keep-as-copy or replace; a broken line is named and the rest restored', async ({
  page,
}) => {
  const article = generateArticle({ id: 'restore-choice', languages: ['de', 'en'] });
  await page.goto('/import');
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'article.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(article)),
  });
  await expect(page).toHaveURL(/\/imported\/restore-choice$/);
  await page.goto('/');

  const changed = { ...article, title: { ...article.title, en: 'Changed title' } };
  const other = generateArticle({ id: 'restore-new', seed: 9 });
  const text = [
    JSON.stringify(changed),
    JSON.stringify({ ...other, id: 'broken-line', quotes: 'none' }),
    JSON.stringify(other),
  ].join('\n');
  await restore(page, 'changed.jsonl', text);
  // By keyboard from the file field on: the focus goes to the choices' heading, and their question is said.
  const title = 'Articles that differ from the ones here';
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeFocused();
  await expect(page.getByRole('form', { name: title }).getByRole('status')).toHaveText(
    'One article in “changed.jsonl” has the same id as one in your library but a different content. Choose what to do with it:',
  );
  const choice = page.getByRole('group', { name: /restore-choice/ });
  const keep = choice.getByRole('radio', { name: 'Keep both: add the backup’s as a copy' });
  await expect(keep).toBeChecked();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Tab');
  await expect(keep).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(choice.getByRole('radio', { name: 'Replace the one here with the backup’s' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toBeFocused();
  // The choices go once restoring starts, and the focus goes back to the file field.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Restore from a backup (.jsonl)')).toBeFocused();

  const keeping = page.getByRole('region', { name: 'Your library in this browser' });
  await expect(keeping.getByRole('status')).toContainText(
    '1 added, 1 replaced, 0 kept as copies, 0 already here',
  );
  const broken = keeping.getByRole('alert');
  await expect(broken).toContainText('Line 2 (id “broken-line”): quotes:');
  await expect(page.getByRole('link', { name: 'Changed title' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The original again, kept as a copy this time.
  await restore(page, 'original.jsonl', JSON.stringify(article));
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(keeping.getByRole('status')).toContainText('0 added, 0 replaced, 1 kept as copies');
  await page.goto('/imported/restore-choice-copy');
  await expect(page.getByRole('heading', { level: 1, name: 'Generated article 1 (en)' })).toBeVisible();
});

test.describe('with a German interface', () => {
  test.use({ locale: 'de-DE' });

  test('a broken line of a backup is named with its problem in German', async ({ page }) => {
    await page.goto('/');
    const article = generateArticle({ id: 'kaputte-zeile' });
    await page.getByLabel('Aus einer Sicherung wiederherstellen (.jsonl)').setInputFiles({
      name: 'sicherung.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(`${JSON.stringify({ ...article, quotes: 'keine' })}\n`),
    });
    const keeping = page.getByRole('region', { name: 'Ihre Bibliothek in diesem Browser' });
    await expect(keeping.getByRole('alert')).toContainText(
      'Zeile 1 (ID „kaputte-zeile“): quotes: erwartet: Liste, gefunden: "keine"',
    );
  });

  test('a line of a backup cut short says in German at which line and column, counted in the backup', async ({
    page,
  }) => {
    await page.goto('/');
    const article = generateArticle({ id: 'ganze-zeile' });
    const cut = '{"id": "halbe-zeile", "title": {"de": "Hafen';
    await page.getByLabel('Aus einer Sicherung wiederherstellen (.jsonl)').setInputFiles({
      name: 'sicherung.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(`${JSON.stringify(article)}\n${cut}\n`),
    });
    const keeping = page.getByRole('region', { name: 'Ihre Bibliothek in diesem Browser' });
    await expect(keeping.getByRole('alert').getByRole('listitem')).toHaveText([
      `Zeile 2: kein gültiges JSON in Zeile 2, Spalte ${cut.length + 1}: der Text endet mitten in einer Zeichenkette (ein schließendes " fehlt)`,
    ]);
    await expect(keeping.getByRole('status')).toContainText('1 hinzugefügt');
  });
});

test('a file with no articles says so; an article exported as formatted JSON restores as one article', async ({
  page,
}) => {
  await page.goto('/');
  const keeping = page.getByRole('region', { name: 'Your library in this browser' });
  await restore(page, 'empty.jsonl', '\n\n');
  await expect(keeping.getByRole('alert')).toHaveText(
    'The file “empty.jsonl” holds no articles: nothing was restored. A backup has one article per line.',
  );

  // "Export as JSON" in the reader writes the article over many lines; chosen here, it is that one article.
  const article = generateArticle({ id: 'exported-formatted', seed: 4 });
  await restore(page, 'exported-formatted.json', `${JSON.stringify(article, null, 2)}\n`);
  await expect(keeping.getByRole('status')).toContainText(
    '1 added, 0 replaced, 0 kept as copies, 0 already here',
  );
  await expect(keeping.getByRole('alert')).toHaveCount(0);
  await page.goto('/imported/exported-formatted');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a file that is no backup says that nothing was restored, in a live region that was there before', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  const keeping = page.getByRole('region', { name: 'Your library in this browser' });
  // A screen reader announces a live region's changes, not every region added with its message in it.
  const outcome = await keeping.getByRole('status').elementHandle();
  await restore(page, 'export.jsonl', '{"name": "Tabelle", "rows": 3}\nName;Wert\n');
  await expect(keeping.getByRole('status')).toHaveText(
    'Nothing was restored: no line of “export.jsonl” is an article, so it is not a backup of a Stimmen library, or it is damaged. Your library is as it was.',
  );
  expect(await outcome.evaluate((region) => region.isConnected && region.textContent)).toContain(
    'Nothing was restored',
  );
  await expect(keeping.getByRole('alert').getByRole('listitem')).toHaveText([
    'Line 1: schemaVersion: missing (this reader reads version 2)',
    /^Line 2: not valid JSON at line 2, column 1: /,
  ]);
  await expect(page.getByRole('heading', { name: 'Your imports' })).toHaveCount(0);

  // A backup made next is said in the same region.
  await page.getByRole('button', { name: 'Back up the library' }).click();
  await expect(keeping.getByRole('status')).toHaveText(/^Backed up 0 articles into stimmen-library-/);
  expect(await outcome.evaluate((region) => region.isConnected)).toBe(true);
  await expect(keeping.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
