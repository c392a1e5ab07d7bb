import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { installTranslator } from './support/translator-stand-in';

test.use({ locale: 'en-US' });

/** A French news text written for this test: a quotation with its cue, which the German annotator cannot read. */
const FRENCH = [
  'Le conseil municipal de Lyon a voté mardi soir pour la construction d’un nouveau pont sur le Rhône. Les travaux doivent commencer au printemps et durer deux ans.',
  '« Nous avons attendu ce pont pendant trop longtemps », a déclaré la maire devant les journalistes. Les opposants jugent le projet trop cher et veulent saisir le tribunal.',
].join('\n\n');

const GERMAN = [
  'Die Stadt Lindau plant einen neuen Hafen. „Wir bauen den Hafen noch in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind am Dienstag.',
  'Kritiker halten das Projekt für zu teuer.',
].join('\n\n');

const FRENCH_NOTE =
  'This text seems to be in French. The annotator reads German only, so it marked no quotes here. You can still read the text, translate it where your browser can, and mark quotes by hand.';

async function importText(page: Page, text: string, title: string) {
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(text);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a pasted French text is kept in French, the page says why nothing is marked, and it is translated from French', async ({
  page,
}) => {
  // The stand-in translator knows German into English only: asked for French, it says so.
  await installTranslator(page);
  await importText(page, FRENCH, 'Un pont pour Lyon');
  await expect(page).toHaveURL(/\/imported\/un-pont-pour-lyon$/);

  const bar = page.getByRole('region', { name: 'Imported article' });
  await expect(bar).toContainText(FRENCH_NOTE);
  await expect(bar).toContainText('Not French? Change it below, under “Language of the text”.');
  await expect(bar).not.toContainText('German news');
  await expect(bar).not.toContainText('No quotes were found');
  await expect(page.getByRole('heading', { level: 1, name: 'Un pont pour Lyon' })).toHaveAttribute(
    'lang',
    'fr',
  );
  await expect(page.locator('p.paragraph', { hasText: 'Le conseil municipal de Lyon' })).toHaveAttribute(
    'lang',
    'fr',
  );
  await expectNoAxeViolations(page, { include: '.imported-bar' });

  // A quote can be marked by hand in the French text.
  await page.getByRole('button', { name: 'Mark a missed quote' }).click();
  await bar.getByRole('textbox', { name: 'Words of the quote' }).fill('Nous avons attendu ce pont');
  await expect(bar.getByRole('status')).toHaveText('Found in paragraph 2.');
  await bar.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Nobody (unattributed)' });
  await bar.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Direct quote' });
  await bar.getByRole('button', { name: 'Mark as quote' }).click();
  await expect(
    page.getByRole('link', { name: /^Direct quote by an unknown speaker: Nous avons attendu ce pont$/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Translate into English' }).click();
  await expect(
    page.getByText('This browser’s translator does not translate French into English.'),
  ).toBeVisible();

  // Kept in French across a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Imported article' })).toContainText(FRENCH_NOTE);

  // A German paste is annotated as before, without the note.
  await importText(page, GERMAN, 'Hafen in Lindau');
  await expect(page.getByRole('link', { name: /^Direct quote by Eva Lind/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Imported article' })).not.toContainText('seems to be in');
  await expect(page.locator('p.paragraph', { hasText: 'Die Stadt Lindau' })).toHaveAttribute('lang', 'de');
});

test('the language of a text too short to tell can be chosen by the person', async ({ page }) => {
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill('¡No pasarán!');
  await page.getByRole('combobox', { name: 'Language of the text' }).selectOption({ label: 'Spanish' });
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page).toHaveURL(/\/imported\//);
  await expect(page.getByRole('region', { name: 'Imported article' })).toContainText(
    'This text seems to be in Spanish.',
  );
  await expect(page.locator('p.paragraph', { hasText: 'No pasarán' })).toHaveAttribute('lang', 'es');
});

test.describe('with a German interface', () => {
  test.use({ locale: 'de-DE' });

  test('the note is said in German, with the language’s German name', async ({ page }) => {
    await page.goto('/import');
    await page.getByRole('textbox', { name: 'Text' }).fill(FRENCH);
    await page.getByRole('button', { name: 'Annotieren' }).click();
    await expect(page.getByRole('region', { name: 'Importierter Artikel' })).toContainText(
      'Dieser Text scheint auf Französisch geschrieben zu sein. Der Annotator liest nur Deutsch und hat hier deshalb keine Zitate markiert.',
    );
  });
});
