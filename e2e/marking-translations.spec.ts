/**
 * Resolving a crossing in an article with a translation: extending a quote leaves its place in the translation
 * marked out of date (not highlighted on words that are no longer the whole quote), said before and after; replacing
 * a part of a quote interrupted by its cue takes only that part, the other stays. Stored, kept across a reload,
 * exported; by mouse in English and by keyboard in German.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { selectAcross } from './support/selection';
import { stored } from './support/stored-article';
import { articleFrom } from '../src/testing/hand-made-article';
import { spanOf } from '../src/testing/spans';

const DE = {
  p1: 'Die Stadt Lindau plant einen neuen Hafen. „Wir bauen den Hafen noch in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind.',
  p2: '„Das ist Geldverschwendung“, sagte Tom Berg, „und niemand hat uns gefragt.“',
};
const EN = {
  p1: 'The town of Lindau is planning a new harbour. “We will expand the harbour this year,” said Mayor Eva Lind.',
  p2: '“This is a waste of money,” said Tom Berg, “and nobody asked us.”',
};

const span = (paragraph: 'p1' | 'p2', text: string, exact: string) => spanOf(paragraph, text, exact);

/** A hand-translated article: Eva Lind's quote, and Tom Berg's interrupted by its cue. */
const ARTICLE = articleFrom({
  id: 'hafen-lindau',
  paragraphs: [
    { id: 'p1', text: { de: DE.p1, en: EN.p1 } },
    { id: 'p2', text: { de: DE.p2, en: EN.p2 } },
  ],
  speakers: [
    { id: 'lind', name: 'Eva Lind' },
    { id: 'berg', name: 'Tom Berg' },
  ],
  quotes: [
    {
      id: 'q1',
      speaker: 'lind',
      kind: 'direct',
      spans: {
        de: [span('p1', DE.p1, '„Wir bauen den Hafen noch in diesem Jahr aus“')],
        en: [span('p1', EN.p1, '“We will expand the harbour this year,”')],
      },
    },
    {
      id: 'q2',
      speaker: 'berg',
      kind: 'direct',
      spans: {
        de: [
          span('p2', DE.p2, '„Das ist Geldverschwendung“'),
          span('p2', DE.p2, '„und niemand hat uns gefragt.“'),
        ],
        en: [span('p2', EN.p2, '“This is a waste of money,”'), span('p2', EN.p2, '“and nobody asked us.”')],
      },
    },
  ],
});

/** Imports the article as a file dropped on the import page, as a person does; returns its id. */
async function importArticle(page: Page): Promise<string> {
  await page.goto('/import');
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'hafen.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(ARTICLE)),
  });
  await expect(page).toHaveURL(/\/imported\/hafen-lindau$/);
  await expect(page.getByRole('link', { name: /^Direct quote by Tom Berg/ }).first()).toBeVisible();
  return ARTICLE.id;
}

/** The words of each stored span of quote `id` in `language`, an outdated one marked. */
async function storedSpans(page: Page, id: string, quote: string, language: string) {
  const quotes = (await stored(page, id)).quotes as unknown as {
    id: string;
    spans: Record<string, { exact: string; outdated?: boolean }[]>;
  }[];
  return (quotes.find((q) => q.id === quote)?.spans[language] ?? []).map(
    (s) => `${s.exact}${s.outdated ? ' (outdated)' : ''}`,
  );
}

