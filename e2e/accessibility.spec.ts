/**
 * axe-core (WCAG 2.0-2.2 A and AA) over every route and reader state, in both themes (system setting and the
 * header's override) and both interface languages. A new state is one line in `STATES`.
 */
import type { Page } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { articleFrom } from '../src/testing/hand-made-article';
import { spanOf } from '../src/testing/spans';
import { expectNoAxeViolations } from './support/axe';
import { expect, serveArticle, test, type ConsoleWatch } from './support/fixtures';

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';

interface State {
  name: string;
  path: string;
  /** Prepares the page (mocked responses) before it is opened. */
  setUp?: (page: Page, consoleWatch: ConsoleWatch) => Promise<void>;
  /** Waits until the page shows what is to be checked. */
  ready: (page: Page) => Promise<void>;
}

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();
const articleText = (page: Page) =>
  expect(page.getByRole('article').locator('.paragraph').first()).toBeVisible();

const STATES: State[] = [
  { name: 'library', path: '/', ready: (page) => expect(page.getByRole('listitem').first()).toBeVisible() },
  { name: 'article', path: SAMPLE, ready: articleText },
  { name: 'article, original', path: `${SAMPLE}?view=original`, ready: articleText },
  { name: 'article, translation', path: `${SAMPLE}?view=translation`, ready: articleText },
  { name: 'article, side by side', path: `${SAMPLE}?view=parallel`, ready: articleText },
  { name: 'article, speaker filter', path: `${SAMPLE}?speaker=rutte`, ready: articleText },
  { name: 'article, selected quote', path: `${SAMPLE}?quote=q5`, ready: articleText },
  {
    name: 'article, link to a speaker and an event it lacks',
    path: `${SAMPLE}?speaker=eva-lind&event=summit-1999`,
    ready: (page) =>
      expect(
        page.getByRole('status').filter({ hasText: /Not in this article|Nicht in diesem Artikel/ }),
      ).toBeVisible(),
  },
  {
    name: 'article, side by side with quote and filter',
    path: `${SAMPLE}?view=parallel&quote=q5&speaker=rutte`,
    ready: articleText,
  },
  {
    name: 'generated article, third-party source, many speakers',
    path: '/articles/generated-a11y?view=parallel',
    setUp: (page) =>
      serveArticle(page, 'generated-a11y', {
        ...generateArticle({ id: 'generated-a11y', languages: ['de', 'en', 'fr'], speakers: 12, quotes: 40 }),
        source: {
          name: 'Wire',
          kind: 'thirdParty',
          url: 'https://wire.example/',
          disclaimer: { fr: 'Non.' },
        },
      }),
    ready: articleText,
  },
  {
    name: 'article with two quotes of the very same words (a marker link of its own for the second)',
    path: '/articles/same-words',
    setUp: (page) => {
      const text = 'Der Rat sagte, der Plan gelte. Die Stadt erklärte dasselbe.';
      const said = spanOf('p1', text, 'der Plan gelte');
      return serveArticle(
        page,
        'same-words',
        articleFrom({
          id: 'same-words',
          text,
          speakers: [
            { id: 'rat', name: 'Rat', kind: 'collective' },
            { id: 'stadt', name: 'Stadt', kind: 'collective' },
          ],
          quotes: [
            { id: 'q1', speaker: 'rat', kind: 'indirect', spans: { de: [said] } },
            { id: 'q2', speaker: 'stadt', kind: 'indirect', spans: { de: [said] } },
          ],
        }),
      );
    },
    ready: (page) => expect(page.locator('a.mark-anchor--extra')).toHaveCount(1),
  },
  {
    name: 'search results, the words typed marked and the places of the others named',
    path: '/search?q=B%C3%BCndnis%20Rutte',
    ready: (page) =>
      expect(
        page
          .getByRole('list', { name: /^(Results|Treffer)$/ })
          .locator('mark')
          .first(),
      ).toBeVisible(),
  },
  { name: 'not-found page', path: '/no/such/page', ready: heading },
  {
    name: 'unknown article',
    path: '/articles/no-such-article',
    setUp: (_page, consoleWatch) => {
      consoleWatch.allow(/404/);
      return Promise.resolve();
    },
    ready: heading,
  },
  {
    name: 'invalid article',
    path: '/articles/broken-a11y',
    setUp: async (page) => {
      const article = generateArticle({ id: 'broken-a11y' });
      article.quotes[0]!.spans.de![0]!.exact = 'not in the text';
      await serveArticle(page, 'broken-a11y', article);
    },
    ready: heading,
  },
  {
    name: 'network error',
    path: '/articles/unreachable',
    setUp: async (page, consoleWatch) => {
      consoleWatch.allow(/Failed to load resource|ERR_FAILED/);
      await page.route('**/articles/unreachable.json', (route) => route.abort('failed'));
    },
    ready: async (page) =>
      expect(page.getByRole('button', { name: /Try again|Erneut versuchen/ })).toBeVisible({
        timeout: 15_000,
      }),
  },
];

