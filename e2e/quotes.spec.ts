import { readFileSync } from 'node:fs';
import type { Article } from '../src/core/article/schema';
import { quotesInReadingOrder } from '../src/core/quotes/reading-order';
import { shareOfVoice } from '../src/core/speakers/share-of-voice';
import { annotate } from '../src/core/annotator/annotate';
import { generateArticle } from '../src/testing/data-generators';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, openSettings, serveArticle, test, waitForApp } from './support/fixtures';

test.use({ locale: 'en-US' });

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';
const sample = JSON.parse(
  readFileSync(
    new URL('../public/articles/nato-ukraine-membership-rutte-2025.json', import.meta.url),
    'utf8',
  ),
) as Article;

const panel = (page: Page) => page.getByRole('region', { name: 'Selected quote' });
const legend = (page: Page) => page.getByRole('region', { name: 'Speakers' });
const text = (page: Page) => page.getByRole('article');
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

test('the legend shows every speaker with quotes and share of the quoted words', async ({ page }) => {
  await page.goto(SAMPLE);
  const shares = new Map(shareOfVoice(sample).speakers.map((s) => [s.speaker, s]));
  const percent = (id: string) =>
    new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format(
      shares.get(id)!.share,
    );
  const hegseth = legend(page).getByRole('button', { name: /^Pete Hegseth/ });
  await expect(hegseth).toContainText('US Secretary of Defense');
  await expect(hegseth).toContainText('5 quotes');
  await expect(hegseth).toContainText(`${percent('hegseth')} of quoted words`);
  const rutte = legend(page).getByRole('button', { name: /^Mark Rutte/ });
  await expect(rutte).toContainText('5 quotes');
  await expect(rutte).toContainText(`${percent('rutte')} of quoted words`);
  // Read as one sentence: the separator heard is a comma right after the count, with no space before it.
  await expect(rutte).toHaveAccessibleName(
    `Mark Rutte NATO Secretary General 5 quotes, ${percent('rutte')} of quoted words`,
  );
  await expect(
    legend(page).getByRole('button', { name: /^Moscow Russian government 1 quote\b/ }),
  ).toBeVisible();
  await expect(legend(page).getByRole('button', { pressed: false })).toHaveCount(sample.speakers.length);
});

test('choosing a speaker dims everyone else; "Show all speakers" clears it (mouse)', async ({ page }) => {
  await page.goto(SAMPLE);
  const rutteQuote = text(page).getByRole('link', { name: /^Direct quote by Mark Rutte/ });
  const hegsethQuote = text(page)
    .getByRole('link', { name: /^Direct quote by Pete Hegseth/ })
    .first();
  await expect(rutteQuote).not.toHaveCSS('background-color', TRANSPARENT);

  const toggle = legend(page).getByRole('button', { name: /^Pete Hegseth/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]speaker=hegseth\b/);
  await expect(hegsethQuote).toHaveClass(/\bis-match\b/);
  await expect(rutteQuote).not.toHaveClass(/\bis-match\b/);
  await expect(rutteQuote).toHaveCSS('background-color', TRANSPARENT);
  await expect(hegsethQuote).not.toHaveCSS('background-color', TRANSPARENT);

  await legend(page).getByRole('button', { name: 'Show all speakers' }).click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/speaker=/);
  await expect(rutteQuote).not.toHaveCSS('background-color', TRANSPARENT);
});

test('the speaker filter toggles with the keyboard alone', async ({ page }) => {
  await page.goto(SAMPLE);
  const toggle = legend(page).getByRole('button', { name: /^Mark Rutte/ });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const hegsethQuote = text(page)
    .getByRole('link', { name: /^Direct quote by Pete Hegseth/ })
    .first();
  await expect(hegsethQuote).toHaveCSS('background-color', TRANSPARENT);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(hegsethQuote).not.toHaveCSS('background-color', TRANSPARENT);
});

