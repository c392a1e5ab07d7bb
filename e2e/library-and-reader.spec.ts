import { generateArticle } from '../src/testing/data-generators';
import { expect, serveArticle, test } from './support/fixtures';

test.use({ locale: 'en-US' });

test('the library links to the sample article, which highlights quotes by Rutte and Hegseth', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.getByRole('link', { name: /Rutte/ }).first().click();

  await expect(page).toHaveURL(/\/articles\/nato-ukraine-membership-rutte-2025$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rutte');
  const article = page.getByRole('article');
  await expect(
    article.getByRole('link', { name: /^Direct quote by Mark Rutte: „Wir müssen sicherstellen/ }),
  ).toBeVisible();
  await expect(article.getByRole('link', { name: /^Direct quote by Pete Hegseth/ })).toHaveCount(3);
  await expect(article.getByRole('link', { name: /^Indirect speech by Mark Rutte/ })).toHaveCount(4);
  // The German text is shown verbatim.
  await expect(article).toContainText('In einer Erklärung für Reporter am Donnerstag sagte Rutte');
});

test('the interface speaks German when the browser does', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/articles/nato-ukraine-membership-rutte-2025');
  await expect(page.getByRole('link', { name: /^Direktes Zitat von Mark Rutte/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await context.close();
});

test('a quote highlight is reachable with the keyboard and selects the quote in the URL', async ({
  page,
}) => {
  await page.goto('/articles/nato-ukraine-membership-rutte-2025');
  const first = page.getByRole('link', { name: /^Indirect speech by Mark Rutte/ }).first();
  await expect(first).toBeVisible();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]quote=q1\b/);
});

test('a broken article lists its validation errors', async ({ page }) => {
  const article = generateArticle({ id: 'broken-one' });
  const quote = article.quotes[0]!;
  quote.spans.de![0]!.exact = 'not what the paragraph says';
  (article.quotes[1] as { speaker: string | null }).speaker = 'nobody';
  await serveArticle(page, 'broken-one', article);

  await page.goto('/articles/broken-one');
  await expect(page.getByRole('heading', { level: 1, name: 'This article file is not valid' })).toBeVisible();
  const problems = page.getByRole('list', { name: 'This article file is not valid' });
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(problems).toContainText('quotes[0].spans.de[0].exact: does not match paragraph p1');
  await expect(problems).toContainText('quotes[1].speaker: refers to speaker "nobody", which is not defined');
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('an unknown article says so, with a way back', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/404/);
  await page.goto('/articles/no-such-article');
  await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the library' })).toBeVisible();
});

test('a generated article in three languages renders every quote', async ({ page }) => {
  const article = generateArticle({
    id: 'generated-three',
    languages: ['de', 'en', 'fr'],
    paragraphs: 40,
    speakers: 6,
    quotes: 60,
    events: 10,
  });
  await serveArticle(page, 'generated-three', article);
  await page.goto('/articles/generated-three');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Generated article 1 (en)');
  const anchors = page.getByRole('article').getByRole('link', { name: /quote by|speech by|statement by/ });
  const expected = new Set(
    article.quotes.flatMap((q) => (q.spans.de ?? []).map((s) => `${s.paragraph}:${q.id}`)),
  ).size;
  await expect(anchors).toHaveCount(expected);
  await expect(page.locator('.paragraph')).toHaveCount(40);
});
