/**
 * Search across the library and speaker pages, as a person uses them: typing in the header's search field, opening
 * a result at its quote, `/` from anywhere, more results by keyboard, and a speaker's page reached from the quote
 * panel, listing their quotes from a shipped and an imported article; a shipped article imported again counts once.
 */
import type { Locator, Page } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';

test.use({ locale: 'en-US' });

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search quotes' });
const results = (page: Page) => page.getByRole('list', { name: 'Results' });
const panel = (page: Page) => page.getByRole('region', { name: 'Selected quote' });
const SAMPLE = 'nato-ukraine-membership-rutte-2025';
/** The sample's English title, which every result from it shows. */
const SAMPLE_TITLE = 'Ukraine was never promised NATO membership';

/** Imports `article` (JSON) through the import page's file field, and waits for its reader. */
async function importArticle(page: Page, article: { id: string; [field: string]: unknown }) {
  await page.goto('/import');
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: `${article.id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(article)),
  });
  await expect(page).toHaveURL(new RegExp(`/imported/${article.id}$`));
}

test('typing a word finds its inflected forms, spelt with or without umlaut; a result opens at its quote', async ({
  page,
}) => {
  await page.goto('/');
  await searchBox(page).click();
  await searchBox(page).pressSequentially('Bündnis');
  await expect(page).toHaveURL(/\/search\?q=B%C3%BCndnis$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search: Bündnis' })).toBeVisible();
  // "das Bündnis" (Mark Rutte) and "des Bündnisses" (NATO leadership): both forms, each with its speaker.
  const bundnisses = results(page).getByRole('listitem').filter({ hasText: 'Bündnisses' });
  await expect(bundnisses).toHaveCount(1);
  await expect(bundnisses.getByRole('link', { name: 'NATO leadership' })).toBeVisible();
  await expect(results(page).getByRole('listitem').filter({ hasText: 'dass das Bündnis nur' })).toHaveCount(
    1,
  );
  await expect(searchBox(page)).toBeFocused();

  for (const spelling of ['Bundnis', 'Buendnis']) {
    await searchBox(page).fill(spelling);
    await expect(results(page).getByRole('listitem').filter({ hasText: 'Bündnisses' })).toHaveCount(1);
  }

  // The whole query is one step in the history: Back returns to the library.
  await results(page)
    .getByRole('link', { name: /Verpflichtung des Bündnisses/ })
    .click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\?quote=q\d+$/);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'NATO leadership' })).toBeVisible();
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('Buendnis');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('in German, a result and its speaker open in place at German addresses; Ctrl+click opens a new tab', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/search?q=Rutte');
  await expect(page).toHaveURL(/\/de\/search\?q=Rutte$/);
  const list = page.getByRole('list', { name: 'Treffer' });
  const first = list.getByRole('listitem').first();
  await expect(first.getByRole('link', { name: 'Mark Rutte' })).toHaveAttribute(
    'href',
    '/de/speakers/mark-rutte',
  );
  const quote = first.getByRole('link').first();
  await expect(quote).toHaveAttribute('href', /^\/de\/articles\/[a-z0-9-]+\?quote=q\d+$/);

  // A click with Ctrl is the browser's: a new tab, and this page stays.
  const opened = context.waitForEvent('page');
  await quote.click({ modifiers: ['ControlOrMeta'] });
  await (await opened).close();
  await expect(page).toHaveURL(/\/de\/search\?q=Rutte$/);

  // A plain click opens the article in this page, without loading a document again.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await quote.click();
  await expect(page).toHaveURL(/\/de\/articles\/[a-z0-9-]+\?quote=q\d+$/);
  await expect(page.getByRole('region', { name: 'Ausgewähltes Zitat' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await page.goBack();
  await first.getByRole('link', { name: 'Mark Rutte' }).click();
  await expect(page).toHaveURL(/\/de\/speakers\/mark-rutte$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await context.close();
});

test('a search can be linked, finds speakers by name, and says when nothing matches', async ({ page }) => {
  await page.goto('/search?q=Hegseth%20Truppen');
  await expect(searchBox(page)).toHaveValue('Hegseth Truppen');
  const items = results(page).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all())
    await expect(item.getByRole('link', { name: 'Pete Hegseth' })).toBeVisible();
  await expectNoAxeViolations(page);

  await searchBox(page).fill('Zyxwvu');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No quote matches “Zyxwvu”.');

  // A word of one letter, or quotation marks alone, is not searched: the page says so, not "no quote matches".
  for (const query of ['R', '„ “']) {
    await searchBox(page).fill(query);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      `“${query}” has no word to search for: type a word of two or more letters or digits.`,
    );
  }
});

test("the shipped results after the first page come from the index's blocks of quotes", async ({ page }) => {
  // Every quote of the sample has its article's title, so a word of the title finds all of them; the first page
  // comes with the word's shard, the others from the block files a worker reads.
  await page.goto('/search');
  await searchBox(page).click();
  await page.keyboard.type('Ukraine');
  const items = results(page).getByRole('listitem');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(/^\d+ quotes match “Ukraine”\.$/);
  const total = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  expect(total).toBeGreaterThan(12);
  await expect(items).toHaveCount(6);
  await page.getByRole('button', { name: 'Show 6 more quotes' }).click();
  await expect(items).toHaveCount(12);
  await page.getByRole('button', { name: /^Show \d+ more quotes?$/ }).click();
  await expect(items).toHaveCount(total);
  const links = await items.getByRole('link').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(new Set(links.filter((href) => href?.includes('?quote='))).size).toBe(total);
  const blocks = await Promise.all(
    page
      .workers()
      .map((worker) =>
        worker.evaluate(
          () =>
            performance
              .getEntriesByType('resource')
              .filter((entry) => /\/archive\/search\/[^/]+\/q\d+\.json$/.test(entry.name)).length,
        ),
      ),
  );
  expect(blocks.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
});

test('Back from a result further down the list returns to as many results as were shown', async ({
  page,
}) => {
  await page.goto('/search');
  await searchBox(page).click();
  await page.keyboard.type('Ukraine');
  const items = results(page).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await page.getByRole('button', { name: 'Show 6 more quotes' }).click();
  await expect(items).toHaveCount(12);
  // The address says how many are shown, so a reload or a shared link shows them too.
  await expect(page).toHaveURL(/\/search\?q=Ukraine&shown=12$/);

  const twelfth = items.nth(11).getByRole('link').first();
  const name = (await twelfth.textContent()) ?? '';
  await twelfth.click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\?quote=q\d+$/);
  await expect(panel(page)).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Search: Ukraine' })).toBeVisible();
  await expect(items).toHaveCount(12);
  await expect(items.nth(11).getByRole('link', { name, exact: true })).toBeVisible();

  // A new query starts from the first page again.
  await searchBox(page).fill('Rutte');
  await expect(page).toHaveURL(/\/search\?q=Rutte$/);
  await expect(items).toHaveCount(6);
});

test('when the reader of quotes cannot start, the search says so and tries again', async ({ page }) => {
  const script = '**/assets/quote-blocks.worker-*.js';
  await page.route(script, (route) => route.abort());
  await page.goto('/search');
  await searchBox(page).click();
  await page.keyboard.type('Ukraine');
  const items = results(page).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await page.getByRole('button', { name: 'Show 6 more quotes' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The search index could not be loaded.' });
  await expect(alert).toContainText('the reader of quotes stopped');
  await page.unroute(script);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(items).toHaveCount(12);
});

test('when the site’s index cannot be loaded (offline), the imported articles are still searched, and it says so', async ({
  page,
  consoleWatch,
}) => {
  consoleWatch.allow(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  await importText(page, LINDAU_NEWS, 'Hafen ohne Netz');
  const index = '**/archive/search/**';
  await page.route(index, (route) => route.abort('internetdisconnected'));
  await page.goto('/search');
  await searchBox(page).click();
  await page.keyboard.type('Geldverschwendung');
  // Said in words, as a status: no file's error for a reader to puzzle over.
  const notice = page.getByRole('status').filter({
    has: page.getByRole('heading', {
      name: "Only your imported articles were searched: searching the site's articles needs a connection.",
    }),
  });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('archive/search/');
  await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText(
    '1 quote matches “Geldverschwendung”.',
  );
  await expect(results(page).getByRole('listitem')).toHaveCount(1);
  await expect(results(page).getByRole('link', { name: 'Tom Berg' })).toBeVisible();

  await page.unroute(index);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice).toHaveCount(0);
  await expect(results(page).getByRole('listitem')).toHaveCount(1);
});

test('a long list of results shows a page at a time; the next by keyboard', async ({ page }) => {
  // Imports, then runs axe over 18 results: more steps than most tests.
  test.slow();
  // An imported article of 18 quotes: its title's words are in every one of them.
  const generated = generateArticle({ id: 'many-cranes', languages: ['de', 'en'], speakers: 3, quotes: 18 });
  await importArticle(page, { ...generated, title: { de: 'Hafenkräne überall', en: 'Harbour cranes' } });
  await page.goto('/search?q=Hafenkr%C3%A4ne');
  const items = results(page).getByRole('listitem');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText('18 quotes match “Hafenkräne”.');
  await expect(items).toHaveCount(6);
  const more = page.getByRole('button', { name: 'Show 6 more quotes' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(12);
  // The button stays where it was, under the longer list, and keeps the focus for the next page.
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(18);
  await expect(more).toBeHidden();
  // Nothing is listed twice.
  const links = await items.getByRole('link').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(new Set(links.filter((href) => href?.includes('?quote='))).size).toBe(18);
  await expectNoAxeViolations(page);
  // A new query starts from one page again.
  await searchBox(page).fill('Hafenkr');
  await expect(status).toHaveText('18 quotes match “Hafenkr”.');
  await expect(items).toHaveCount(6);
});

test('/ focuses the search from any page, but not while typing in a field', async ({ page }) => {
  await page.goto('/articles/nato-ukraine-membership-rutte-2025');
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('Rutte');
  await expect(page).toHaveURL(/\/search\?q=Rutte$/);
  await expect(results(page).getByRole('listitem').first()).toBeVisible();

  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.press('/');
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue('/');
  await expect(searchBox(page)).not.toBeFocused();
});

test("a speaker's page, opened from the quote panel, lists their quotes from a shipped and an imported article", async ({
  page,
}) => {
  // Imports, reads two pages and runs axe: more steps than most tests.
  test.slow();
  // An imported article in which Mark Rutte, named as in the shipped one, says something.
  const generated = generateArticle({
    id: 'rutte-elsewhere',
    languages: ['de', 'en'],
    speakers: 2,
    quotes: 4,
  });
  const imported = {
    ...generated,
    title: { de: 'Rutte anderswo', en: 'Rutte elsewhere' },
    published: '2025-06-01',
    speakers: generated.speakers.map((s) => (s.id === 's1' ? { ...s, name: 'Mark Rutte' } : s)),
    // Dated by the publication only, so the order on the page is known.
    quotes: generated.quotes.map(({ said: _said, ...q }, i) => (i === 0 ? { ...q, speaker: 's1' } : q)),
  };
  const importedByRutte = imported.quotes.filter((q) => q.speaker === 's1').length;
  await importArticle(page, imported);

  await page.goto(`/articles/${SAMPLE}?quote=q5`);
  await panel(page).getByRole('link', { name: 'All quotes by Mark Rutte in the library' }).click();
  await expect(page).toHaveURL(/\/speakers\/mark-rutte$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();

  const quotes = page
    .getByRole('region', { name: 'Quotes, in the order they were said' })
    .getByRole('listitem');
  const fromShipped = quotes.filter({ hasText: SAMPLE_TITLE });
  const fromImported = quotes.filter({ hasText: 'Rutte elsewhere' });
  await expect(fromShipped).toHaveCount(5);
  await expect(fromImported).toHaveCount(importedByRutte);
  await expect(quotes).toHaveCount(5 + importedByRutte);
  // In date order: the shipped article (February 2025) before the imported one (June 2025).
  await expect(quotes.first()).toContainText(SAMPLE_TITLE);
  await expect(quotes.last()).toContainText('Rutte elsewhere');
  // His role in the shipped article, on the one day it quotes him: that day, not a stretch from it to itself.
  const roles = page.getByRole('region', { name: 'Roles over time' }).getByRole('listitem');
  await expect(roles.first()).toHaveText('NATO Secretary General · February 13, 2025');
  await expectNoAxeViolations(page);

  // A quote of the imported article opens in the imported reader, at that quote.
  await fromImported.first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/imported\/rutte-elsewhere\?quote=q\d+$/);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Mark Rutte' })).toBeVisible();
});

test('a shipped article imported again, corrected, counts once on the speaker page and in the search', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  const shipped = (await (await page.request.get(`/articles/${SAMPLE}.json`)).json()) as {
    id: string;
    title: Record<string, string>;
  };
  await importArticle(page, { ...shipped, title: { ...shipped.title, en: 'NATO and Ukraine, corrected' } });

  await page.goto('/speakers/mark-rutte');
  const quotes = page
    .getByRole('region', { name: 'Quotes, in the order they were said' })
    .getByRole('listitem');
  await expect(quotes.first()).toBeVisible();
  await expect(quotes).toHaveCount(5);
  await expect(quotes.filter({ hasText: 'NATO and Ukraine, corrected' })).toHaveCount(5);
  await expect(quotes.filter({ hasText: '(imported)' })).toHaveCount(5);
  await expect(page.getByText('5 quotes in 1 article')).toBeVisible();

  // By keyboard: "/" to the search; the quotes with "Bündnis" and "Bündnisses", each once, from the copy.
  await page.keyboard.press('/');
  await page.keyboard.type('Bündnis');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText('“Bündnis”');
  const found = results(page).getByRole('listitem');
  await expect(found.filter({ hasText: 'Bündnisses' })).toHaveCount(1);
  await expect(found.filter({ hasText: 'dass das Bündnis nur' })).toHaveCount(1);
  const count = await found.count();
  await expect(found.filter({ hasText: 'NATO and Ukraine, corrected' })).toHaveCount(count);
  await expect(found.filter({ hasText: '(imported)' })).toHaveCount(count);
  await expect(status).toHaveText(`${count} quotes match “Bündnis”.`);
});

test('a speaker is found by a name typed without its apostrophe, hyphen or space, shipped and imported', async ({
  page,
  consoleWatch,
}) => {
  // Imports, then searches three names: more steps than most tests.
  test.slow();
  // The site has no file for a speaker only imports quote: it answers 404, which their page expects.
  consoleWatch.allow(/404/);
  const generated = generateArticle({ id: 'typed-names', languages: ['de', 'en'], speakers: 2, quotes: 4 });
  await importArticle(page, {
    ...generated,
    speakers: [
      { ...generated.speakers[0]!, name: "Siobhán O'Connor" },
      { ...generated.speakers[1]!, name: 'Annegret Kramp-Karrenbauer' },
    ],
    quotes: generated.quotes.map((quote, i) => ({ ...quote, speaker: i % 2 === 0 ? 's1' : 's2' })),
  });

  // The shipped sample's "NATO-Führung" (the German name of "NATO leadership"), typed in one word, with the mouse.
  await page.goto('/');
  await searchBox(page).click();
  await searchBox(page).pressSequentially('natofuhrung');
  await expect(page).toHaveURL(/\/search\?q=natofuhrung$/);
  const items = results(page).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all())
    await expect(item.getByRole('link', { name: 'NATO leadership' })).toBeVisible();
  await items.first().getByRole('link', { name: 'NATO leadership' }).click();
  await expect(page).toHaveURL(/\/speakers\/nato-leadership$/);
  await expect(page.getByRole('heading', { level: 1, name: 'NATO leadership' })).toBeVisible();

  // An imported speaker, by keyboard: "/" to the search, the name without its apostrophe, the quote opened.
  await page.keyboard.press('/');
  await page.keyboard.type('oconnor');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('2 quotes match “oconnor”.');
  await expect(items.getByRole('link', { name: "Siobhán O'Connor" })).toHaveCount(2);
  await expectNoAxeViolations(page);
  await items.first().getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/imported\/typed-names\?quote=q\d+$/);
  await expect(panel(page).getByRole('heading', { level: 2, name: "Siobhán O'Connor" })).toBeVisible();

  // A hyphenated name typed in one word, in lower case, reaches the speaker's page.
  await page.keyboard.press('/');
  await page.keyboard.type('krampkarrenbauer');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('2 quotes match “krampkarrenbauer”.');
  await items.first().getByRole('link', { name: 'Annegret Kramp-Karrenbauer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annegret Kramp-Karrenbauer' })).toBeVisible();
});

test('a speaker no article quotes is named as written, not by the address, with a search for their quotes', async ({
  page,
}) => {
  // A link that names Mark Rutte by his surname only: not his page's key.
  await page.goto('/speakers/rutte');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Speaker not found' })).toBeVisible();
  await expect(main).toContainText('No article in this library quotes Rutte.');
  await expect(main).not.toContainText('“rutte”');
  await expectNoAxeViolations(page);
  await main.getByRole('link', { name: 'Search the quotes for “Rutte”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search: Rutte' })).toBeVisible();
  await expect(results(page).getByRole('link', { name: 'Mark Rutte' }).first()).toBeVisible();

  // A key that spells no name (one made for a name in another script) is not shown as if it were one.
  await page.goto('/speakers/speaker-1x2k9q');
  await expect(main).toContainText('No article in this library quotes the speaker this link names.');
  await expect(main).not.toContainText('1x2k9q');
  await expect(main.getByRole('link', { name: /^Search the quotes/ })).toHaveCount(0);
});

test('a speaker’s name typed into the address in place of their key opens their page, replacing the address', async ({
  page,
}) => {
  await page.goto('/');
  await page.goto('/speakers/Mark%20Rutte');
  await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();
  await expect(page).toHaveURL(/\/speakers\/mark-rutte$/);
  // Replaced, not added: Back goes to the page before, not to the address typed.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  // A name in another language of the speaker's, in other capitals.
  await page.goto('/speakers/nato-f%C3%BChrung');
  await expect(page).toHaveURL(/\/speakers\/nato-leadership$/);
  await expect(page.getByRole('heading', { level: 1, name: 'NATO leadership' })).toBeVisible();
});

test('a name that two speakers bear stays a page not found, with its search', async ({
  page,
  consoleWatch,
}) => {
  // The site has no file for a speaker only imports quote: it answers 404, which their page expects.
  consoleWatch.allow(/404/);
  const generated = generateArticle({ id: 'second-rutte', languages: ['de', 'en'], speakers: 2, quotes: 4 });
  await importArticle(page, {
    ...generated,
    speakers: [
      { ...generated.speakers[0]!, name: 'Mark Rutte', key: 'mark-rutte-junior' },
      generated.speakers[1]!,
    ],
  });
  await page.goto('/speakers/Mark%20Rutte');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Speaker not found' })).toBeVisible();
  await expect(page).toHaveURL(/\/speakers\/Mark%20Rutte$/);
  await expect(main.getByRole('link', { name: 'Search the quotes for “Mark Rutte”' })).toBeVisible();
});

test.describe('with a German interface', () => {
  test.use({ locale: 'de-DE' });

  test('a speaker no article quotes is named in German words too', async ({ page }) => {
    await page.goto('/de/speakers/eva-maria-lind');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Stimme nicht gefunden' })).toBeVisible();
    await expect(main).toContainText('Kein Artikel dieser Bibliothek zitiert Eva Maria Lind.');
    await expect(
      main.getByRole('link', { name: 'Zitate nach „Eva Maria Lind“ durchsuchen' }),
    ).toHaveAttribute('href', '/de/search?q=Eva+Maria+Lind');
  });
});

test('a result shows why it matched: the words typed marked in its quote, the places of the others named', async ({
  page,
  consoleWatch,
}) => {
  test.slow();
  // The site has no file for a speaker only imports quote: it answers 404, which their page expects.
  consoleWatch.allow(/404/);
  const generated = generateArticle({ id: 'why-found', languages: ['de', 'en'], speakers: 2, quotes: 4 });
  await importArticle(page, {
    ...generated,
    title: { de: 'Streit in Kellinghusen', en: 'Row in Kellinghusen' },
    speakers: [
      { ...generated.speakers[0]!, name: 'Ilka Marlu Eisen' },
      { ...generated.speakers[1]!, name: 'Tobias Wendeborn' },
    ],
  });
  const items = results(page).getByRole('listitem');
  const found = (item: Locator) => item.getByText(/^Matched in: /);

  // A word of the quotes: marked in each quote's words, and nothing else named.
  await page.goto('/search?q=funding');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) {
    await expect(item.locator('mark')).toHaveText(['funding']);
    await expect(found(item)).toHaveCount(0);
  }

  // A speaker's name typed together: none of the quote's words is marked; the line says where it matched.
  await page.goto('/search');
  await searchBox(page).click();
  await page.keyboard.type('marlueisen funding');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/quotes? match “marlueisen funding”/);
  for (const item of await items.all()) {
    await expect(item.getByRole('link', { name: 'Ilka Marlu Eisen' })).toBeVisible();
    await expect(item.locator('mark')).toHaveText(['funding']);
    await expect(found(item)).toHaveText('Matched in: speaker name');
  }

  // A word of the article's title alone.
  await searchBox(page).fill('Kellinghusen');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('4 quotes match “Kellinghusen”.');
  for (const item of await items.all()) {
    await expect(item.locator('mark')).toHaveCount(0);
    await expect(found(item)).toHaveText('Matched in: article title');
  }
  await expectNoAxeViolations(page);

  // In German too (the interface language chosen before).
  await page.addInitScript(() => localStorage.setItem('stimmen.lng', 'de'));
  await page.goto('/search?q=Kellinghusen%20Wendeborn');
  const treffer = page.getByRole('list', { name: 'Treffer' }).getByRole('listitem');
  await expect(treffer.first()).toBeVisible();
  for (const item of await treffer.all())
    await expect(item.getByText(/^Gefunden in: /)).toHaveText('Gefunden in: Name und Artikeltitel');
});
