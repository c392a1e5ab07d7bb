import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../bench/server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { sampleArticle } from './support/sample';
import { followOffline, goOffline, goOnline } from './support/offline';

// These tests are about the service worker, which every other spec blocks (playwright.config.ts).
test.use({ locale: 'en-US', serviceWorkers: 'allow' });
// Each test visits many pages and annotates twice; on a busy machine that takes longer than the default.
test.describe.configure({ timeout: 120_000 });
/** Annotating and installing the worker's precache take a while on a loaded machine; nothing here is timed. */
const SLOW = { timeout: 30_000 };
test.beforeEach(async ({ context }) => followOffline(context));

const GERMAN = [
  'Die Gemeinde Uferbach baut eine neue Brücke. „Wir beginnen im Herbst“, sagte Bürgermeister Jonas Weber am Montag.',
  '„Das dauert zu lange“, sagte die Sprecherin der Anwohner, Mia Roth.',
].join('\n\n');
/** Quotes Mark Rutte, whom the shipped article quotes too. */
const RUTTE_TEXT =
  'Die NATO verlegt Truppen nach Litauen. „Das Bündnis steht an der Seite Litauens“, sagte NATO-Generalsekretär Mark Rutte am Mittwoch in Vilnius.';
const OFFLINE_TEXT =
  'Der Verein Nordlicht plant ein Fest. „Alle sind eingeladen“, sagte die Vorsitzende Lena Brandt am Freitag.';

