/**
 * A speaker's page when the site's file of that speaker cannot be fetched (offline, where the service worker has not
 * kept it): the quotes of the imports, which are in this browser, are still shown, with a notice of what is missing
 * and Try again; a prerendered page keeps its first screen.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';

test.use({ locale: 'en-US' });

test("offline, a speaker's page shows their quotes in the imports and says the site's could not be loaded", async ({
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
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    "Only the quotes of your imports are shown: this speaker's quotes in the site's articles could not be loaded",
  );
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

  // A prerendered speaker's page keeps the quotes it came with, and says that the rest could not be loaded.
  offline = true;
  await page.goto('/speakers/mark-rutte');
  await expect(page.getByRole('alert')).toContainText("This speaker's quotes could not be loaded.");
  await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();
  await expect(quotes).toHaveCount(5);
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
