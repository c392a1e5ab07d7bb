/**
 * Marking a quote over words that other quotes cover: inside one (nesting) is marked and said; across a quote's
 * edge (crossing) is explained before anything is stored, with the ways on (extend that quote, replace it, or
 * cancel), with the mouse and with the keyboard, in English and German.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';
import { selectAcross } from './support/selection';
import { stored, type StoredQuote } from './support/stored-article';

/** The original words of every stored quote. */
const wordsOf = (quotes: StoredQuote[]) =>
  quotes.map((q) => (q.spans['de'] ?? []).map((s) => s.exact).join(' … '));

const EVA = '„Wir bauen den Hafen noch in diesem Jahr aus“';

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('a selection crossing the start of a quote is explained, and extends that quote', async ({ page }) => {
    const path = await importText(page, LINDAU_NEWS, 'Kreuzung');
    const id = path.split('/').pop() ?? '';
    const before = await stored(page, id);

    await selectAcross(page, 'einen neuen Hafen', 'Wir bauen');
    const bar = page.getByRole('region', { name: 'Mark a quote' });
    const note =
      'They overlap the quote by Eva Lind: “Wir bauen den Hafen noch in diesem Jahr aus”. A quote cannot begin ' +
      'inside another and end outside it: extend that quote over these words, or replace it with a new quote.';
    await expect(bar).toContainText(note);
    // Said to a screen reader when the selection is made, and given as the description of the choices.
    await expect(page.getByRole('status').filter({ hasText: 'They overlap' })).toHaveText(note);
    await expect(bar.getByRole('button', { name: 'Mark as quote' })).toHaveCount(0);
    const extend = bar.getByRole('button', { name: 'Extend the quote by Eva Lind' });
    await expect(extend).toHaveAccessibleDescription(note);
    await expect(bar.getByRole('button', { name: 'Replace it with a new quote' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect((await stored(page, id)).revision).toBe(before.revision);

    await extend.click();
    await expect(
      page.getByRole('link', { name: /^Direct quote by Eva Lind: einen neuen Hafen\. „Wir bauen/ }),
    ).toBeVisible();
    await expect.poll(async () => (await stored(page, id)).revision).toBe(before.revision + 1);
    const after = (await stored(page, id)).quotes;
    // One quote fewer nowhere, one more nowhere: Eva Lind's quote now begins with the words selected.
    expect(after).toHaveLength(before.quotes.length);
    expect(wordsOf(after)).toContain(`einen neuen Hafen. ${EVA}`);
    expect(wordsOf(after)).not.toContain(EVA);
  });

  test('a selection across two quotes can only replace them, or be dismissed', async ({ page }) => {
    const path = await importText(page, LINDAU_NEWS, 'Zwei Zitate');
    const id = path.split('/').pop() ?? '';
    const before = await stored(page, id);

    await selectAcross(page, 'zugestimmt habe', 'Kritiker halten');
    const bar = page.getByRole('region', { name: 'Mark a quote' });
    await expect(bar).toContainText(
      'They overlap 2 quotes: the quote by Eva Lind (“dass der Rat bereits im März 2023 zugestimmt habe”) and ' +
        'the quote by Kritiker (“Kritiker halten das Projekt für zu teuer”).',
    );
    await expect(bar.getByRole('button', { name: /^Extend/ })).toHaveCount(0);
    await expect(bar.getByRole('button', { name: 'Mark as quote' })).toHaveCount(0);
    await bar.getByRole('button', { name: 'Dismiss' }).click();
    await expect(bar).toBeHidden();
    expect((await stored(page, id)).revision).toBe(before.revision);

    await selectAcross(page, 'zugestimmt habe', 'Kritiker halten');
    await bar.getByLabel('Speaker').selectOption({ label: 'Nobody (unattributed)' });
    await bar.getByLabel('Kind').selectOption({ label: 'Reported statement' });
    await bar.getByRole('button', { name: 'Replace them with a new quote' }).click();
    await expect(
      page.getByRole('link', {
        name: 'Reported statement by an unknown speaker: zugestimmt habe. Kritiker halten',
      }),
    ).toBeVisible();
    await expect.poll(async () => (await stored(page, id)).quotes.length).toBe(before.quotes.length - 1);
    const words = wordsOf((await stored(page, id)).quotes);
    expect(words).toContain('zugestimmt habe. Kritiker halten');
    expect(words.filter((w) => w.includes('Kritiker halten das Projekt'))).toEqual([]);
  });

  test('typed words inside a quote are marked as a quote within it, and said to be', async ({ page }) => {
    const path = await importText(page, LINDAU_NEWS, 'Verschachtelt');
    const id = path.split('/').pop() ?? '';
    const before = await stored(page, id);
    await page.getByRole('button', { name: 'Mark a missed quote' }).click();
    const form = page.getByRole('region', { name: 'Imported article' });
    await form.getByRole('textbox', { name: 'Words of the quote' }).fill('den Hafen noch in diesem Jahr');
    await expect(form.getByRole('status')).toHaveText(
      'Found in paragraph 1. They lie inside a quote by Eva Lind and will be marked as a quote within it.',
    );
    await form.getByRole('button', { name: 'Mark as quote' }).click();
    // (A link is named by the words up to the next highlight: here "in diesem Jahr", a date.)
    // Typed without quotation marks, the words are offered (and marked) as indirect speech.
    await expect(
      page.getByRole('link', { name: 'Indirect speech by Eva Lind: den Hafen noch' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /^Direct quote by Eva Lind: „Wir bauen/ })).toBeVisible();
    await expect.poll(async () => (await stored(page, id)).quotes.length).toBe(before.quotes.length + 1);
    expect(wordsOf((await stored(page, id)).quotes)).toEqual([
      ...wordsOf(before.quotes),
      'den Hafen noch in diesem Jahr',
    ]);
  });
});

test.describe('in German', () => {
  // Imported with the English interface (`importText` speaks English), then read in German.
  test.use({ locale: 'en-US' });

  test('getippte Worte über das Ende eines Zitats: erklärt, mit der Tastatur ersetzt', async ({ page }) => {
    const path = await importText(page, LINDAU_NEWS, 'Tastatur über Kreuz');
    const id = path.split('/').pop() ?? '';
    await page.goto(`${path}?lng=de`);
    const before = await stored(page, id);
    const open = page.getByRole('button', { name: 'Übersehenes Zitat markieren' });
    await open.focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: 'Worte des Zitats' });
    await expect(field).toBeFocused();
    await page.keyboard.type('in diesem Jahr aus", sagte Bürgermeisterin Eva Lind');
    const form = page.getByRole('region', { name: 'Importierter Artikel' });
    const note =
      'Gefunden in Absatz 1. Sie überschneiden sich mit dem Zitat von Eva Lind: „Wir bauen den Hafen noch in ' +
      'diesem Jahr aus“. Ein Zitat kann nicht in einem anderen beginnen und außerhalb enden: Erweitern Sie jenes ' +
      'Zitat um diese Worte, oder ersetzen Sie es durch ein neues Zitat.';
    await expect(form.getByRole('status')).toHaveText(note);
    await expect(form.getByRole('button', { name: 'Als Zitat markieren' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Enter in the field stores nothing while the words cross a quote.
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await expect(form.getByRole('status')).toHaveText(note);
    expect((await stored(page, id)).revision).toBe(before.revision);

    // Speaker, kind, then the two ways on: extend, replace.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Zitat von Eva Lind erweitern' })).toBeFocused();
    await page.keyboard.press('Tab');
    const replace = form.getByRole('button', { name: 'Durch ein neues Zitat ersetzen' });
    await expect(replace).toBeFocused();
    await page.keyboard.press('Enter');

    // (Its link is named by all its words, the date "in diesem Jahr" inside it included; a quotation mark only
    // within them, they are indirect speech.)
    await expect(
      page.getByRole('link', {
        name: 'Indirekte Rede von Eva Lind: in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind',
      }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /^Direktes Zitat von Eva Lind: „Wir bauen/ })).toHaveCount(0);
    await expect.poll(async () => (await stored(page, id)).revision).toBe(before.revision + 1);
    const words = wordsOf((await stored(page, id)).quotes);
    expect(words).toContain('in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind');
    expect(words).not.toContain(EVA);
  });
});
