/** Every page has a title of its own (WCAG 2.4.2): its main heading and the app, in the interface language. */
import { expect, test } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';
import { sampleArticle } from './support/sample';

test.use({ locale: 'de-DE' });

const sample = sampleArticle();
const sampleTitle = sample.title.de ?? sample.title[sample.originalLanguage] ?? '';

test('a prerendered article names itself in its title before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(`/de/articles/${sample.id}`);
  await expect(page).toHaveTitle(`${sampleTitle} – Stimmen`);
  await context.close();
});

test('the title follows the reader from page to page and into the other interface language', async ({
  page,
}) => {
  await page.goto('/de/');
  await expect(page).toHaveTitle('Bibliothek – Stimmen');

  await page.getByRole('main').getByRole('link', { name: sampleTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: sampleTitle })).toBeFocused();
  await expect(page).toHaveTitle(`${sampleTitle} – Stimmen`);

  await page.getByRole('searchbox', { name: 'Zitate durchsuchen' }).fill('Ukraine');
  await expect(page.getByRole('heading', { level: 1, name: 'Suche: Ukraine' })).toBeVisible();
  await expect(page).toHaveTitle('Suche: Ukraine – Stimmen');

  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.getByRole('combobox', { name: 'Sprache der Oberfläche' }).selectOption('English');
  await expect(page).toHaveTitle('Search: Ukraine – Stimmen');

  await page.goto('/import');
  await expect(page).toHaveTitle('Import a text – Stimmen');
});

test('the title follows a heading that changes in place: a new search, the article in the other interface language', async ({
  page,
}) => {
  const search = page.getByRole('searchbox', { name: 'Zitate durchsuchen' });
  await page.goto('/de/');
  await search.fill('Ukraine');
  await expect(page).toHaveTitle('Suche: Ukraine – Stimmen');
  await search.fill('Rutte');
  await expect(page.getByRole('heading', { level: 1, name: 'Suche: Rutte' })).toBeVisible();
  await expect(page).toHaveTitle('Suche: Rutte – Stimmen');

  await page.goto(`/de/articles/${sample.id}`);
  await expect(page).toHaveTitle(`${sampleTitle} – Stimmen`);
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.getByRole('combobox', { name: 'Sprache der Oberfläche' }).selectOption('English');
  await expect(page.getByRole('heading', { level: 1, name: sample.title.en })).toBeVisible();
  await expect(page).toHaveTitle(`${sample.title.en ?? ''} – Stimmen`);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('the title follows an imported article, whose heading comes after its loading state', async ({
    page,
  }) => {
    await importText(page, LINDAU_NEWS, 'Hafen in Lindau');
    await expect(page).toHaveTitle('Hafen in Lindau – Stimmen');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Hafen in Lindau' })).toBeVisible();
    await expect(page).toHaveTitle('Hafen in Lindau – Stimmen');
  });
});