test('clicking a highlight opens the quote panel; next and previous by button and key; Escape returns', async ({
  page,
}) => {
  await page.goto(SAMPLE);
  const highlight = text(page).getByRole('link', { name: /^Direct quote by Pete Hegseth: „Die Vereinigten/ });
  await highlight.click();
  await expect(page).toHaveURL(/[?&]quote=q7\b/);

  const region = panel(page);
  await expect(region.getByRole('heading', { level: 2, name: 'Pete Hegseth' })).toBeFocused();
  await expect(region).toContainText('US Secretary of Defense');
  await expect(region).toContainText('Direct quote: The speaker’s own words, in quotation marks.');
  await expect(region.locator('dd[lang="en"]')).toHaveText(
    /^“The United States does not believe that NATO membership for Ukraine/,
  );
  await expect(region.locator('dd[lang="de"]')).toHaveText(/^„Die Vereinigten Staaten glauben nicht/);
  await expect(region).toContainText('February 12, 2025');
  await expect(region).toContainText('Quote 7 of 15');
  const others = region.getByRole('list').getByRole('link');
  await expect(others).toHaveCount(4);
  await expect(others.first()).toHaveText('die Idee, Truppen seines Landes in das Land zu entsenden');
  // The panel sits beside the text, not over it.
  const panelBox = (await region.boundingBox())!;
  const textBox = (await text(page).boundingBox())!;
  expect(panelBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);

  await region.getByRole('button', { name: 'Next quote' }).click();
  await expect(page).toHaveURL(/[?&]quote=q8\b/);
  // The focus stays on the button, so that it can be pressed again.
  await expect(region.getByRole('button', { name: 'Next quote' })).toBeFocused();
  await expect(region).toContainText('Quote 8 of 15');
  await expect(region).toContainText('Indirect speech: What the speaker said, retold in Konjunktiv I');

  await page.keyboard.press('j');
  await expect(page).toHaveURL(/[?&]quote=q9\b/);
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/[?&]quote=q7\b/);
  await region.getByRole('button', { name: 'Previous quote' }).click();
  await expect(page).toHaveURL(/[?&]quote=q6\b/);
  await expect(region).toContainText('Reported statement');

  await others.last().click();
  await expect(page).toHaveURL(/[?&]quote=q10\b/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/quote=/);
  await expect(region).toHaveCount(0);
  await expect(page.locator('a[data-anchor="q10"]')).toBeFocused();
});

test('back and forward step through the selections and across pages', async ({ page }) => {
  await page.goto(SAMPLE);
  const region = panel(page);
  const selected = (id: string) => page.locator(`[data-quotes~="${id}"].is-selected`).first();
  await page.locator('a[data-anchor="q1"]').click();
  await expect(region).toContainText('Quote 1 of 15');
  await expect(page).toHaveURL(/[?&]quote=q1\b/);
  await page.locator('a[data-anchor="q7"]').click();
  await expect(region).toContainText('Quote 7 of 15');
  // A selection's history entry is written after the frame that shows it: Back once the address shows it, as a
  // person would (a full run once went back to the article without a quote here, not reproduced since).
  await expect(page).toHaveURL(/[?&]quote=q7\b/);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]quote=q1\b/);
  await expect(region).toContainText('Quote 1 of 15');
  await expect(selected('q1')).toBeVisible();
  await expect(page.locator('[data-quotes~="q7"].is-selected')).toHaveCount(0);
  await page.goBack();
  await expect(page).not.toHaveURL(/quote=/);
  await expect(region).toHaveCount(0);
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/[?&]quote=q7\b/);
  await expect(region).toContainText('Quote 7 of 15');
  await expect(selected('q7')).toBeVisible();

  // To another page and back: the article comes back with the quote selected.
  await page.getByRole('navigation').getByRole('link', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/[?&]quote=q7\b/);
  await expect(region).toContainText('Quote 7 of 15');
});

test('selections made faster than frames each get their history entry, in order', async ({ page }) => {
  await page.goto(SAMPLE);
  const region = panel(page);
  await page.locator('a[data-anchor="q1"]').click();
  await expect(region).toContainText('Quote 1 of 15');
  // The panel's heading has the focus; three keys in one go, without waiting for a paint between them.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(region).toContainText('Quote 4 of 15');
  await expect(page).toHaveURL(/[?&]quote=q4\b/);
  for (const position of [3, 2, 1]) {
    await page.goBack();
    await expect(region).toContainText(`Quote ${position} of 15`);
    await expect(page).toHaveURL(new RegExp(`[?&]quote=q${position}\\b`));
  }
});

test('a quote’s link is named by all its words, also where a quotation or a date inside it cuts the highlight', async ({
  page,
}) => {
  await page.goto(SAMPLE);
  const link = page.getByRole('link', {
    name: 'Indirect speech by Pete Hegseth: dass die Sicherheitsgarantien „von fähigen europäischen und außereuropäischen Truppen unterstützt werden sollten“',
    exact: true,
  });
  await expect(link).toHaveCount(1);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { name: 'Pete Hegseth', exact: true })).toBeFocused();
  await expect(
    page.getByRole('link', {
      name: 'Reported statement by NATO leadership: die Verpflichtung des Bündnisses zu Kiews „irreversiblen Weg“ in Richtung Mitgliedschaft',
      exact: true,
    }),
  ).toHaveCount(1);
});

