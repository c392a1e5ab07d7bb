/**
 * The end-to-end test fixture: every test fails on an uncaught page error, a console error or a Content Security
 * Policy violation, so "no uncaught error" and "the CSP holds" are checked everywhere, not only where a test
 * remembers to.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface ConsoleWatch {
  /** Console errors and uncaught exceptions seen so far. */
  problems: string[];
  /** Messages matching these are expected in this test (e.g. a 404 the test provoked). */
  allow: (pattern: RegExp) => void;
  /**
   * Content Security Policy violations seen so far (`securitypolicyviolation` events), as
   * `directive: blocked (source:line)`. A test that provokes one on purpose empties this list after checking it.
   */
  cspViolations: string[];
}

declare global {
  interface Window {
    __reportCspViolation?: (violation: string) => Promise<void>;
  }
}

/** The app marks `<html data-app="ready">` when it has taken over the page (src/app/start.tsx). */
export async function waitForApp(page: Page) {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

export const test = base.extend<{ consoleWatch: ConsoleWatch }>({
  // Prerendered pages show their content before the app has started, when controls do not respond yet: after
  // every `page.goto` and `page.reload`, wait for the app as a person waits for a page to finish loading (a reload
  // that clicked a quote while the app was still starting left the click unanswered in one full run in ~400). A
  // test that wants the page before (or without) the app, e.g. with its scripts blocked, navigates with
  // `{ waitUntil: 'commit' }`.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (options?.waitUntil !== 'commit') await waitForApp(page);
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      const response = await reload(options);
      if (options?.waitUntil !== 'commit') await waitForApp(page);
      return response;
    };
    await use(page);
  },
  consoleWatch: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const cspViolations: string[] = [];
      await page.exposeFunction('__reportCspViolation', (violation: string) => {
        cspViolations.push(violation);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
          void window.__reportCspViolation?.(
            `${event.effectiveDirective}: ${event.blockedURI || 'inline'}${where}`,
          );
        });
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text}`);
      });
      await use({ problems, allow: (pattern) => allowed.push(pattern), cspViolations });
      expect(problems, 'no uncaught errors or console errors').toEqual([]);
      expect(cspViolations, 'no Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Serves `body` for the article `id`, as if it were a file in public/articles. */
export async function serveArticle(page: Page, id: string, body: unknown, status = 200) {
  await page.route(`**/articles/${id}.json`, (route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** Opens the header's reading settings (interface language, theme, text size), if they are not open. */
export async function openSettings(page: Page) {
  const open = await page.locator('#reading-settings').evaluate((panel) => panel.matches(':popover-open'));
  if (!open) await page.locator('.app-header__settings').click();
}