test.describe('in English, with the mouse', () => {
  test.use({ locale: 'en-US' });

  test('extending a quote says, and marks, that its place in the translation is out of date', async ({
    page,
  }) => {
    const id = await importArticle(page);
    const before = await stored(page, id);
    const article = page.getByRole('article');

    await selectAcross(page, 'einen neuen Hafen', 'Wir bauen');
    const bar = page.getByRole('region', { name: 'Mark a quote' });
    const outdated =
      'If you extend it, where it is in the translation (English) cannot be worked out: that place will be ' +
      'marked out of date and no longer highlighted.';
    await expect(bar).toContainText(outdated);
    const extend = bar.getByRole('button', { name: 'Extend the quote by Eva Lind' });
    await expect(extend).toHaveAccessibleDescription(new RegExp(`${outdated.replace(/[()]/g, '\\$&')}$`));
    await expectNoAxeViolations(page);
    await extend.click();

    await expect(
      article.getByRole('link', { name: /^Direct quote by Eva Lind: einen neuen Hafen\. „Wir bauen/ }),
    ).toBeVisible();
    await expect.poll(async () => (await stored(page, id)).revision).toBe(before.revision + 1);
    expect(await storedSpans(page, id, 'q1', 'de')).toEqual([
      'einen neuen Hafen. „Wir bauen den Hafen noch in diesem Jahr aus“',
    ]);
    expect(await storedSpans(page, id, 'q1', 'en')).toEqual([
      '“We will expand the harbour this year,” (outdated)',
    ]);
    // The quote panel says why the English words are not highlighted.
    const panel = page.getByRole('region', { name: 'Selected quote' });
    await expect(panel).toContainText(
      'Out of date: the quote was changed in the original after this translation',
    );

    // In the translation the old words are not highlighted as the quote; the other quotes are.
    await page.getByRole('radio', { name: 'Translation (English)' }).click();
    await expect(
      article.getByRole('link', { name: /^Direct quote by Tom Berg: “This is a waste/ }),
    ).toBeVisible();
    await expect(article.getByRole('link', { name: /^Direct quote by Eva Lind/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(
      article.getByRole('link', { name: /^Direct quote by Tom Berg: “This is a waste/ }),
    ).toBeVisible();
    await expect(article.getByRole('link', { name: /^Direct quote by Eva Lind/ })).toHaveCount(0);
    expect((await stored(page, id)).revision).toBe(before.revision + 1);

    // The export holds the translation's span, marked.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as JSON' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as typeof ARTICLE;
    expect(exported.quotes[0]?.spans.en).toEqual([{ ...ARTICLE.quotes[0]?.spans.en?.[0], outdated: true }]);
  });
});

test.describe('in English, with the mouse (replace)', () => {
  test.use({ locale: 'en-US' });

  test('replacing across a part of an interrupted quote names the part that stays, and keeps it', async ({
    page,
  }) => {
    const id = await importArticle(page);
    const article = page.getByRole('article');
    await selectAcross(page, 'Geldverschwendung', 'sagte Tom');
    const bar = page.getByRole('region', { name: 'Mark a quote' });
    await expect(bar).toContainText(
      'Replacing takes only the part of the quote by Tom Berg that these words overlap; its other part stays ' +
        'marked as it is: “und niemand hat uns gefragt”.',
    );
    await bar.getByLabel('Speaker').selectOption({ label: 'Nobody (unattributed)' });
    await bar.getByRole('button', { name: 'Replace that part with a new quote' }).click();
    await expect(
      article.getByRole('link', {
        // Words that neither open nor close with a quotation mark are marked as indirect speech.
        name: 'Indirect speech by an unknown speaker: Geldverschwendung“, sagte Tom',
      }),
    ).toBeVisible();
    await expect(
      article.getByRole('link', { name: 'Direct quote by Tom Berg: „und niemand hat uns gefragt.“' }),
    ).toBeVisible();
    await expect.poll(() => storedSpans(page, id, 'q2', 'de')).toEqual(['„und niemand hat uns gefragt.“']);
  });
});

test.describe('in German, with the keyboard', () => {
  // Imported with the English interface (the import page is driven in English), then read in German.
  test.use({ locale: 'en-US' });

  test('Ersetzen über einen Teil eines unterbrochenen Zitats nimmt nur diesen Teil', async ({ page }) => {
    const id = await importArticle(page);
    await page.goto(`/imported/${id}?lng=de`);
    const before = await stored(page, id);
    const article = page.getByRole('article');

    const open = page.getByRole('button', { name: 'Übersehenes Zitat markieren' });
    await open.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Worte des Zitats' })).toBeFocused();
    await page.keyboard.type('Geldverschwendung", sagte Tom Berg');
    const form = page.getByRole('region', { name: 'Importierter Artikel' });
    await expect(form.getByRole('status')).toHaveText(
      'Gefunden in Absatz 2. Sie überschneiden sich mit dem Zitat von Tom Berg: „Das ist Geldverschwendung“. ' +
        'Ein Zitat kann nicht in einem anderen beginnen und außerhalb enden: Erweitern Sie jenes Zitat um diese ' +
        'Worte, oder ersetzen Sie es durch ein neues Zitat. Beim Ersetzen entfällt nur der Teil des Zitats von ' +
        'Tom Berg, den diese Worte überschneiden; sein anderer Teil bleibt markiert, wie er ist: „und niemand hat ' +
        'uns gefragt“. Wenn Sie es ersetzen, lässt sich nicht ermitteln, wo der Rest des Zitats in der Übersetzung ' +
        '(Englisch) steht: Diese Stelle wird als veraltet gekennzeichnet und nicht mehr markiert.',
    );
    // (Extending would make the quote cover every word of the paragraph: its translation would then cover the
    // whole translated paragraph, which is certain, so only replacing leaves the English place out of date.)
    await expectNoAxeViolations(page);

    // The speaker (Tom Berg, one down from Eva Lind), the kind, then the two ways on: extend, replace that part.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Zitat von Tom Berg erweitern' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(
      form.getByRole('button', { name: 'Diesen Teil durch ein neues Zitat ersetzen' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');

    const rest = article.getByRole('link', {
      name: 'Direktes Zitat von Tom Berg: „und niemand hat uns gefragt.“',
    });
    // A quotation mark only within the words: indirect speech.
    await expect(
      article.getByRole('link', { name: 'Indirekte Rede von Tom Berg: Geldverschwendung“, sagte Tom Berg' }),
    ).toBeVisible();
    await expect(rest).toBeVisible();
    await expect.poll(async () => (await stored(page, id)).revision).toBe(before.revision + 1);
    expect(await storedSpans(page, id, 'q2', 'de')).toEqual(['„und niemand hat uns gefragt.“']);
    expect(await storedSpans(page, id, 'q2', 'en')).toEqual([
      '“This is a waste of money,” (outdated)',
      '“and nobody asked us.” (outdated)',
    ]);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(rest).toBeVisible();
    await page.getByRole('radio', { name: 'Übersetzung (Englisch)' }).click();
    await expect(
      article.getByRole('link', { name: /^Direktes Zitat von Eva Lind: “We will expand/ }),
    ).toBeVisible();
    await expect(article.getByRole('link', { name: /^Direktes Zitat von Tom Berg/ })).toHaveCount(0);
  });

  test('Erweitern mit der Tastatur: vorher gesagt, im Zitatbereich erklärt', async ({ page }) => {
    const id = await importArticle(page);
    await page.goto(`/imported/${id}?lng=de`);
    await page.getByRole('button', { name: 'Übersehenes Zitat markieren' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('einen neuen Hafen. "Wir bauen');
    const form = page.getByRole('region', { name: 'Importierter Artikel' });
    await expect(form.getByRole('status')).toContainText(
      'Wenn Sie es erweitern, lässt sich nicht ermitteln, wo es in der Übersetzung (Englisch) steht: Diese ' +
        'Stelle wird als veraltet gekennzeichnet und nicht mehr markiert.',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Zitat von Eva Lind erweitern' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Ausgewähltes Zitat' })).toContainText(
      'Veraltet: Das Zitat wurde im Original geändert, nachdem diese Übersetzung entstand',
    );
    await expect
      .poll(() => storedSpans(page, id, 'q1', 'en'))
      .toEqual(['“We will expand the harbour this year,” (outdated)']);
    await expectNoAxeViolations(page);
  });
});
