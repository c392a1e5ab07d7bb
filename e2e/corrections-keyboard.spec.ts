/** Correcting an imported article with the keyboard alone: one decision, one stored correction. */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { generateArticle } from '../src/testing/data-generators';
import { importText, LINDAU_NEWS } from './support/imported-text';
import { selectPhrase } from './support/selection';
import { stored } from './support/stored-article';

/**
 * A reported statement the annotator misses (no verb of saying, no quotation marks: the chamber's view in the
 * author's words), in a paragraph of its own after the Lindau text.
 */
const MISSED = 'Für die Handelskammer ist der Ausbau ein Gewinn für die ganze Region';
const WITH_MISSED = `${LINDAU_NEWS}\n\n${MISSED}.`;

/** Imports `text` (the Lindau text unless said) under `title`; the imported article's id. */
const importedId = async (page: Page, title: string, text = LINDAU_NEWS, copy = false): Promise<string> =>
  (await importText(page, text, title, { copy })).split('/').pop() ?? '';

test.use({ locale: 'en-US' });

test('arrowing through a correction’s options stores only the choice made, with Enter or Apply', async ({
  page,
}) => {
  const id = await importedId(page, 'Pfeiltasten');
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
  await expectNoAxeViolations(page);
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

  // Arrowing back to the saved choice leaves nothing unsaved.
  await page.keyboard.press('ArrowUp');
  await expect(corrections.getByRole('status')).toContainText('Not saved yet');
  await page.keyboard.press('ArrowDown');
  await expect(speaker).toHaveValue(was);
  await expect(corrections.getByRole('status')).toHaveText('');
  await expect(corrections.getByRole('button', { name: 'Apply' })).toBeHidden();

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

/** Marks `MISSED` the mouse's way: selects it in the text, then the bar's speaker, kind and button. */
async function markBySelection(page: Page) {
  await selectPhrase(page, MISSED);
  const bar = page.getByRole('region', { name: 'Mark a quote' });
  await bar.getByLabel('Kind').selectOption({ label: 'Reported statement' });
  await bar.getByLabel('Speaker').selectOption({ label: 'Nobody (unattributed)' });
  await bar.getByRole('button', { name: 'Mark as quote' }).click();
}

test('a missed quote is marked with the keyboard alone, by its words: the same correction as a selection', async ({
  page,
}) => {
  const id = await importedId(page, 'Tastatur', WITH_MISSED);
  const before = await stored(page, id);
  const missed = page.getByRole('link', { name: `Reported statement by an unknown speaker: ${MISSED}` });
  // The annotator left these words unmarked.
  await expect(missed).toHaveCount(0);
  expect(JSON.stringify(before.quotes)).not.toContain('Handelskammer');
  const open = page.getByRole('button', { name: 'Mark a missed quote' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.focus();
  await page.keyboard.press('Enter');
  const words = page.getByRole('textbox', { name: 'Words of the quote' });
  await expect(words).toBeFocused();
  const form = page.getByRole('region', { name: 'Imported article' });
  const outcome = form.getByRole('status');
  const markButton = form.getByRole('button', { name: 'Mark as quote' });

  await page.keyboard.type('Das Projekt ist teuer');
  await expect(outcome).toHaveText('These words are not in the original text.');
  await expect(markButton).toBeDisabled();

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Hafen');
  await expect(outcome).toHaveText(
    'These words occur 2 times: choose which is the quote, or type more of its words.',
  );
  await expect(form.getByRole('group', { name: 'Which one?' }).getByRole('radio')).toHaveCount(2);
  await expect(markButton).toBeDisabled();
  await expectNoAxeViolations(page);

  // Other capitals and a line break's worth of spaces do not matter.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('für die handelskammer ist der  ausbau ein gewinn für die ganze region');
  // Found, and no quote marked over them yet (the form would say so).
  await expect(outcome).toHaveText('Found in paragraph 4.');
  await expect(form.getByRole('group', { name: 'Which one?' })).toHaveCount(0);

  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toBeFocused();
  // The last choice is a new speaker; the one before it, nobody.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toHaveValue('');
  await page.keyboard.press('Tab');
  // Words without quotation marks are offered as indirect speech; the next kind is a reported statement.
  await expect(form.getByRole('combobox', { name: 'Kind' })).toHaveValue('indirect');
  await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('combobox', { name: 'Kind' })).toHaveValue('reported');
  await page.keyboard.press('Tab');
  await expect(markButton).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(missed).toBeVisible();
  // The new quote is selected, and its panel has the focus; the form is closed.
  await expect(page.getByRole('region', { name: 'Selected quote' })).toContainText(MISSED);
  expect(await page.evaluate(() => document.activeElement?.closest('.quote-panel') !== null)).toBe(true);
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await stored(page, id)).revision).toBe(before.revision + 1);
  const byWords = (await stored(page, id)).quotes.slice(before.quotes.length);
  expect(byWords).toEqual([
    expect.objectContaining({
      kind: 'reported',
      speaker: null,
      spans: { de: [expect.objectContaining({ exact: MISSED })] },
    }),
  ]);

  // The mouse's way, in a copy of the same text: the same quote stored.
  const copy = await importedId(page, 'Maus', WITH_MISSED, true);
  await expect(missed).toHaveCount(0);
  await markBySelection(page);
  await expect(missed).toBeVisible();
  await expect.poll(async () => (await stored(page, copy)).quotes.length).toBe(before.quotes.length + 1);
  expect((await stored(page, copy)).quotes.slice(before.quotes.length)).toEqual(byWords);
  expect(byWords).toHaveLength(1);
});

test('the words form is left with Cancel, back on its button', async ({ page }) => {
  await importedId(page, 'Abbrechen');
  const open = page.getByRole('button', { name: 'Mark a missed quote' });
  await open.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hafen');
  await page
    .getByRole('region', { name: 'Imported article' })
    .getByRole('button', { name: 'Cancel' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(open).toBeFocused();
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('textbox', { name: 'Words of the quote' })).toBeHidden();
});

test('the words of a quote already marked are said to be so', async ({ page }) => {
  await importedId(page, 'Schon markiert');
  await page.getByRole('button', { name: 'Mark a missed quote' }).click();
  const bar = page.getByRole('region', { name: 'Imported article' });
  const words = bar.getByRole('textbox', { name: 'Words of the quote' });
  await words.fill('Das ist Geldverschwendung');
  await expect(bar.getByRole('status')).toHaveText(
    'Found in paragraph 3. These words are already marked as a quote by Tom Berg.',
  );
  await words.fill('Die Stadt Lindau plant einen neuen Hafen');
  await expect(bar.getByRole('status')).toHaveText('Found in paragraph 1.');
});

test('by keyboard, the focus stays on the quote’s form when it is confirmed, and the status says so', async ({
  page,
}) => {
  // An article file with a quote the annotator was unsure of, imported as a person drops it.
  const article = generateArticle({ id: 'unsure-quote', languages: ['de'], quotes: 3, events: 0 });
  const unsure = article.quotes[1]!;
  Object.assign(unsure, { confidence: 0.3, needsReview: true });
  await page.goto('/import');
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'unsure.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(article)),
  });
  await expect(page).toHaveURL(/\/imported\/unsure-quote$/);
  const words = unsure.spans.de?.[0]?.exact ?? '';
  await page
    .getByRole('article')
    .getByRole('link', { name: new RegExp(`: ${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .focus();
  await page.keyboard.press('Enter');
  const corrections = page.getByRole('region', { name: 'Correct this quote' });
  await corrections.getByRole('button', { name: 'Looks right' }).focus();
  await page.keyboard.press('Enter');
  // The button is gone; the focus is on the form's heading (not the page's body), and the status says what happened.
  await expect(corrections.getByRole('button', { name: 'Looks right' })).toHaveCount(0);
  await expect(corrections.getByRole('heading', { name: 'Correct this quote' })).toBeFocused();
  await expect(corrections.getByRole('status')).toHaveText(
    'Confirmed: this quote is no longer marked for review.',
  );
});

test('by keyboard, a deleted quote leaves the focus on the next quote in the text', async ({ page }) => {
  await importedId(page, 'Fokus nach dem Löschen');
  const critics = page.getByRole('link', { name: /^Reported statement by Kritiker/ });
  await critics.focus();
  await page.keyboard.press('Enter');
  const corrections = page.getByRole('region', { name: 'Correct this quote' });
  await corrections.getByRole('button', { name: 'Delete this quote' }).focus();
  await page.keyboard.press('Enter');
  await expect(critics).toHaveCount(0);
  // The panel and its button are gone: the focus is on the next link in the text, where the person was reading.
  await expect(page.getByRole('link', { name: /^Direct quote by Tom Berg/ })).toBeFocused();
});
