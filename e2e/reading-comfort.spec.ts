/** Theme, text size, reading time, provenance, print and the phone layout, as a reader uses them. */
import type { Locator, Page } from '@playwright/test';
import { estimateReadingMinutes } from '../src/core/text/reading-time';
import { generateArticle } from '../src/testing/data-generators';
import { expect, openSettings, serveArticle, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

test.use({ locale: 'en-GB' });

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';
const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(21, 21, 21)';

const background = (page: Page) =>
  page.locator('html').evaluate((element) => getComputedStyle(element).backgroundColor);
const paragraphFontSize = (page: Page) =>
  page
    .locator('.paragraph')
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

test.describe('theme', () => {
  test('follows the system until the reader chooses, and remembers the choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(SAMPLE);
    await openSettings(page);
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme).toHaveValue('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await background(page)).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BG);

    await theme.selectOption({ label: 'Dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe(DARK_BG);

    await page.reload();
    await openSettings(page);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    expect(await background(page)).toBe(DARK_BG);

    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'As the system' });
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await background(page)).toBe(LIGHT_BG);
    await page.reload();
    await openSettings(page);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
  });

  test('a remembered theme and text size apply before the app runs (no flash)', async ({
    page,
    consoleWatch,
  }) => {
    consoleWatch.allow(/Failed to load resource|ERR_FAILED/);
    await page.addInitScript(() => {
      localStorage.setItem('stimmen.theme', 'dark');
      localStorage.setItem('stimmen.textSize', '2');
    });
    // Without its script the app never starts: what is seen is the prerendered HTML, the CSS and the boot script.
    await page.route('**/assets/*.js', (route) => route.abort('failed'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(SAMPLE, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
    expect(await background(page)).toBe(DARK_BG);
    await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
  });
});

test('a choice made in one tab applies in the other open tabs', async ({ page, context }) => {
  await page.goto(SAMPLE);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await openSettings(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(other.locator('html')).toHaveAttribute('data-text-size', '1');
  await openSettings(other);
  await expect(other.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
});

test('text size: larger and smaller, within limits, remembered', async ({ page }) => {
  await page.goto(SAMPLE);
  await openSettings(page);
  const size = page.getByRole('group', { name: 'Text size' });
  const larger = size.getByRole('button', { name: 'Larger text' });
  const smaller = size.getByRole('button', { name: 'Smaller text' });
  await expect(size).toContainText('100%');
  const base = await paragraphFontSize(page);

  await larger.click();
  await expect(size).toContainText('113%');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '1');
  expect(await paragraphFontSize(page)).toBeCloseTo(base * 1.125, 1);
  await larger.click();
  await larger.click();
  await expect(size).toContainText('140%');
  expect(await paragraphFontSize(page)).toBeCloseTo(base * 1.4, 1);
  await expect(larger).toBeDisabled();
  // Still focusable (aria-disabled), so a keyboard user does not lose their place; pressing it does nothing.
  await larger.press('Enter');
  await expect(size).toContainText('140%');

  await page.reload();
  await openSettings(page);
  await expect(page.getByRole('group', { name: 'Text size' })).toContainText('140%');
  expect(await paragraphFontSize(page)).toBeCloseTo(base * 1.4, 1);

  for (let i = 0; i < 4; i += 1) await smaller.click();
  await expect(size).toContainText('90%');
  await expect(smaller).toBeDisabled();
  await expect(larger).toBeEnabled();
  expect(await paragraphFontSize(page)).toBeCloseTo(base * 0.9, 1);
});

test('text size: the quotes of a speaker’s page and of search results grow with it too', async ({ page }) => {
  // Mark Rutte's first quote, in English, first on his page and among the results of "Ukraine".
  const quoteSize = () =>
    page
      .getByRole('main')
      .getByRole('paragraph')
      .filter({ hasText: 'Membership was never promised as part of a possible peace deal' })
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  await page.goto('/speakers/mark-rutte');
  const base = await quoteSize();
  await openSettings(page);
  await page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Larger text' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '1');
  expect(await quoteSize()).toBeCloseTo(base * 1.125, 1);
  await page.goto('/search?q=Ukraine');
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
  expect(await quoteSize()).toBeCloseTo(base * 1.125, 1);
});

test('the reading time is estimated for the text being read', async ({ page }) => {
  const article = generateArticle({ id: 'long-read', languages: ['de', 'en'], paragraphs: 80 });
  await serveArticle(page, 'long-read', article);
  const minutes = (language: string) =>
    estimateReadingMinutes(
      article.paragraphs.map((p) => p.text[language] ?? ''),
      language,
    );
  expect(minutes('de')).toBeGreaterThan(1);

  await page.goto('/articles/long-read');
  const header = page.getByRole('article').locator('header');
  await expect(header).toContainText(`${minutes('de')} minutes to read`);
  await page.getByRole('radio', { name: /^Translation/ }).click();
  await expect(page).toHaveURL(/view=translation/);
  await expect(header).toContainText(`${minutes('en')} minutes to read`);
  await openSettings(page);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Deutsch' });
  await expect(header).toContainText(`Lesezeit: ${minutes('en')} Minuten`);
});

test.describe('provenance banner', () => {
  test('a syndicated press release says so, with the disclaimer, description and source link', async ({
    page,
  }) => {
    await page.goto(SAMPLE);
    const banner = page.getByRole('region', { name: 'Syndicated press release' });
    await expect(banner).toContainText('press release distributed by SeaPRwire, not independent reporting');
    await expect(banner.getByText(/provided by a third-party content provider/)).toHaveAttribute(
      'lang',
      'en',
    );
    await banner.getByText('About SeaPRwire').click();
    await expect(banner.getByText(/real-time press release distribution/)).toBeVisible();
    await expect(banner.getByRole('link', { name: 'Website of SeaPRwire' })).toHaveAttribute(
      'href',
      'https://www.seaprwire.com/',
    );

    await openSettings(page);
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Deutsch' });
    const german = page.getByRole('region', { name: 'Verbreitete Pressemitteilung' });
    await expect(german.getByText(/von einem Drittanbieter bereitgestellt/)).toHaveAttribute('lang', 'de');
  });

  test('third-party content shows the original disclaimer, marked with its language, when there is no translation', async ({
    page,
  }) => {
    const article = generateArticle({ id: 'third-party', languages: ['de', 'en'] });
    article.source = { name: 'Agentur', kind: 'thirdParty', disclaimer: { de: 'Ohne Gewähr.' } };
    await serveArticle(page, 'third-party', article);
    await page.goto('/articles/third-party');
    const banner = page.getByRole('region', { name: 'Third-party content' });
    await expect(banner).toContainText('provided by a third party through Agentur');
    await expect(banner.getByText('Ohne Gewähr.')).toHaveAttribute('lang', 'de');
    await expect(banner.getByRole('link')).toHaveCount(0);
  });

  test('a newsroom article has no banner', async ({ page }) => {
    await serveArticle(page, 'newsroom', generateArticle({ id: 'newsroom', sourceKind: 'newsroom' }));
    await page.goto('/articles/newsroom');
    await expect(page.getByRole('article').locator('.paragraph').first()).toBeVisible();
    await expect(
      page.getByRole('region', { name: /Syndicated press release|Third-party content/ }),
    ).toHaveCount(0);
  });
});

test('print, side by side: nothing sticks to the top of the page over the column headings and text', async ({
  page,
}) => {
  await page.goto(`${SAMPLE}?view=parallel`);
  await expect(page.getByRole('radio', { name: /Side by side/ })).toBeChecked();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('group', { name: 'Text' })).toBeHidden();
  // A sticky or fixed box is drawn over the text wherever the printed page puts it.
  const pinned = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => ['sticky', 'fixed'].includes(getComputedStyle(element).position))
      .filter((element) => element.checkVisibility())
      .map((element) => element.className),
  );
  expect(pinned).toEqual([]);
});

