/**
 * The reader survives any article file and any network fault: each broken file ends in a page that names its
 * problems with their JSON paths, each unusual but valid one renders its text verbatim, markup in any text field
 * stays text, and a failing network ends in a message that says what happened and a way to try again.
 * The fixture fails every test on an uncaught error, a console error or a CSP violation.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import {
  FILE_EXPECTATIONS,
  generatedFiles,
  problemLine,
  type Expectation,
} from './fixtures/articles/expectations';
import { expect, test } from './support/fixtures';

test.use({ locale: 'en-US' });

/** `ARTICLE_TIMEOUT_MS` in `src/features/reader/article-query.ts` (not imported: it needs Vite's environment). */
const ARTICLE_TIMEOUT_MS = 15_000;

const INVALID_TITLE = 'This article file is not valid';

const fixtureText = (name: string) =>
  readFileSync(new URL(`./fixtures/articles/${name}.json`, import.meta.url), 'utf8');

type Respond = (route: Route) => Promise<void>;

/** Serves `respond` for the article `id` and counts the requests made for it. */
async function routeArticle(page: Page, id: string, respond: Respond) {
  const counter = { requests: 0, respond };
  await page.route(`**/articles/${id}.json`, async (route) => {
    counter.requests++;
    await counter.respond(route);
  });
  return counter;
}

const fulfil =
  (body: string, status = 200) =>
  (route: Route) =>
    route.fulfill({ status, contentType: 'application/json', body });

/** Records dialogs (alert, confirm, prompt) that a script in the article might open. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Nothing from the article ran or became an element: no global set, no dialog, none of the fixtures' script,
 * `img src=x` or handler attributes in the page (other features may draw their own SVG or images).
 */
async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('#root script, #root img[src="x"], #root [onerror], #root [onload]')).toHaveCount(
    0,
  );
}

async function expectOutcome(page: Page, name: string, text: string, expectation: Expectation) {
  const dialogs = watchDialogs(page);
  const served = await routeArticle(page, name, fulfil(text));
  await page.goto(`/articles/${name}`);

  if ('renders' in expectation) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectation.renders.title);
    // Every paragraph of the original shows its text exactly, whatever characters it holds.
    const article = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      originalLanguage: string;
      paragraphs: { id: string; text: Record<string, string> }[];
    };
    const shown = await page
      .locator('.paragraph[lang]')
      .evaluateAll((elements) => elements.map((element) => element.textContent));
    expect(shown).toEqual(article.paragraphs.map((p) => p.text[article.originalLanguage]));
  } else {
    await expect(page.getByRole('heading', { level: 1, name: INVALID_TITLE })).toBeVisible();
    const items = page.getByRole('list', { name: INVALID_TITLE }).getByRole('listitem');
    await expect(items).toHaveCount(expectation.problems.length);
    const lines = await items.allTextContents();
    expectation.problems.forEach((problem, i) => expect(lines[i]).toMatch(problemLine(problem)));
    await expect(page.getByRole('link', { name: 'Back to the library' })).toBeVisible();
    // A broken file is not worth a second request, and is not offered again.
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  }
  expect(served.requests).toBe(1);
  await expectNothingRan(page, dialogs);
}

test.describe('article files', () => {
  for (const [name, expectation] of Object.entries(FILE_EXPECTATIONS)) {
    test(`${name}: ${'renders' in expectation ? 'renders' : 'names its problems'}`, async ({ page }) => {
      await expectOutcome(page, name, fixtureText(name), expectation);
    });
  }
  for (const file of generatedFiles()) {
    test(`${file.name} (made in code): names its problem`, async ({ page }) => {
      await expectOutcome(page, file.name, file.text, file.expectation);
    });
  }
});

