/**
 * The connection drops during a first visit, in a page loaded before the service worker was installed. Once the
 * worker has installed (its precache complete) it takes that page over, so the pages not opened yet load their code
 * from its cache; before that, a page whose code cannot be downloaded says in words that it needs the connection,
 * and loads when the connection is back.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { followOffline, goOffline, goOnline } from './support/offline';

test.use({ locale: 'en-US' });

/** The heading of the page said when an article is not in the worker's cache (`e2e/offline.spec.ts`). */
const NOT_SAVED = 'This article is not saved for reading offline';

/**
 * Waits until the page's service worker is installed and activated: its precache is complete (it is filled during
 * the installation), and what it does on activation is done. Not whether it controls the page: that is the test.
 */
async function serviceWorkerActivated(page: Page) {
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker || worker.state === 'activated') return;
    await new Promise<void>((resolve) =>
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') resolve();
      }),
    );
  });
}

test.describe('with the service worker', () => {
  // These tests are about the service worker, which every other spec blocks (playwright.config.ts).
  test.use({ serviceWorkers: 'allow' });
  // Installing the worker's precache takes a while on a loaded machine; nothing here is timed.
  test.describe.configure({ timeout: 90_000 });
  test.beforeEach(async ({ context }) => followOffline(context));

  test("a first visit, once the worker is installed: offline, a speaker's quote and the import page still open", async ({
    page,
    consoleWatch,
  }) => {
    consoleWatch.allow(/Failed to load resource|ERR_INTERNET_DISCONNECTED/);
    // Never reloaded: the page is the one the network served.
    await page.goto('/speakers/mark-rutte');
    await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();
    await serviceWorkerActivated(page);

    await goOffline(page);
    // The article page's code was not loaded on this page: it comes from the worker's cache, and the page says
    // that the article itself was not kept.
    await page
      .getByRole('region', { name: 'Quotes, in the order they were said' })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: NOT_SAVED })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.getByRole('banner').getByRole('link', { name: 'Import' }).press('Enter');
    await expect(page.getByRole('textbox', { name: 'Text' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await goOnline(page);
  });
});

test.describe('without the service worker (offline before it was installed)', () => {
  test.beforeEach(({ consoleWatch }) => {
    // The failed downloads of the page's code, and React's report of the part that could not render.
    consoleWatch.allow(/Failed to load resource|ERR_INTERNET_DISCONNECTED|dynamically imported module/);
  });
  // The pages here are loaded online and go offline and back as the browser says (`navigator.onLine`, the `online`
  // event), so not through `./support/offline`, whose stand-in outlives a reload: the notice reloads the page.

  /** The notice of a page whose code could not be downloaded, by its heading. */
  const codeMissing = (page: Page, title: string) =>
    page.getByRole('status').filter({ has: page.getByRole('heading', { name: title }) });

  test('a page whose code cannot be downloaded says it needs the connection, and loads once it is back', async ({
    page,
  }) => {
    await page.goto('/');
    await page.context().setOffline(true);
    await page.getByRole('banner').getByRole('link', { name: 'Import' }).click();
    const notice = codeMissing(page, 'This page needs a connection to load');
    await expect(notice).toContainText('Connect again, then try again');
    await expect(notice.getByRole('button', { name: 'Try again' })).toBeVisible();
    // No stack or file for a reader to puzzle over.
    await expect(page.getByRole('main')).not.toContainText('Something went wrong');
    await expect(page.getByRole('main')).not.toContainText('Technical details');
    await expect(page.getByRole('main')).not.toContainText('.js');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The connection is back: the page loads by itself.
    await page.context().setOffline(false);
    await expect(page.getByRole('textbox', { name: 'Text' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test('Try again loads the page once its code can be downloaded, by keyboard', async ({ page }) => {
    // The import page's code cannot be downloaded (as offline), while the browser says it is online: no event
    // tells the page that the download would succeed now, the reader tries again.
    let refuse = true;
    await page.route(/\/assets\/ImportPage-[\w-]+\.js$/, (route) =>
      refuse ? route.abort('internetdisconnected') : route.fallback(),
    );
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Import' }).click();
    const notice = codeMissing(page, 'This page needs a connection to load');
    await expect(notice).toBeVisible();

    refuse = false;
    await notice.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Text' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test.describe('in German', () => {
    test.use({ locale: 'de-DE' });

    test('the notice is in the interface language', async ({ page }) => {
      await page.goto('/');
      await page.context().setOffline(true);
      await page.getByRole('banner').getByRole('link', { name: 'Importieren' }).click();
      const notice = codeMissing(page, 'Diese Seite braucht zum Laden eine Verbindung');
      await expect(notice).toContainText('Verbinden Sie sich wieder');
      await expect(notice.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
      await expect(page.getByRole('main')).not.toContainText('Technische Details');
      await page.context().setOffline(false);
      await expect(page.getByRole('textbox', { name: 'Text' })).toBeVisible();
    });
  });
});