test('print: text with black-and-white quote marks and a speaker key, no controls', async ({ page }) => {
  await page.goto(`${SAMPLE}?quote=q5&speaker=rutte`);
  await expect(page.getByRole('article').locator('.paragraph').first()).toBeVisible();
  // The print-only speaker key under the text is not shown on screen (the legend in the aside is).
  const printKey = page.locator('.reader-layout__main').getByRole('heading', { name: 'Speakers' });
  await expect(printKey).toBeHidden();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('button', { name: 'Settings' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Interface language' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Text' })).toBeHidden();
  const key = page.getByRole('region', { name: 'Speakers' });
  await expect(key).toBeVisible();
  await expect(key.getByRole('listitem').filter({ hasText: 'Mark Rutte' })).toContainText('[1]');
  await expect(key.getByRole('listitem').filter({ hasText: 'Pete Hegseth' })).toBeVisible();
  await expect(key).toContainText('Indirect speech: dashed underline');

  const marks = await page.locator('.hl').evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return {
        kind: [...element.classList].find((c) => c.startsWith('hl--') && c !== 'hl--nested'),
        background: style.backgroundColor,
        outline: style.outlineStyle,
        underline: `${style.textDecorationLine} ${style.textDecorationStyle} ${style.textDecorationColor}`,
      };
    }),
  );
  expect(marks.length).toBeGreaterThan(5);
  const styleOf: Record<string, string> = {
    'hl--direct': 'solid',
    'hl--indirect': 'dashed',
    'hl--reported': 'dotted',
    'hl--freeIndirect': 'wavy',
  };
  for (const mark of marks) {
    expect(mark.background).toBe('rgba(0, 0, 0, 0)');
    expect(mark.outline).toBe('none');
    expect(mark.underline).toBe(`underline ${styleOf[mark.kind ?? '']} rgb(0, 0, 0)`);
  }
  const prefix = await page
    .getByRole('link', { name: /^Direct quote by Mark Rutte/ })
    .first()
    .evaluate((element) => getComputedStyle(element, '::before').content);
  // the number on paper, the link's name its alternative text
  expect(prefix).toBe('"[1]" / "Direct quote by Mark Rutte: "');
});

