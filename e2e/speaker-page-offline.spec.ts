/**
 * A speaker's page when the site's file of that speaker cannot be fetched (offline, where the service worker has not
 * kept it): the quotes of the imports, which are in this browser, are still shown, with a notice of what is missing
 * and Try again; a prerendered page keeps its first screen, and says nothing when that is all of their quotes.
 */
import type { Page } from '@playwright/test';
import type { ArchiveQuote } from '../src/core/archive/archive-quote';
import { FIRST_QUOTES, speakerFile, speakerFirstScreen, speakerPage } from '../src/core/archive/speaker-page';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';

test.use({ locale: 'en-US' });

test("offline, a speaker's page shows their quotes in the imports and says the site's need a connection", async ({
  page,
  consoleWatch,
}) => {
  await importText(page, LINDAU_NEWS, 'Hafen in Lindau');
  // The site's speaker files as offline: the network refuses them until the test lets them through.
  let offline = true;
  await page.route('**/archive/speakers/**', (route) =>
    offline ? route.abort('internetdisconnected') : route.fallback(),
  );
  consoleWatch.allow(/Failed to load resource/);

  await page.goto('/speakers/tom-berg');
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Berg' })).toBeVisible();
  // Said in words, as a status: no file's error for a reader to puzzle over.
  const notice = page.getByRole('status').filter({
    has: page.getByRole('heading', {
      // Not that the site has quotes of theirs: offline it cannot know.
      name: "Only the quotes of your imports are shown: searching the site's articles for this speaker needs a connection.",
    }),
  });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('archive/speakers/');
  const quotes = page
    .getByRole('region', { name: 'Quotes, in the order they were said' })
    .getByRole('listitem');
  await expect(quotes.filter({ hasText: 'Das ist Geldverschwendung' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  // Back online, Try again reads the site's file too (Tom Berg has none) and the notice goes.
  offline = false;
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice).toHaveCount(0);
  await expect(quotes.filter({ hasText: 'Das ist Geldverschwendung' })).toHaveCount(1);

  // A prerendered speaker's page keeps the quotes it came with: all of them here, so it says nothing is missing
  // (`e2e/offline.spec.ts`).
  offline = true;
  const refused = page.waitForEvent('requestfailed', (request) =>
    request.url().includes('/archive/speakers/mark-rutte.json'),
  );
  await page.goto('/speakers/mark-rutte');
  await refused;
  await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();
  await expect(quotes).toHaveCount(5);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a speaker no article quotes gets a page that says so, headed in the interface language', async ({
  page,
}) => {
  await page.goto('/speakers/niemand-bekanntes');
  await expect(page.getByRole('heading', { level: 1, name: 'Speaker not found' })).toBeVisible();
  // The address's key read back as a name, not the slug
  await expect(page.getByText('No article in this library quotes Niemand Bekanntes.')).toBeVisible();
  await expect(page).toHaveTitle('Speaker not found – Stimmen');
  await expectNoAxeViolations(page);

  await page.goto('/speakers/niemand-bekanntes?lng=de');
  await expect(page.getByRole('heading', { level: 1, name: 'Stimme nicht gefunden' })).toBeVisible();
  await expect(page.getByText('Kein Artikel dieser Bibliothek zitiert Niemand Bekanntes.')).toBeVisible();
});

/** A speaker of more quotes than their prerendered page shows: Eva Lind, whom `LINDAU_NEWS` quotes too. */
const MANY = 40;
const SHIPPED: ArchiveQuote[] = Array.from({ length: MANY }, (_, i) => {
  const date = `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-10`;
  return {
    origin: 'shipped',
    articleId: `hafenrat-${i + 1}`,
    articleTitle: { de: `Hafenrat, Sitzung ${i + 1}`, en: `Harbour council, meeting ${i + 1}` },
    originalLanguage: 'de',
    published: date,
    quoteId: 'q1',
    kind: 'direct',
    text: { de: `Der Hafen braucht Plan ${i + 1}.`, en: `The harbour needs plan ${i + 1}.` },
    date,
    speaker: {
      key: 'eva-lind',
      name: 'Eva Lind',
      kind: 'person',
      role: { de: 'Bürgermeisterin', en: 'Mayor' },
      slot: 0,
    },
  };
});

/**
 * Eva Lind's page as the build prerenders it (the built server entry renders it from her first screen), and her
 * speaker file, for the sample site, which has no speaker of more quotes than a first screen shows.
 */
async function serveManyQuotesSpeaker(page: Page, file: () => 'offline' | 'online') {
  const { loadSite, prerenderDocument, speakerPageOf } = await import('../scripts/prerender');
  const site = await loadSite();
  const whole = speakerPage('eva-lind', SHIPPED, { quotes: [], articleIds: new Set() });
  if (!whole) throw new Error('no page for the generated speaker');
  const job = speakerPageOf(site.entry, speakerFirstScreen(whole, FIRST_QUOTES));
  const html = await prerenderDocument(site, job.data('en'), job.routeModules);
  await page.route(
    (url) => url.pathname === '/speakers/eva-lind',
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.route('**/archive/speakers/eva-lind.json', (route) =>
    file() === 'offline'
      ? route.abort('internetdisconnected')
      : route.fulfill({ json: speakerFile('eva-lind', SHIPPED) }),
  );
}

test("offline, a prerendered speaker's page of more quotes than it shows says how many, with the imports' own", async ({
  page,
  consoleWatch,
}) => {
  consoleWatch.allow(/Failed to load resource/);
  let file: 'offline' | 'online' = 'offline';
  await serveManyQuotesSpeaker(page, () => file);
  const quotes = page.getByRole('region', { name: 'Quotes, in the order they were said' }).getByRole('list');
  const partial = (title: string) =>
    page.getByRole('status').filter({ has: page.getByRole('heading', { name: title }) });

  // Before any import: the first screen, and a status of what is missing; the list is not announced as loading.
  const refused = () =>
    page.waitForEvent('requestfailed', (request) =>
      request.url().includes('/archive/speakers/eva-lind.json'),
    );
  let failed = refused();
  await page.goto('/speakers/eva-lind');
  await failed;
  await expect(page.getByRole('heading', { level: 1, name: 'Eva Lind' })).toBeVisible();
  await expect(partial('Without a connection only 30 of 40 quotes can be shown.')).toBeVisible();
  await expect(
    partial('Without a connection only 30 of 40 quotes can be shown.').getByText(
      "The later quotes from the site's articles need a connection.",
    ),
  ).toBeVisible();
  await expect(quotes.getByRole('listitem')).toHaveCount(FIRST_QUOTES);
  await expect(quotes).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('main')).not.toContainText('archive/speakers/');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // With an import that quotes her twice (her words, and what she added in indirect speech): the kept first screen
  // and the import's quotes, counted together.
  await importText(page, LINDAU_NEWS, 'Hafen in Lindau');
  failed = refused();
  await page.goto('/speakers/eva-lind');
  await failed;
  const notice = partial('Without a connection only 32 of 42 quotes can be shown.');
  await expect(notice).toBeVisible();
  await expect(page.getByText('42 quotes in 41 articles')).toBeVisible();
  await expect(quotes.getByRole('listitem')).toHaveCount(FIRST_QUOTES + 2);
  await expect(quotes.getByRole('listitem').filter({ hasText: 'The harbour needs plan 1.' })).toHaveCount(1);
  await expect(
    quotes.getByRole('listitem').filter({ hasText: 'Wir bauen den Hafen noch in diesem Jahr aus' }),
  ).toHaveCount(1);
  await expect(quotes).not.toHaveAttribute('aria-busy', 'true');

  // Back online, Try again reads her file: every quote, and nothing more to say.
  file = 'online';
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice).toHaveCount(0);
  await expect(quotes.getByRole('listitem')).toHaveCount(MANY + 2);
  await expect(page.getByText('42 quotes in 41 articles')).toBeVisible();
});