test('keyboard alone: Tab to a quote, Enter opens it, N moves on, Escape returns to the text', async ({
  page,
}) => {
  await page.goto(SAMPLE);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-anchor') ?? false)) break;
  }
  await expect(page.locator('a[data-anchor="q1"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Mark Rutte' })).toBeFocused();
  await expect(panel(page)).toContainText('Quote 1 of 15');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/[?&]quote=q3\b/);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/[?&]quote=q2\b/);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.locator('a[data-anchor="q2"]')).toBeFocused();
  // Focus is never trapped: Tab goes on through the text.
  await page.keyboard.press('Tab');
  await expect(page.locator('a[data-anchor="q2"]')).not.toBeFocused();
});

test('a shared link with ?quote= opens the panel and scrolls the quote into view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto(`${SAMPLE}?quote=q10`);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Pete Hegseth' })).toBeVisible();
  await expect(page.locator('a[data-anchor="q10"]')).toBeInViewport();
  await expect(page.locator('a[data-anchor="q10"]')).toHaveClass(/\bis-selected\b/);

  await page.goto(`${SAMPLE}?quote=q5`);
  await page.reload();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Mark Rutte' })).toBeVisible();
  await expect(panel(page)).toContainText('Quote 5 of 15');
  await expect(page.locator('a[data-anchor="q5"]')).toBeInViewport();
});

test('an unknown quote id gives a gentle notice that can be dismissed', async ({ page }) => {
  await page.goto(`${SAMPLE}?quote=q999`);
  const notice = page.getByRole('status').filter({ hasText: 'Quote not found' });
  await expect(notice).toContainText('This link points to a quote that is not in this article');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rutte');
  // By keyboard: the notice goes, and the focus goes on to the content rather than to nowhere.
  await notice.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page).not.toHaveURL(/quote=/);
  await expect(page.getByRole('main')).toBeFocused();
});

test('a link to a speaker or an event the article lacks says so, and the article is shown', async ({
  page,
}) => {
  await page.goto(`${SAMPLE}?speaker=eva-lind`);
  const notice = page.getByRole('status').filter({ hasText: 'Speaker not found' });
  await expect(notice).toContainText('This link points to a speaker who is not in this article. eva-lind');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rutte');
  // Every quote stays highlighted, as without a speaker filter.
  await expect(legend(page).getByRole('button', { pressed: true })).toHaveCount(0);

  await page.goto(`${SAMPLE}?event=summit-1999&speaker=eva-lind`);
  const both = page.getByRole('status').filter({ hasText: 'Not in this article' });
  await expect(both).toContainText('This link points to a speaker who is not in this article. eva-lind');
  await expect(both).toContainText('This link points to an event that is not in this article. summit-1999');
  // By keyboard: the notice goes with both, and the focus goes on to the content.
  await both.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(both).toHaveCount(0);
  await expect(page).not.toHaveURL(/speaker=|event=/);
  await expect(page.getByRole('main')).toBeFocused();
});

test('a link to a quote and a speaker the article lacks shows the quote, and says so in its panel', async ({
  page,
}) => {
  await page.goto(`${SAMPLE}?quote=q5&speaker=eva-lind`);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Mark Rutte' })).toBeVisible();
  const notice = panel(page).getByRole('status').filter({ hasText: 'Speaker not found' });
  await expect(notice).toContainText('This link points to a speaker who is not in this article. eva-lind');
  await expectNoAxeViolations(page);
  // By mouse: the notice goes, the quote stays, and the focus stays in the panel, on the quote.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(/\?quote=q5$/);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Mark Rutte' })).toBeFocused();
});