test('forced colours: choosing a speaker sets the other speakers’ quotes apart in the text', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(SAMPLE);
  const look = (name: RegExp) =>
    page
      .getByRole('link', { name })
      .first()
      .evaluate((element) => getComputedStyle(element).color);
  const rutte = /^Direct quote by Mark Rutte/;
  const hegseth = /^Direct quote by Pete Hegseth/;
  expect(await look(rutte)).toBe(await look(hegseth));

  await page.getByRole('button', { name: /^Pete Hegseth/ }).click();
  await expect(page.getByText('Showing only the quotes of Pete Hegseth.')).toBeVisible();
  expect(await look(rutte)).not.toBe(await look(hegseth));
});

test('forced colours: the chosen text mode and the chosen event look different from the others', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(SAMPLE);
  // What the eye has to tell them apart by, colours as the system forces them. A background is drawn in the
  // system's Canvas colour (keeping only its author's opacity) unless the author opted out: such a one is unseen.
  const look = (element: Element) => {
    const rgb = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).join();
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.background = 'Canvas';
    const canvas = rgb(getComputedStyle(probe).backgroundColor);
    probe.remove();
    const style = getComputedStyle(element);
    const background = rgb(style.backgroundColor) === canvas ? 'Canvas' : style.backgroundColor;
    return [background, style.color, style.borderColor, style.outlineStyle, style.outlineColor].join(' ');
  };
  // The option's box is the span after its (transparent) radio button.
  const option = (name: string) => page.getByRole('radio', { name }).locator('xpath=following-sibling::span');
  await expect(page.getByRole('radio', { name: 'Original (German)' })).toBeChecked();
  expect(await option('Original (German)').evaluate(look)).not.toBe(
    await option('Translation (English)').evaluate(look),
  );

  const events = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('list', { name: 'Events in date order' });
  const chosen = events.getByRole('link', { name: /^September 2022/ });
  const other = events.getByRole('link', { name: /^February 2022/ });
  expect(await chosen.evaluate(look), 'nothing chosen yet').toBe(await other.evaluate(look));
  await chosen.click();
  await expect(chosen).toHaveAttribute('aria-current', 'true');
  expect(await chosen.evaluate(look)).not.toBe(await other.evaluate(look));
});

