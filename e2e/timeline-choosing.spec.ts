/**
 * Choosing an event from the timeline with the mouse: every event has a dot of its own on the axis, even when
 * several fall on the same day.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { expect, serveArticle, test } from './support/fixtures';

test.use({ locale: 'en-US' });

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const listed = (page: Page, name: RegExp) =>
  timeline(page).getByRole('list', { name: 'Events in date order' }).getByRole('link', { name });

test.describe('events on the same day', () => {
  /** Events 2 and 3 on one day, event 4 the day after (the same pixel on a five-year axis). */
  function sameDay() {
    const article = generateArticle({ id: 'same-day', paragraphs: 12, events: 6, years: [2019, 2024] });
    article.events[1]!.date = '2022-05-06';
    article.events[2]!.date = '2022-05-06';
    article.events[3]!.date = '2022-05-07';
    return article;
  }

  for (const width of [1280, 390]) {
    test(`each has a dot of its own that the mouse can choose (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const article = sameDay();
      await serveArticle(page, 'same-day', article);
      await page.goto('/articles/same-day');
      await timeline(page).scrollIntoViewIfNeeded();
      const ids = ['e2', 'e3', 'e4'];
      // Seen: three dots, none covering another.
      const boxes = await Promise.all(
        ids.map(async (id) => (await page.locator(`[data-timeline-mark="${id}"]`).boundingBox())!),
      );
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const apart =
            a.x + a.width <= b.x + 1 ||
            b.x + b.width <= a.x + 1 ||
            a.y + a.height <= b.y + 1 ||
            b.y + b.height <= a.y + 1;
          expect(apart, `the dots of ${ids[i]} and ${ids[j]} do not cover each other`).toBe(true);
        }
      // Chosen: a click on each dot (where the mouse lands, no other dot is on top) selects its event.
      for (const [i, id] of ids.entries()) {
        await page.locator(`[data-timeline-mark="${id}"]`).click({ timeout: 5_000 });
        await expect(page).toHaveURL(new RegExp(`[?&]event=${id}\\b`));
        await expect(listed(page, new RegExp(`: Event ${i + 2} \\(en\\)`))).toHaveAttribute(
          'aria-current',
          'true',
        );
      }
      const results = await new AxeBuilder({ page }).include('.timeline').analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('more than a column holds: the top dot says so and chooses each of the rest in turn', async ({
    page,
  }) => {
    const article = generateArticle({ id: 'crowded-day', paragraphs: 12, events: 7, years: [2019, 2024] });
    for (const event of article.events.slice(1, 6)) event.date = '2022-05-06';
    await serveArticle(page, 'crowded-day', article);
    await page.goto('/articles/crowded-day');
    // Events 2 and 3 have dots of their own; events 4 to 6 share the top one.
    const more = page.locator('[data-timeline-mark="more:e4"]');
    await expect(more.locator('xpath=..').locator('title')).toHaveText(
      /^This dot stands for 3 events; each click chooses the next:\n.*Event 4 \(en\)\n.*Event 5 \(en\)\n.*Event 6 \(en\)$/,
    );
    for (const id of ['e4', 'e5', 'e6', 'e4']) {
      await more.click({ timeout: 5_000 });
      await expect(page).toHaveURL(new RegExp(`[?&]event=${id}\\b`));
    }
    for (const id of ['e2', 'e3']) {
      await page.locator(`[data-timeline-mark="${id}"]`).click({ timeout: 5_000 });
      await expect(page).toHaveURL(new RegExp(`[?&]event=${id}\\b`));
    }
  });
});