/** Both themes, each by the system setting and by the header's override against it; each in one language. */
const VARIANTS: {
  name: string;
  scheme: 'light' | 'dark';
  stored?: 'light' | 'dark';
  language: 'en' | 'de';
}[] = [
  { name: 'light system theme, English', scheme: 'light', language: 'en' },
  { name: 'dark system theme, German', scheme: 'dark', language: 'de' },
  { name: 'dark theme chosen on a light system, German', scheme: 'light', stored: 'dark', language: 'de' },
  { name: 'light theme chosen on a dark system, English', scheme: 'dark', stored: 'light', language: 'en' },
];

for (const state of STATES) {
  test.describe(state.name, () => {
    for (const variant of VARIANTS) {
      test(variant.name, async ({ page, consoleWatch }) => {
        await page.emulateMedia({ colorScheme: variant.scheme });
        await page.addInitScript(
          ({ language, stored }) => {
            localStorage.setItem('stimmen.lng', language);
            if (stored) localStorage.setItem('stimmen.theme', stored);
          },
          { language: variant.language, stored: variant.stored },
        );
        await state.setUp?.(page, consoleWatch);
        await page.goto(state.path);
        await state.ready(page);
        await expect(page.locator('html')).toHaveAttribute('lang', variant.language);
        if (variant.stored) await expect(page.locator('html')).toHaveAttribute('data-theme', variant.stored);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe('every speaker colour', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`keeps text readable when its quote is selected and filtered, ${scheme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      const article = generateArticle({ id: 'palette', languages: ['de', 'en'], speakers: 12, quotes: 60 });
      await serveArticle(page, 'palette', article);
      await page.emulateMedia({ colorScheme: scheme });
      const quoteBySpeaker = new Map<string, string>();
      for (const quote of article.quotes)
        if (quote.speaker && !quoteBySpeaker.has(quote.speaker)) quoteBySpeaker.set(quote.speaker, quote.id);
      expect(quoteBySpeaker.size).toBe(12);
      for (const [speaker, quote] of quoteBySpeaker) {
        await page.goto(`/articles/palette?quote=${quote}&speaker=${speaker}`);
        await expect(page.locator('.is-selected').first()).toBeVisible();
        await expectNoAxeViolations(page, { include: '.reader-text', rules: ['color-contrast'] });
      }
    });
  }
});

test('the axe helper reports a violation with what and where', async ({ page }) => {
  await page.setContent(
    '<html lang="en"><title>t</title><main><img src="data:image/png;base64,"></main></html>',
  );
  const failure = await expectNoAxeViolations(page).then(
    () => 'no failure',
    (error: unknown) => String(error),
  );
  expect(failure).toContain('image-alt (critical): Images must have alternative text');
  expect(failure).toContain('<img src="data:image/png;base64,">');
});