test('forced colours: a chosen event, date, quote, speaker or text mode is filled, the keyboard focus ringed', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(SAMPLE);
  // Forced colours draw the focus ring as an outline in a system colour: a choice drawn as an outline too cannot be
  // told from it. Filled: a background other than the system's Canvas (which forced colours put behind everything
  // the author tinted), and not faint; ringed: an outline.
  const mark = (element: Element) => {
    const channels = (colour: string) => colour.match(/[\d.]+/g)!.map(Number);
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.background = 'Canvas';
    const canvas = channels(getComputedStyle(probe).backgroundColor).slice(0, 3).join();
    probe.remove();
    const style = getComputedStyle(element);
    const [r, g, b, alpha = 1] = channels(style.backgroundColor);
    return {
      filled: [r, g, b].join() !== canvas && alpha >= 0.5,
      ringed: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  };
  const focused = page.locator(':focus');
  const chosenLook = { filled: true, ringed: false };
  const focusedLook = { filled: false, ringed: true };
  const bothLook = { filled: true, ringed: true };

  // An event in the timeline, chosen by the keyboard: the focus goes on to its date in the text.
  const events = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('list', { name: 'Events in date order' });
  const event = events.getByRole('link', { name: /^September 2022/ });
  const before = events.getByRole('link', { name: /^February 2022/ });
  await before.focus();
  await page.keyboard.press('Tab');
  await expect(event).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(event).toHaveAttribute('aria-current', 'true');
  await expect(focused).toHaveAttribute('data-anchor', 'application-2022');
  expect(await focused.evaluate(mark), 'the chosen date with the focus').toEqual(bothLook);
  await event.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(before).toBeFocused();
  expect(await event.evaluate(mark), 'the chosen event').toEqual(chosenLook);
  expect(await before.evaluate(mark), 'the event with the focus').toEqual(focusedLook);
  await page.keyboard.press('Tab');
  expect(await event.evaluate(mark), 'the chosen event with the focus').toEqual(bothLook);

  // A quote in the text.
  const quote = page.getByRole('link', { name: /^Direct quote by Mark Rutte/ }).first();
  await quote.focus();
  await page.keyboard.press('Enter');
  await expect(quote).toHaveClass(/is-selected/);
  await quote.focus();
  await page.keyboard.press('Tab');
  await expect(quote).not.toBeFocused();
  expect(await quote.evaluate(mark), 'the chosen quote').toEqual(chosenLook);
  expect(await focused.evaluate(mark), 'the link after it, with the focus').toEqual(focusedLook);
  await page.keyboard.press('Shift+Tab');
  await expect(quote).toBeFocused();
  expect(await quote.evaluate(mark), 'the chosen quote with the focus').toEqual(bothLook);

  // A speaker in the legend.
  const speaker = page.getByRole('button', { name: /^Pete Hegseth/ });
  await speaker.focus();
  await page.keyboard.press('Enter');
  await expect(speaker).toHaveAttribute('aria-pressed', 'true');
  expect(await speaker.evaluate(mark), 'the chosen speaker with the focus').toEqual(bothLook);
  await page.keyboard.press('Tab');
  expect(await speaker.evaluate(mark), 'the chosen speaker').toEqual(chosenLook);
  expect(await focused.evaluate(mark), 'the control after it, with the focus').toEqual(focusedLook);

  // The text mode: the radio button is transparent over its box, the span after it.
  const original = page.getByRole('radio', { name: 'Original (German)' });
  const box = original.locator('xpath=following-sibling::span');
  expect(await box.evaluate(mark), 'the chosen text mode').toEqual(chosenLook);
  await original.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(original).toBeFocused();
  expect(await box.evaluate(mark), 'the chosen text mode with the focus').toEqual(bothLook);
});