test('markup in every text field shows as text, in the page and in accessible names', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await routeArticle(page, 'markup', fulfil(fixtureText('html-in-every-text-field')));
  await page.goto('/articles/markup');
  const article = page.getByRole('article');
  await expect(article).toContainText('„<script>window.__pwned="p1"</script><img src=x onerror=');
  // The source's name is shown in the article's byline (and again in the provenance banner).
  await expect(
    page.locator('.article__meta').getByText('<script>window.__pwned="source"</script>', { exact: false }),
  ).toBeVisible();
  // i18next does not interpolate or nest what an article says: `{{speaker}}` and `$t(…)` stay as written.
  await expect(
    article.getByRole('link', {
      name: `Direct quote by <script>window.__pwned="localized-name"</script><img src=x onerror="window.__pwned='localized-name'"><b>localized-name</b> {{speaker}} $t(common:appName): „<script>`,
      exact: false,
    }),
  ).toBeVisible();
  await article.getByRole('link', { name: /^Direct quote by/ }).click();
  await expect(page).toHaveURL(/[?&]quote=q1\b/);
  await expectNothingRan(page, dialogs);
});

test('right-to-left text runs right to left and keeps its highlights', async ({ page }) => {
  await routeArticle(page, 'rtl', fulfil(fixtureText('rtl-arabic')));
  await page.goto('/articles/rtl');
  const paragraph = page.locator('.paragraph[lang="ar"]');
  await expect(paragraph).toHaveCSS('direction', 'rtl');
  await expect(
    paragraph.getByRole('link', { name: 'Direct quote by ليلى حداد: «سنوسع الميناء»' }),
  ).toBeVisible();
  await expect(paragraph.getByRole('link', { name: 'Date: The vote: 2024' })).toBeVisible();
});

test('emoji with UTF-16 offsets are highlighted whole', async ({ page }) => {
  await routeArticle(page, 'emoji', fulfil(fixtureText('emoji-utf16-offsets')));
  await page.goto('/articles/emoji');
  const text = page.getByRole('article');
  await expect(
    text.getByRole('link', { name: 'Direct quote by Kapitänin 🚢 Ada: „Volle Fahrt 🌊 voraus“' }),
  ).toHaveText('„Volle Fahrt 🌊 voraus“');
  await expect(text.getByRole('link', { name: 'Date: Cheers 🎉: 🎉' })).toHaveText('🎉');
});

test('two quotes of the very same words can each be reached by keyboard and selected', async ({ page }) => {
  // A joint statement: two speakers, one stretch of text. The second quote's anchor is a marker after the words.
  const article = JSON.parse(fixtureText('utf8-bom').replace(/^\uFEFF/, '')) as {
    speakers: object[];
    quotes: { id: string; speaker: string }[];
  };
  article.speakers.push({ id: 'berg', name: 'Jon Berg' });
  article.quotes.push({ ...structuredClone(article.quotes[0]!), id: 'q3', speaker: 'berg' });
  await routeArticle(page, 'joint', fulfil(JSON.stringify(article)));
  await page.goto('/articles/joint');
  const text = page.getByRole('article');
  const lind = text.getByRole('link', { name: 'Direct quote by Eva Lind: „Wir bauen den Hafen aus“' });
  const berg = text.getByRole('link', { name: 'Direct quote by Jon Berg: „Wir bauen den Hafen aus“' });
  await expect(lind).toBeVisible();
  await expect(berg).toBeVisible();
  await lind.focus();
  await page.keyboard.press('Tab');
  await expect(berg).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]quote=q3\b/);
  await lind.click();
  await expect(page).toHaveURL(/[?&]quote=q1\b/);
});