/** Waits until the page's service worker is active (registered once the app has started). */
async function serviceWorkerActive(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

function shippedArticle(): { id: string; title: string } {
  const first = sampleArticle();
  return { id: first.id, title: first.title.en ?? first.title[first.originalLanguage]! };
}

/** A shipped article's entry in the library, by its title. */
function libraryItem(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
}

async function annotate(page: Page, text: string, title: string) {
  await page.getByRole('textbox', { name: 'Text' }).fill(text);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await page.getByRole('button', { name: 'Annotate' }).click();
}

test('once visited, the site works offline: a shipped article read before, an import, and the annotator', async ({
  page,
}) => {
  const article = shippedArticle();
  await page.goto('/');
  await serviceWorkerActive(page);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await page.goto('/import');
  await annotate(page, GERMAN, 'Brücke in Uferbach');
  await expect(page).toHaveURL(/\/imported\/bruecke-in-uferbach$/, SLOW);
  await expect(page.getByRole('link', { name: /^Direct quote by Jonas Weber/ })).toBeVisible();

  await goOffline(page);
  await page.reload();
  await expect(page.getByRole('link', { name: /^Direct quote by Jonas Weber/ })).toBeVisible();

  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(page.locator('mark, a[href*="quote="]').first()).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  // Its page was read (not its data): available all the same; the imports always are.
  await expect(
    libraryItem(page, article.title).getByText('Available offline', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('Kept in this browser: always available offline.')).toBeVisible();
  await page.getByRole('link', { name: 'Brücke in Uferbach' }).click();
  await expect(page.getByRole('link', { name: /^Direct quote by Mia Roth/ })).toBeVisible();

  await page.goto('/import');
  await annotate(page, OFFLINE_TEXT, 'Fest ohne Netz');
  await expect(page).toHaveURL(/\/imported\/fest-ohne-netz$/, SLOW);
  await expect(page.getByRole('link', { name: /^Direct quote by Lena Brandt/ })).toBeVisible();
  await goOnline(page);
});

test('the library says which shipped articles can be read offline, and lists the others', async ({
  page,
}) => {
  const article = shippedArticle();
  const item = libraryItem(page, article.title);
  await page.goto('/');
  await serviceWorkerActive(page);

  // Not read yet: offline, the library still lists it and says it cannot be read.
  await goOffline(page);
  await page.reload();
  await expect(item.getByText('Not available offline')).toBeVisible();
  await expect(item.getByText('Available offline', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Online, every article can be read: nothing to warn of.
  await goOnline(page);
  await expect(item.getByText('Not available offline')).toHaveCount(0);

  // Read within the app (its data is fetched, not its page), then back in the library.
  await item.getByRole('link', { name: article.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await page.goBack();
  await expect(item.getByText('Available offline', { exact: true })).toBeVisible();

  await goOffline(page);
  await page.reload();
  await expect(item.getByText('Available offline', { exact: true })).toBeVisible();
  await expect(item.getByText('Not available offline')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // And it opens, by keyboard.
  await item.getByRole('link', { name: article.title }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(page.locator('mark, a[href*="quote="]').first()).toBeVisible();
  await goOnline(page);
});

test('with the worker in control, the search finds quotes, its index files fetched past the worker', async ({
  page,
}) => {
  await page.goto('/');
  await serviceWorkerActive(page);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByRole('searchbox', { name: 'Search quotes' }).click();
  await page.keyboard.type('Rutte');
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
  // The worker never caches them: where the browser has the static routing API, it sends them to the network
  // itself (public/sw-routes.js), not through the worker's thread; also those the page's block reader fetches.
  const routesTaken = () =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/archive\/search\/[^/]+\//.test(entry.name))
      .map(
        (entry) =>
          (entry as PerformanceResourceTiming & { workerMatchedSourceType?: string }).workerMatchedSourceType,
      );
  const routes = (
    await Promise.all([
      page.evaluate(routesTaken),
      ...page.workers().map((worker) => worker.evaluate(routesTaken)),
    ])
  ).flat();
  expect(routes.length).toBeGreaterThan(0);
  expect(routes).toEqual(routes.map(() => 'network'));
});

test('a new deployment while a page is open: the reader is told and chooses when to reload', async ({
  browser,
}) => {
  // Two builds served in turn from one address: this build, then the same with a changed library page and the
  // worker that precaches it (what `npm run build` gives for a deployment that changed one page).
  const root = mkdtempSync(join(tmpdir(), 'stimmen-deploy-'));
  cpSync(resolve('dist'), root, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 4174) + 1000;
  const server = await serveStatic(root, port);
  const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'en-US' });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/`);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await serviceWorkerActive(page);
    // The reader comes back: this page is served by the worker (the first visit's page was not).
    await page.reload();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The next deployment's page is told apart by a mark on its root element (the app keeps the title to the page's
    // heading, so the title cannot be the mark).
    const next = page.locator('html[data-deployment="next"]');
    await expect(next).toHaveCount(0);

    const index = join(root, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace('<html lang="en"', '<html lang="en" data-deployment="next"'),
    );
    const worker = join(root, 'sw.js');
    writeFileSync(
      worker,
      readFileSync(worker, 'utf8').replace(
        /("url": "index\.html",\s*"revision": ")[0-9a-f]+"/,
        '$1next-deployment"',
      ),
    );
    // The page asks when the reader comes back to it, and hourly; here at once.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const notice = page.getByRole('complementary', { name: 'New version' });
    await expect(notice).toContainText('A new version of Stimmen is ready', SLOW);
    await expectNoAxeViolations(page);
    // Nothing changed under the reader until they choose.
    await expect(next).toHaveCount(0);
    await notice.getByRole('button', { name: 'Reload now' }).click();
    await expect(next).toHaveCount(1);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await expect(page.getByRole('complementary', { name: 'New version' })).toHaveCount(0);
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test.describe('offline, a page says what needs the network and what can still be read', () => {
  test.beforeEach(async ({ page, consoleWatch }) => {
    consoleWatch.allow(/Failed to load resource|ERR_INTERNET_DISCONNECTED/);
    await page.goto('/');
    await serviceWorkerActive(page);
  });

  test('the search, with no imported article to search', async ({ page }) => {
    await goOffline(page);
    await page.goto('/search?q=Rutte');
    const notice = page.getByRole('status').filter({
      has: page.getByRole('heading', { name: "Searching the site's articles needs a connection" }),
    });
    await expect(notice).toContainText('the articles you import are kept here and searched offline too');
    // No file's error for a reader to puzzle over.
    await expect(page.getByRole('main')).not.toContainText('manifest.json');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await notice.getByRole('link', { name: 'Back to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await goOnline(page);
  });

  test('an article never opened before', async ({ page }) => {
    const article = shippedArticle();
    await goOffline(page);
    await page.goto(`/articles/${article.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This article is not saved for reading offline' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('The connection failed');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Articles to read offline' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(libraryItem(page, article.title).getByText('Not available offline')).toBeVisible();
    await goOnline(page);
  });

  test('the connection drops while the page is open: the imports stay listed, and an article says whether it can be read', async ({
    page,
  }) => {
    const article = shippedArticle();
    // A page the worker controls (the first visit's is not), as every later visit is.
    await page.reload();
    await page.goto('/import');
    await annotate(page, GERMAN, 'Brücke in Uferbach');
    await expect(page).toHaveURL(/\/imported\/bruecke-in-uferbach$/, SLOW);

    // Reading a speaker's page (kept, prerendered), the connection drops; the reader goes on within the app.
    await page.goto('/speakers/mark-rutte');
    await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();
    await goOffline(page);
    // The imports are in this browser, not on the network: listed.
    await page.getByRole('banner').getByRole('link', { name: 'Library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Brücke in Uferbach' })).toBeVisible();
    // A quote of an article never read: said at once, not loading for ever.
    await page.goBack();
    await page
      .getByRole('region', { name: 'Quotes, in the order they were said' })
      .getByRole('link')
      .first()
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'This article is not saved for reading offline' }),
    ).toBeVisible();
    // The connection is back: the article comes, with no "Try again" to find.
    await goOnline(page);
    await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  });

  test('an article opened offline comes by itself when the connection is back', async ({ page }) => {
    const article = shippedArticle();
    await goOffline(page);
    await page.goto(`/articles/${article.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This article is not saved for reading offline' }),
    ).toBeVisible();
    await goOnline(page);
    await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  });

  test("a speaker's page: their quotes, and no error that contradicts them", async ({ page }) => {
    await goOffline(page);
    // The page was kept (prerendered), the file of all their quotes was not: once its request has failed, the page
    // has said all it will.
    const refused = page.waitForEvent('requestfailed', (request) =>
      request.url().includes('/archive/speakers/mark-rutte.json'),
    );
    await page.goto('/speakers/mark-rutte');
    await refused;
    await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();
    const quotes = page
      .getByRole('region', { name: 'Quotes, in the order they were said' })
      .getByRole('listitem');
    await expect(quotes).toHaveCount(5);
    // Every quote of theirs is on the page: nothing is missing, so nothing is said.
    await expect(page.getByRole('main')).not.toContainText('could not be loaded');
    await expect(page.getByRole('main')).not.toContainText('without a connection');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await goOnline(page);
  });

  test("a speaker's page with imports that quote them: the kept page's quotes and the imports' together; the search, the imports'", async ({
    page,
  }) => {
    await page.goto('/import');
    await annotate(page, RUTTE_TEXT, 'Rutte in Vilnius');
    await expect(page).toHaveURL(/\/imported\/rutte-in-vilnius$/, SLOW);
    await expect(page.getByRole('link', { name: /^Direct quote by Mark Rutte/ })).toBeVisible();

    await goOffline(page);
    const refused = page.waitForEvent('requestfailed', (request) =>
      request.url().includes('/archive/speakers/mark-rutte.json'),
    );
    await page.goto('/speakers/mark-rutte');
    await refused;
    await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();
    const quotes = page
      .getByRole('region', { name: 'Quotes, in the order they were said' })
      .getByRole('listitem');
    // The five of the shipped article, as prerendered, and the import's, counted together.
    await expect(quotes).toHaveCount(6);
    await expect(quotes.filter({ hasText: 'Membership was never promised' })).toHaveCount(1);
    await expect(quotes.filter({ hasText: 'Das Bündnis steht an der Seite Litauens' })).toHaveCount(1);
    await expect(page.getByText('6 quotes in 2 articles')).toBeVisible();
    // All of their quotes are there: nothing to say.
    await expect(page.getByRole('main')).not.toContainText('without a connection');
    await expect(page.getByRole('main')).not.toContainText('Only the quotes of your imports');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The search has only the imports to search: it shows theirs, and says the site's articles were not searched.
    await page.goto('/search?q=Rutte');
    await expect(
      page.getByRole('status').filter({
        has: page.getByRole('heading', {
          name: "Only your imported articles were searched: searching the site's articles needs a connection.",
        }),
      }),
    ).toBeVisible();
    const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
    await expect(results.filter({ hasText: 'Das Bündnis steht an der Seite Litauens' })).toHaveCount(1);
    await expect(results.filter({ hasText: 'Membership was never promised' })).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText('archive/search/');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await goOnline(page);
  });
});