test('forced colours: side by side, the quote under the pointer or the focus is marked in both columns, unlike a chosen or focused one', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${SAMPLE}?view=parallel`);
  // What the eye has to tell them apart by, as in the tests above: a fill other than the system's Canvas (which
  // forced colours put behind every tint), the text's colour and a ring (an outline).
  const look = (element: Element) => {
    const channels = (colour: string) => colour.match(/[\d.]+/g)!.map(Number);
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.background = 'Canvas';
    const canvas = channels(getComputedStyle(probe).backgroundColor).slice(0, 3).join();
    probe.remove();
    const style = getComputedStyle(element);
    const [r, g, b, alpha = 1] = channels(style.backgroundColor);
    return {
      filled: [r, g, b].join() !== canvas && alpha >= 0.5,
      colour: style.color,
      ring:
        style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
          ? 'none'
          : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
    };
  };
  const text = page.getByRole('article');
  const german = text.locator('[lang="de"]');
  const english = text.locator('[lang="en"]');
  const pointed = german.getByRole('link', {
    name: /^Direct quote by Pete Hegseth: „Die Vereinigten Staaten/,
  });
  const counterpart = english.getByRole('link', {
    name: /^Direct quote by Pete Hegseth: “The United States does not believe/,
  });
  const unmarked = await counterpart.evaluate(look);

  // The focus ring, on a date in the text (no quote, so no counterpart either).
  const date = german.getByRole('link', { name: /: im September 2022$/ });
  await date.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(date).toBeFocused();
  const focusRing = (await date.evaluate(look)).ring;
  expect(focusRing).not.toBe('none');

  await pointed.hover();
  await expect(counterpart).toHaveClass(/is-counterpart/);
  const marked = await counterpart.evaluate(look);
  expect(marked, 'the counterpart is seen').not.toEqual(unmarked);
  expect(marked.filled, 'the counterpart is not filled as the chosen quote is').toBe(false);
  expect(marked.ring, 'the counterpart is not ringed as the focus is').not.toBe(focusRing);
  await page.mouse.move(1, 1);
  await expect(counterpart).not.toHaveClass(/is-counterpart/);
  expect(await counterpart.evaluate(look)).toEqual(unmarked);

  // By keyboard: the focused quote wears the focus ring, its counterpart in the other column the same mark.
  const focused = english.getByRole('link', { name: /^Direct quote by Pete Hegseth: “To be clear/ });
  const itsCounterpart = german.getByRole('link', {
    name: /^Direct quote by Pete Hegseth: „Um es klarzustellen/,
  });
  await focused.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(focused).toBeFocused();
  await expect(itsCounterpart).toHaveClass(/is-counterpart/);
  expect(await itsCounterpart.evaluate(look)).toEqual(marked);
  expect((await focused.evaluate(look)).ring, 'the focused quote').toBe(focusRing);

  // A chosen quote stays filled, not ringed, when the pointer is on its counterpart.
  await pointed.click();
  await expect(counterpart).toHaveClass(/is-selected/);
  await page.mouse.move(1, 1);
  const chosen = await counterpart.evaluate(look);
  await pointed.hover();
  await expect(counterpart).toHaveClass(/is-counterpart/);
  expect(await counterpart.evaluate(look)).toEqual(chosen);
  expect(chosen.filled, 'the chosen quote').toBe(true);
  expect(chosen.ring, 'the chosen quote').toBe('none');
});

test.describe('a quote marked for review', () => {
  /** An article with a quote the annotator was unsure of, beside one it was sure of; their links in the text. */
  const openUnsure = async (page: Page) => {
    const article = generateArticle({ id: 'unsure-quote', languages: ['de'], quotes: 3, events: 0 });
    const [sure, unsure] = article.quotes;
    Object.assign(unsure!, { confidence: 0.3, needsReview: true });
    await serveArticle(page, article.id, article);
    await page.goto(`/articles/${article.id}`);
    // Until the app has taken the page over, a re-render may take the focus the test gives a quote.
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    const quoteOf = (quote: typeof sure) => {
      const words = (quote?.spans.de?.[0]?.exact ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return page.getByRole('article').getByRole('link', { name: new RegExp(`: ${words}$`) });
    };
    return { sure: quoteOf(sure), toReview: quoteOf(unsure) };
  };
  // The review mark is dashed all round (seen: not transparent); the focus ring is an outline.
  const look = (element: Element) => {
    const style = getComputedStyle(element);
    const dashed = (side: string) =>
      style.getPropertyValue(`border-${side}-style`) === 'dashed' &&
      parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 &&
      style.getPropertyValue(`border-${side}-color`) !== 'rgba(0, 0, 0, 0)';
    return {
      dashed: style.outlineStyle === 'dashed' || ['top', 'right', 'bottom', 'left'].every(dashed),
      ring:
        style.outlineStyle === 'none'
          ? 'none'
          : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`,
    };
  };

  for (const forcedColors of ['none', 'active'] as const) {
    test(`keeps its dashes with the keyboard focus and when chosen (forced colours: ${forcedColors})`, async ({
      page,
    }) => {
      await page.emulateMedia({ forcedColors });
      const { sure, toReview } = await openUnsure(page);
      const byKeyboard = async (link: Locator) => {
        await link.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        await expect(link).toBeFocused();
      };
      expect((await toReview.evaluate(look)).dashed, 'marked for review').toBe(true);
      await byKeyboard(sure);
      const focused = await sure.evaluate(look);
      expect(focused.dashed).toBe(false);
      expect(focused.ring).not.toBe('none');

      await byKeyboard(toReview);
      expect(await toReview.evaluate(look), 'with the focus').toEqual({ dashed: true, ring: focused.ring });
      await page.keyboard.press('Enter');
      await expect(toReview).toHaveClass(/is-selected/);
      await expect(toReview).not.toBeFocused();
      expect((await toReview.evaluate(look)).dashed, 'chosen').toBe(true);
      await byKeyboard(toReview);
      expect(await toReview.evaluate(look), 'chosen, with the focus').toEqual({
        dashed: true,
        ring: focused.ring,
      });
    });
  }

  test('is printed without its dashes, which on paper would read as a quote kind', async ({ page }) => {
    const { toReview } = await openUnsure(page);
    expect((await toReview.evaluate(look)).dashed).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect((await toReview.evaluate(look)).dashed).toBe(false);
  });
});