test('? opens the keyboard shortcut help as a modal dialog; Escape closes only the dialog', async ({
  page,
}) => {
  await page.goto(`${SAMPLE}?quote=q2`);
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(7);
  await expect(dialog.getByRole('row', { name: /Search the library’s quotes/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /J or N Next quote/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /K or P Previous quote/ })).toBeVisible();
  expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
  // Keys meant for the page do nothing while the dialog is open.
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/[?&]quote=q2\b/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel(page)).toBeVisible();
  await expect(page).toHaveURL(/[?&]quote=q2\b/);

  await page.keyboard.press('?');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('shortcut letters are ignored while typing in a field', async ({ page }) => {
  await page.goto(`${SAMPLE}?quote=q2`);
  await openSettings(page);
  await page.getByRole('combobox', { name: 'Interface language' }).focus();
  await page.keyboard.press('j');
  await page.keyboard.press('?');
  await expect(page).toHaveURL(/[?&]quote=q2\b/);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('on a phone the quote opens as a bottom sheet, in German', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(SAMPLE);
  // This page is not the fixture's, whose `goto` waits for the app: a click before it has started follows the link.
  await waitForApp(page);
  await page
    .getByRole('link', { name: /^Indirekte Rede von Mark Rutte/ })
    .first()
    .click();
  const sheet = page.getByRole('region', { name: 'Ausgewähltes Zitat' });
  await expect(sheet.getByRole('heading', { level: 2, name: 'Mark Rutte' })).toBeFocused();
  await expect(sheet).toContainText('NATO-Generalsekretär');
  await expect(sheet).toContainText('Indirekte Rede: Was die Person gesagt hat, im Konjunktiv I');
  await expect(sheet).toHaveCSS('position', 'fixed');
  const box = (await sheet.boundingBox())!;
  expect(Math.round(box.y + box.height)).toBe(844);
  expect(box.width).toBe(390);
  expect(box.height).toBeLessThanOrEqual(844 / 2);
  await sheet.getByRole('button', { name: 'Nächstes Zitat' }).click();
  await expect(page).toHaveURL(/[?&]quote=q2\b/);
  await sheet.getByRole('button', { name: 'Schließen' }).click();
  await expect(sheet).toHaveCount(0);
  await context.close();
});

test('a generated three-language article: legend, panel with every language, reading order', async ({
  page,
}) => {
  const article = generateArticle({
    id: 'generated-quotes',
    languages: ['de', 'en', 'fr'],
    paragraphs: 40,
    speakers: 6,
    quotes: 80,
    events: 12,
    years: [1990, 2030],
  });
  await serveArticle(page, 'generated-quotes', article);
  await page.goto('/articles/generated-quotes');
  await expect(legend(page).getByRole('button', { pressed: false })).toHaveCount(6);

  const order = quotesInReadingOrder(article);
  const first = order[0]!;
  const firstAnchor = page.locator(`a[data-anchor="${first.id}"]`);
  await firstAnchor.click();
  const region = panel(page);
  await expect(region).toContainText(`Quote 1 of ${article.quotes.length}`);
  for (const language of ['de', 'en', 'fr']) {
    await expect(region.locator(`dd[lang="${language}"]`)).toHaveText(first.spans[language]![0]!.exact, {
      useInnerText: false,
    });
  }
  for (const quote of order.slice(1, 4)) {
    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`[?&]quote=${quote.id}(&|$)`));
  }
  await page.keyboard.press('Escape');
  await expect(page.locator(`a[data-anchor="${order[3]!.id}"]`)).toBeFocused();

  const speaker = article.speakers[0]!;
  await legend(page)
    .getByRole('button', { name: new RegExp(`^${speaker.name}`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`[?&]speaker=${speaker.id}(&|$)`));
});

test('a quote a medium relays names the medium in the panel, in English and German', async ({ page }) => {
  const article = annotate({
    id: 'relayed-quote',
    text: 'Die Agentur Nordpress zitiert Ministerin Ida Brandt mit den Worten: „Das Geld ist da.“',
    title: 'Haushalt',
    published: '2024-05-02',
  });
  await serveArticle(page, 'relayed-quote', article);
  await page.goto('/articles/relayed-quote');
  await text(page)
    .getByRole('link', { name: /^Direct quote by Ida Brandt/ })
    .click();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Ida Brandt' })).toBeVisible();
  await expect(panel(page)).toContainText('Quoted by Agentur Nordpress');

  // The legend counts what the agency relays, not as its own words; choosing it shows the quote it relays.
  const agency = legend(page).getByRole('button', { name: /^Agentur Nordpress/ });
  await expect(agency).toContainText('relays 1 quote');
  await expect(agency).not.toContainText('of quoted words');
  await agency.click();
  await expect(page).toHaveURL(/[?&]speaker=/);
  await expect(text(page).getByRole('link', { name: /^Direct quote by Ida Brandt/ })).toHaveClass(/is-match/);

  await page.goto('/articles/relayed-quote?lng=de');
  await text(page)
    .getByRole('link', { name: /^Direktes Zitat von Ida Brandt/ })
    .click();
  await expect(page.getByRole('region', { name: 'Ausgewähltes Zitat' })).toContainText(
    'Zitiert nach Agentur Nordpress',
  );
});

test('a speaker with many quotes: the panel lists a few, "Show all" the rest; J scrolls far quotes into view', async ({
  page,
}) => {
  const article = generateArticle({
    id: 'generated-many',
    paragraphs: 60,
    speakers: 2,
    quotes: 40,
    events: 2,
  });
  await serveArticle(page, 'generated-many', article);
  await page.goto('/articles/generated-many');
  const order = quotesInReadingOrder(article);
  const first = order[0]!;
  await page.locator(`a[data-anchor="${first.id}"]`).click();
  const others = order.filter((q) => q.speaker === first.speaker && q.id !== first.id);
  expect(others.length).toBeGreaterThan(5);
  const region = panel(page);
  const links = region.getByRole('list').getByRole('link');
  await expect(links).toHaveCount(5);
  await region.getByRole('button', { name: `Show all ${others.length} quotes` }).click();
  await expect(links).toHaveCount(others.length);
  await expect(links.nth(5)).toBeFocused();
  await expect(region.getByRole('button', { name: /^Show all/ })).toHaveCount(0);

  // A quote far down the text: J selects it and the text scrolls to it (once the panel is painted).
  const [beforeLast, last] = order.slice(-2);
  await page.goto(`/articles/generated-many?quote=${beforeLast!.id}`);
  await expect(region).toContainText(`Quote ${order.length - 1} of ${order.length}`);
  // The linked quote is scrolled into view first; scrolling away before that, the test raced the page's own scroll.
  await expect(page.locator(`a[data-anchor="${beforeLast!.id}"]`)).toBeInViewport();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const lastAnchor = page.locator(`a[data-anchor="${last!.id}"]`);
  await expect(lastAnchor).not.toBeInViewport();
  await page.keyboard.press('j');
  await expect(page).toHaveURL(new RegExp(`[?&]quote=${last!.id}(&|$)`));
  await expect(lastAnchor).toBeInViewport();
});

test('scrolling to a linked quote is smooth, except when reduced motion is asked for', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: (ScrollBehavior | undefined)[] = [];
    (window as unknown as { scrollCalls: unknown[] }).scrollCalls = calls;
    const original = window.scrollBy.bind(window);
    window.scrollBy = (options?: ScrollToOptions) => {
      calls.push(options?.behavior);
      original(options);
    };
  });
  const firstScroll = () =>
    page.evaluate(() => (window as unknown as { scrollCalls: unknown[] }).scrollCalls[0]);

  await page.goto(`${SAMPLE}?quote=q10`);
  await expect(panel(page)).toBeVisible();
  await expect.poll(firstScroll).toBe('smooth');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Opened afresh (a reload would put back the place the page was scrolled to, and nothing need move).
  await page.goto('about:blank', { waitUntil: 'commit' });
  await page.goto(`${SAMPLE}?quote=q10`);
  await expect(panel(page)).toBeVisible();
  await expect.poll(firstScroll).toBe('instant');
  await expect(page.locator('a[data-anchor="q10"]')).toBeInViewport();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`legend, panel and shortcut help have no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${SAMPLE}?quote=q8&speaker=hegseth`);
    await expect(panel(page)).toBeVisible();
    await expect(legend(page)).toBeVisible();
    const page1 = await new AxeBuilder({ page }).analyze();
    expect(
      page1.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    const dialog = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(dialog.violations.map((v) => v.id)).toEqual([]);
  });
}