test.describe('network faults', () => {
  const article = generateArticle({ id: 'network-article' });
  const body = JSON.stringify(article);
  const title = 'Generated article 1 (en)';

  /** Advances the page's fake clock until `condition` holds: retries and timeouts run out in no real time. */
  async function advanceUntil(page: Page, condition: () => boolean | Promise<boolean>) {
    await expect
      .poll(
        async () => {
          if (await condition()) return true;
          await page.clock.runFor(1000);
          return condition();
        },
        { timeout: 20_000, intervals: [50] },
      )
      .toBe(true);
  }

  /** The network is back: "Try again" makes one more request (the fourth) and shows the article. */
  async function expectRecoveryOnRetry(page: Page, served: { requests: number; respond: Respond }) {
    served.respond = fulfil(body);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(served.requests).toBe(4);
  }

  test('a missing article says so at once, without retrying', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/status of 404/);
    const served = await routeArticle(page, 'gone', fulfil('{"error":"not found"}', 404));
    await page.goto('/articles/gone');
    await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('There is no article “gone”');
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    expect(served.requests).toBe(1);

    // Coming back to it later asks the server again.
    served.respond = fulfil(body);
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(served.requests).toBe(2);
  });

  test('a server error is retried twice, reported, and recovers with "Try again"', async ({
    page,
    consoleWatch,
  }) => {
    consoleWatch.allow(/status of 500/);
    await page.clock.install();
    const served = await routeArticle(page, 'network-article', fulfil('Internal Server Error', 500));
    await page.goto('/articles/network-article');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Loading the article…');
    await advanceUntil(page, () => served.requests === 3);
    await expect(
      page.getByRole('heading', { level: 1, name: 'The server could not deliver the article' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('status 500');
    // No fourth attempt on its own.
    await page.clock.runFor(60_000);
    expect(served.requests).toBe(3);

    await expectRecoveryOnRetry(page, served);
  });

  test('a request that never answers times out, is retried, reported, and recovers', async ({ page }) => {
    await page.clock.install();
    const served = await routeArticle(page, 'network-article', () => new Promise<void>(() => undefined));
    await page.goto('/articles/network-article');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Loading the article…');
    await advanceUntil(page, () => served.requests === 1);
    // Just short of the timeout nothing has happened yet.
    await page.clock.runFor(ARTICLE_TIMEOUT_MS - 1000);
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Loading the article…');
    expect(served.requests).toBe(1);
    await advanceUntil(page, () => served.requests === 3);
    await advanceUntil(page, () =>
      page.getByRole('heading', { level: 1, name: 'The article is taking too long' }).isVisible(),
    );
    expect(served.requests).toBe(3);

    await expectRecoveryOnRetry(page, served);
  });

  test('a refused connection is retried, reported, and recovers', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/ERR_CONNECTION_REFUSED/);
    await page.clock.install();
    const served = await routeArticle(page, 'network-article', (route) => route.abort('connectionrefused'));
    await page.goto('/articles/network-article');
    await advanceUntil(page, () => served.requests === 3);
    await expect(
      page.getByRole('heading', { level: 1, name: 'The article could not be loaded' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('The connection failed');
    await page.clock.runFor(60_000);
    expect(served.requests).toBe(3);

    await expectRecoveryOnRetry(page, served);
  });

  test('a slow answer shows the loading status, then the article', async ({ page }) => {
    const gate: { open?: () => void } = {};
    const released = new Promise<void>((resolve) => (gate.open = resolve));
    const served = await routeArticle(page, 'network-article', async (route) => {
      await released;
      await route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await page.goto('/articles/network-article');
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText('Loading the article…');
    // Still loading after a few seconds of real time: no timeout, no retry, no error.
    await page.waitForTimeout(3000);
    await expect(status).toHaveText('Loading the article…');
    gate.open?.();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(status).toHaveCount(0);
    expect(served.requests).toBe(1);
  });
});

test.describe("the app's own code fails to load", () => {
  const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';

  /** Fails the request for the chunk that starts the app, as a dropped connection or a replaced release would. */
  async function breakStart(page: Page) {
    const blocked = { on: true };
    await page.route('**/assets/start-*.js', (route) =>
      blocked.on ? route.abort('failed') : route.fallback(),
    );
    return blocked;
  }

  for (const { path, locale, title, reload, content } of [
    {
      path: SAMPLE,
      locale: 'en-US',
      title: 'Stimmen could not start',
      reload: 'Reload',
      content: 'prerendered article',
    },
    {
      path: '/import',
      locale: 'de-DE',
      title: 'Stimmen konnte nicht starten',
      reload: 'Neu laden',
      content: 'page that is not prerendered',
    },
  ]) {
    test(`a ${content} says so in the reader's language and recovers on reload (${locale})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const blocked = await breakStart(page);
      await page.goto(path, { waitUntil: 'commit' });

      const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: title }) });
      await expect(notice).toBeVisible();
      await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
      if (path === SAMPLE) await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

      blocked.on = false;
      await notice.getByRole('button', { name: reload }).click();
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
      expect(errors, 'no uncaught error').toEqual([]);
      await context.close();
    });
  }
});