test('the keyboard focus shows on a chosen quote, date, event and speaker, and the choice shows under it', async ({
  page,
}) => {
  // Reduced motion: a date chosen from the timeline is drawn without the flash's fading tint.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(SAMPLE);
  await expect(page.getByRole('article').locator('.paragraph').first()).toBeVisible();
  // What marks an element: its outline (the focus ring), its box shadow, border and tint.
  // Reduced motion makes every property change a transition of 0.01ms (global.css), which a loaded machine can be
  // read in the middle of: the mark is read once the element's transitions have ended.
  const look = async (element: Element) => {
    const transitions = element.getAnimations().filter((a) => a instanceof CSSTransition);
    await Promise.all(transitions.map((a) => a.finished.catch(() => undefined)));
    const style = getComputedStyle(element);
    return {
      outline:
        style.outlineStyle === 'none'
          ? 'none'
          : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`,
      boxShadow: style.boxShadow,
      border: style.borderColor,
      background: style.backgroundColor,
    };
  };
  const tabUntil = async (target: ReturnType<Page['getByRole']>, key = 'Tab') => {
    for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i += 1)
      await page.keyboard.press(key);
    await expect(target).toBeFocused();
  };
  type Look = Awaited<ReturnType<typeof look>>;
  /** The chosen one with the focus wears the same ring as any focused one, and stays unlike both. */
  const expectDistinct = (what: string, focused: Look, chosen: Look, chosenFocused: Look) => {
    expect(focused.outline, `${what} with the focus is ringed`).not.toBe('none');
    expect(chosenFocused.outline, `the chosen ${what} with the focus wears the focus ring`).toBe(
      focused.outline,
    );
    expect(chosen.outline, `the chosen ${what} is not taken for the focus`).not.toBe(focused.outline);
    expect(chosenFocused, `the chosen ${what} shows whether it has the focus`).not.toEqual(chosen);
    expect(chosenFocused, `the chosen ${what} with the focus still looks chosen`).not.toEqual(focused);
  };
  const article = page.getByRole('article');
  const timeline = page.getByRole('region', { name: 'Timeline' });

  // A quote: Enter opens it in the panel, which takes the focus (Escape would close it); back to it with Shift+Tab.
  const quote = article.getByRole('link', { name: /^Indirect speech by Mark Rutte/ }).first();
  await tabUntil(quote);
  const focusedQuote = await quote.evaluate(look);
  await page.keyboard.press('Enter');
  await expect(quote).toHaveClass(/is-selected/);
  await expect(quote).not.toBeFocused();
  await tabUntil(quote, 'Shift+Tab');
  await expect(quote).toHaveClass(/is-selected/);
  const chosenFocusedQuote = await quote.evaluate(look);
  await page.keyboard.press('Tab');
  await expect(quote).not.toBeFocused();
  expectDistinct('quote', focusedQuote, await quote.evaluate(look), chosenFocusedQuote);

  // A date in the text: Enter chooses its event and takes the focus to it in the timeline.
  const date = article.getByRole('link', { name: /: im September 2022$/ });
  await tabUntil(date);
  const focusedDate = await date.evaluate(look);
  await page.keyboard.press('Enter');
  const event = timeline.getByRole('link', { name: /^September 2022: / });
  await expect(event).toBeFocused();
  await expect(event).toHaveAttribute('aria-current', 'true');
  const chosenFocusedEvent = await event.evaluate(look);
  const before = timeline.getByRole('link', { name: /^February 2022/ });
  await page.keyboard.press('Shift+Tab');
  await expect(before).toBeFocused();
  expectDistinct('event', await before.evaluate(look), await event.evaluate(look), chosenFocusedEvent);
  // Back to the event, whose Enter takes the focus to its date in the text.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(date).toBeFocused();
  await expect(date).toHaveClass(/is-selected-date/);
  const chosenFocusedDate = await date.evaluate(look);
  await page.keyboard.press('Tab');
  await expect(date).not.toBeFocused();
  expectDistinct('date', focusedDate, await date.evaluate(look), chosenFocusedDate);

  // A speaker in the legend.
  const speakers = page.getByRole('region', { name: 'Speakers' });
  const firstSpeaker = speakers.getByRole('button', { name: /^Mark Rutte/ });
  await tabUntil(firstSpeaker);
  const focusedSpeaker = await firstSpeaker.evaluate(look);
  await page.keyboard.press('Enter');
  await expect(firstSpeaker).toHaveAttribute('aria-pressed', 'true');
  const chosenFocusedSpeaker = await firstSpeaker.evaluate(look);
  await page.keyboard.press('Tab');
  await expect(firstSpeaker).not.toBeFocused();
  expectDistinct('speaker', focusedSpeaker, await firstSpeaker.evaluate(look), chosenFocusedSpeaker);
});

/*
 * A chosen quote or date had been ringed like the keyboard focus: a solid line around it, in a colour a shade from
 * the focus ring's (in the dark theme the first speaker's colour is the focus colour, and the date's #9cc3f5 is
 * near #8ab4f8; in the light theme both are blues as dark as the ring's), so a keyboard reader took the chosen one
 * for the focused one (WCAG 2.4.7). Each theme, set by the reader's setting against the system's.
 */
for (const theme of ['dark', 'light'] as const) {
  test(`${theme} theme: a chosen quote or date is not marked like the keyboard focus`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark', reducedMotion: 'reduce' });
    await page.addInitScript((stored) => localStorage.setItem('stimmen.theme', stored), theme);
    /** The outline and box shadow the page draws around an element, and the page's background. */
    const ring = async (element: Element) => {
      // Read once its transitions, of 0.01ms with reduced motion (global.css), have ended.
      const transitions = element.getAnimations().filter((a) => a instanceof CSSTransition);
      await Promise.all(transitions.map((a) => a.finished.catch(() => undefined)));
      const style = getComputedStyle(element);
      return {
        style: style.outlineStyle,
        colour: style.outlineColor,
        boxShadow: style.boxShadow,
        page: getComputedStyle(document.documentElement).backgroundColor,
      };
    };
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map((c) => {
        const s = Number(c) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [high = 0, low = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high + 0.05) / (low + 0.05);
    };
    const article = page.getByRole('article');
    /** Presses `key` until `target` has the focus, as a keyboard reader would. */
    const tabTo = async (target: Locator, key = 'Tab') => {
      for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i += 1)
        await page.keyboard.press(key);
      await expect(target).toBeFocused();
    };

    for (const item of [
      {
        what: 'quote',
        path: `${SAMPLE}?quote=q1`,
        chosen: article.getByRole('link', { name: /^Indirect speech by Mark Rutte: Ein Beitritt/ }),
        other: article.getByRole('link', { name: /^Indirect speech by Mark Rutte: Der Ukraine/ }),
        back: 'Shift+Tab',
      },
      {
        what: 'date',
        path: `${SAMPLE}?event=application-2022`,
        chosen: article.getByRole('link', { name: /: im September 2022$/ }),
        other: article.getByRole('link', { name: /: Im Jahr 2008$/ }),
        back: 'Tab',
      },
    ]) {
      await page.goto(item.path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(item.chosen).toHaveClass(/\bis-selected/);
      await expect(item.chosen).not.toBeFocused();
      // A mention brought into view flashes once, a passing tint and shadow (e2e/timeline.spec.ts): its own look after.
      await expect(item.chosen).not.toHaveClass(/mention-flash/);
      const chosen = await item.chosen.evaluate(ring);
      await tabTo(item.other);
      const focused = await item.other.evaluate(ring);
      await tabTo(item.chosen, item.back);
      const both = await item.chosen.evaluate(ring);

      expect(focused.style, `the focused ${item.what} is ringed`).toBe('solid');
      expect(
        contrast(focused.colour, focused.page),
        'the focus ring stands out (WCAG 1.4.11)',
      ).toBeGreaterThanOrEqual(3);
      expect(chosen.style, `the chosen ${item.what} is marked`).not.toBe('none');
      expect(
        contrast(chosen.colour, chosen.page),
        `the chosen ${item.what}'s mark stands out`,
      ).toBeGreaterThanOrEqual(3);
      // Unlike the focus ring in shape, and in lightness, which every reader sees (not only in hue).
      expect(chosen.style, `the chosen ${item.what}'s mark is not the focus ring's line`).not.toBe(
        focused.style,
      );
      expect(
        contrast(chosen.colour, focused.colour),
        `the chosen ${item.what}'s mark is not the focus ring's colour`,
      ).toBeGreaterThanOrEqual(1.5);
      // Chosen and focused: the focus ring, with the chosen one's mark inside it.
      expect(both.style).toBe(focused.style);
      expect(both.colour).toBe(focused.colour);
      expect(both.boxShadow, `the chosen ${item.what} with the focus still shows it is chosen`).toContain(
        chosen.colour,
      );
    }
  });
}