test('on a wide screen, with a quote open, the speakers and the timeline can still be clicked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(SAMPLE);
  await text(page)
    .getByRole('link', { name: /^Direct quote by Pete Hegseth: „Die Vereinigten/ })
    .click();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Pete Hegseth' })).toBeFocused();

  // The mouse reaches past the open panel: it is not stuck over the whole height of the aside.
  const toggle = legend(page).getByRole('button', { name: /^Mark Rutte/ });
  await toggle.click({ timeout: 5_000 });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page)).toBeVisible();
  const event = page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: /^April 2008 / });
  await event.click({ timeout: 5_000 });
  await expect(page).toHaveURL(/[?&]event=bucharest-2008\b/);
});

test.describe('the position of the chosen quote is heard as one line, without a space before the colon', () => {
  for (const { language, line } of [
    { language: 'en', line: 'Quote 3 of 15: Indirect speech, Mark Rutte' },
    { language: 'de', line: 'Zitat 3 von 15: Indirekte Rede, Mark Rutte' },
  ]) {
    test(language, async ({ page }) => {
      await page.goto(`${SAMPLE}?quote=q3&lng=${language}`);
      const position = page.getByRole('paragraph').filter({ hasText: /^(Quote|Zitat) 3 / });
      // The accessibility tree's text: what a screen reader reads and announces as the quote changes.
      await expect(position).toMatchAriaSnapshot(`- paragraph: "${line}"`);
    });
  }
});
