/**
 * A speaker's page when the site's file of that speaker cannot be fetched (offline, where the service worker has not
 * kept it): the quotes of the imports, which are in this browser, are still shown, with a notice of what is missing
 * and Try again; a prerendered page keeps its first screen, and says nothing when that is all of their quotes.
 */
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
      name: "Only the quotes of your imports are shown: this speaker's quotes in the site's articles cannot be loaded without a connection.",
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