test.describe('on a phone', () => {
  // Reduced motion: the selected quote's scroll is instant, so the layout checks do not race an animation.
  test.use({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
  });

  for (const path of [
    '/',
    SAMPLE,
    `${SAMPLE}?view=parallel`,
    `${SAMPLE}?view=translation&quote=q5`,
    '/import',
    '/search?q=Rutte',
    '/speakers/mark-rutte',
  ]) {
    test(`${path}: no horizontal scrolling, header controls reachable`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // A selected quote scrolls the page to it (smoothly); the header is at the top once that is done.
      await expect(async () => {
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect(page.getByRole('banner')).toBeInViewport({ timeout: 500 });
      }).toPass();
      await openSettings(page);
      for (const control of [
        page.getByRole('combobox', { name: 'Interface language' }),
        page.getByRole('combobox', { name: 'Theme' }),
        page.getByRole('button', { name: 'Larger text' }),
      ]) {
        await expect(control).toBeInViewport();
        const box = await control.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      }
      // Even at the largest text size.
      for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Larger text' }).tap();
      await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
      const overflowLarger = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflowLarger).toBeLessThanOrEqual(0);
    });
  }

  test('a long compound word in a query and a quote breaks: no horizontal scrolling on search and speaker pages', async ({
    page,
  }) => {
    const word =
      'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsgebäudereinigung';
    await page.goto('/import');
    await page
      .getByLabel('Text', { exact: true })
      .fill(`„Die ${word} ist toll“, sagte Bürgermeisterin Eva Lind.`);
    await page.getByRole('button', { name: 'Annotate' }).click();
    await expect(page).toHaveURL(/\/imported\//);
    for (const path of [`/search?q=${word}`, `/search?q=${word.repeat(3)}`, '/speakers/eva-lind']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (!path.includes(word.repeat(2)))
        await expect(page.getByRole('link', { name: new RegExp(word) }).first()).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('the search field opens across the header when tapped, so what is typed can be read', async ({
    page,
  }) => {
    await page.goto(SAMPLE);
    const field = page.getByRole('searchbox', { name: 'Search quotes' });
    const library = page.getByRole('banner').getByRole('link', { name: 'Library' });
    const width = async () => (await field.boundingBox())!.width;
    const closed = await width();
    await expect(library).toBeVisible();

    await field.tap();
    await expect(library).toBeHidden();
    expect(await width(), 'focused, the field takes the navigation’s room').toBeGreaterThan(closed + 60);
    await page.keyboard.type('Rutte');
    await expect(page).toHaveURL(/\/search\?q=Rutte$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search: Rutte' })).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('Rutte');

    // The focus leaves: the navigation is back, the query kept, nothing wider than the screen.
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(library).toBeVisible();
    await expect(field).toHaveValue('Rutte');
    expect(await width()).toBeLessThanOrEqual(closed + 1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, { include: '.app-header' });
  });
});

test.describe('with a US English browser', () => {
  // dates follow the browser's regional variant of the interface language: this test reads the US form
  test.use({ locale: 'en-US' });

  test.describe('the line of the date and the source reads as it is seen, in every interface language', () => {
    for (const { language, line } of [
      { language: 'en', line: 'Published March 7, 2024 · Source: Testzeitung' },
      { language: 'de', line: 'Veröffentlicht am 7. März 2024 · Quelle: Testzeitung' },
    ]) {
      test(language, async ({ page }) => {
        const article = generateArticle({ id: 'meta-line', languages: ['de'], quotes: 1, events: 0 });
        await serveArticle(page, article.id, {
          ...article,
          published: '2024-03-07',
          source: { name: 'Testzeitung', kind: 'newsroom' },
        });
        await page.goto(`/articles/${article.id}?lng=${language}`);
        // The accessibility tree's text of the line: one line, the parts neither run together ("2024Source") nor
        // with a space before a comma ("2024 , Source", as a visually hidden comma out of the line's flow read).
        const shown = page.getByRole('article').getByRole('paragraph').filter({ hasText: 'Testzeitung' });
        await expect(shown).toMatchAriaSnapshot(`- paragraph: "${line}"`);
        await expect(shown).toHaveText(line);
      });
    }
  });
});
