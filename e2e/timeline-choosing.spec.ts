/**
 * Choosing an event from the timeline, as a mouse user and as a keyboard user: every event has a dot of its own on
 * the axis, even when several fall on the same day, and the focus follows the choice into the text.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { expect, serveArticle, test } from './support/fixtures';

test.use({ locale: 'en-US' });

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const listed = (page: Page, name: RegExp) =>
  timeline(page).getByRole('list', { name: 'Events in date order' }).getByRole('link', { name });

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, max = 300) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Whether `target` is wholly in the window and not under the sticky text-mode bar. */
async function clearOfTheBar(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const bar = document.querySelector('.text-mode-bar')?.getBoundingClientRect();
    const stuck = bar !== undefined && bar.top <= 0.5 && bar.bottom > 0;
    return box.top >= (stuck ? bar.bottom : 0) - 0.5 && box.bottom <= innerHeight + 0.5;
  });
}

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

test.describe('the focus follows the choice into the text', () => {
  test('keyboard: Enter on an event in the timeline focuses its date in the text, in view', async ({
    page,
  }) => {
    await page.goto(SAMPLE);
    const event = listed(page, /^September 2022: /);
    await tabTo(page, event);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]event=application-2022\b/);
    const mention = page.getByRole('article').getByRole('link', {
      name: 'Date: Ukraine applies for NATO membership: im September 2022',
    });
    await expect(mention).toBeFocused();
    expect(await mention.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    await expect.poll(() => clearOfTheBar(mention)).toBe(true);
    // The reader goes on from there: Tab reaches the next link in the text, not the next event.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('article') !== null)).toBe(true);
  });

  test('side by side, the focus goes to the date in the original column', async ({ page }) => {
    await page.goto(`${SAMPLE}?view=parallel`);
    await listed(page, /^September 2022: /).focus();
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('article')
        .locator('p[lang="de"]')
        .getByRole('link', { name: /: im September 2022$/ }),
    ).toBeFocused();
  });

  test('a dot on the axis moves the focus as the list does', async ({ page }) => {
    await page.goto(SAMPLE);
    await page.locator('[data-timeline-mark="bucharest-2008"]').click();
    await expect(page).toHaveURL(/[?&]event=bucharest-2008\b/);
    const mention = page.getByRole('article').getByRole('link', { name: /: Im Jahr 2008$/ });
    await expect(mention).toBeFocused();
    await expect.poll(() => clearOfTheBar(mention)).toBe(true);
  });

  test('an event the text shown does not mention: the focus stays on it', async ({ page }) => {
    const article = generateArticle({ id: 'unmentioned', languages: ['de', 'en', 'fr'], paragraphs: 12 });
    delete article.events[2]!.mentions.fr;
    await serveArticle(page, 'unmentioned', article);
    await page.goto('/articles/unmentioned?view=translation&tl=fr');
    const event = listed(page, /: Event 3 \(en\)\. The text does not mention this directly\.$/);
    await event.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]event=e3\b/);
    await expect(event).toBeFocused();
    await expect(event).toHaveAttribute('aria-current', 'true');
  });
});
