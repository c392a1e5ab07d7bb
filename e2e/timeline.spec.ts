import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { dateRange } from '../src/core/dates/partial-date-math';
import { generateArticle } from '../src/testing/data-generators';
import { expect, serveArticle, test } from './support/fixtures';

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The horizontal centre of an axis mark (the marks are drawn for the eye only, so they are found by id). */
async function markX(page: Page, eventId: string): Promise<number> {
  const box = await page.locator(`[data-timeline-mark="${eventId}"]`).boundingBox();
  if (!box) throw new Error(`no mark for ${eventId}`);
  return box.x + box.width / 2;
}

interface FlashRecord {
  at: number;
  flashing: boolean;
  /** Whether the element had the keyboard focus (`:focus-visible`), whose ring it then rightly wore. */
  focused: boolean;
  animation: string;
  background: string;
  /** The outline's style, width and colour, or `none`. */
  ring: string;
}

/**
 * Records every class change of `locator`'s element with the animation and outline it had at that moment, so
 * that a brief highlight is seen even when a loaded machine is slow to look. Read the records with the returned
 * function.
 */
async function watchFlash(locator: Locator): Promise<() => Promise<FlashRecord[]>> {
  await locator.evaluate((element) => {
    const records: FlashRecord[] = [];
    (element as unknown as { flashRecords: FlashRecord[] }).flashRecords = records;
    new MutationObserver(() => {
      const style = getComputedStyle(element);
      records.push({
        at: performance.now(),
        flashing: element.classList.contains('mention-flash'),
        focused: element.matches(':focus-visible'),
        animation: style.animationName,
        background: style.backgroundColor,
        ring:
          style.outlineStyle === 'none'
            ? 'none'
            : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      });
    }).observe(element, { attributes: true, attributeFilter: ['class'] });
  });
  return () =>
    locator.evaluate((element) => (element as unknown as { flashRecords: FlashRecord[] }).flashRecords);
}

/** Whether and how the element was highlighted and for how long, once the highlight is over. */
async function flashOf(locator: Locator, records: () => Promise<FlashRecord[]>) {
  await expect(locator).not.toHaveClass(/\bmention-flash\b/, { timeout: 6000 });
  const list = await records();
  const on = list.find((r) => r.flashing);
  const off = list.find((r) => on !== undefined && r.at > on.at && !r.flashing);
  return { on, lasted: on && off ? off.at - on.at : undefined };
}

const LANGUAGES = [
  {
    lng: 'en',
    heading: 'Timeline',
    list: 'Events in date order',
    editorial: 'date added by the editors',
    day: 'February 13, 2025',
    published: 'Publication of this article',
  },
  {
    lng: 'de',
    heading: 'Zeitleiste',
    list: 'Ereignisse in zeitlicher Reihenfolge',
    editorial: 'Datum von der Redaktion ergänzt',
    day: '13. Februar 2025',
    published: 'Veröffentlichung dieses Artikels',
  },
];

for (const l of LANGUAGES) {
  test(`the events are listed in date order at their real precision (${l.lng})`, async ({ page }) => {
    await page.goto(`${SAMPLE}?lng=${l.lng}`);
    const timeline = page.getByRole('region', { name: l.heading });
    await expect(timeline.getByRole('heading', { level: 2, name: l.heading })).toBeVisible();
    const list = timeline.getByRole('list', { name: l.list });
    await expect(list.getByRole('listitem')).toHaveCount(7);
    const events = list.getByRole('link');
    await expect(events).toHaveCount(6);
    await expect(events.nth(0)).toHaveAccessibleName(new RegExp(`^April 2008 \\(${l.editorial}\\): \\S`));
    await expect(events.nth(1)).toHaveAccessibleName(new RegExp(`^2019 \\(${l.editorial}\\): `));
    await expect(events.nth(3)).toHaveAccessibleName(/^September 2022: \S/);
    await expect(events.nth(5)).toHaveAccessibleName(new RegExp(`^${l.day}: \\S`));
    // Editorial dates say so in words that are visible, not only through colour.
    await expect(list.getByRole('listitem').nth(0)).toContainText(l.editorial);
    await expect(list.getByRole('listitem').nth(3)).not.toContainText(l.editorial);
    // The publication closes the list, after the event of the same day.
    await expect(list.getByRole('listitem').nth(6)).toHaveText(`${l.day}${l.published}`);
  });
}

test('the axis is proportional to time: the long gap before 2022 shows', async ({ page }) => {
  await page.goto(SAMPLE);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const x2008 = await markX(page, 'bucharest-2008');
  const x2022 = await markX(page, 'application-2022');
  const x2025 = await markX(page, 'rutte-reporters-2025');
  // Mid-April 2008, mid-September 2022, 13 February 2025.
  expect((x2022 - x2008) / (x2025 - x2008)).toBeCloseTo((14.7 - 0.29) / (17.12 - 0.29), 1);
  expect(x2008).toBeLessThan(x2022);
  expect(x2022).toBeLessThan(x2025);
  // The publication is marked on the axis too, at the same day as the statement.
  const published = await page.locator('[data-timeline-mark="published"] polygon').boundingBox();
  expect(Math.abs((published?.x ?? 0) + (published?.width ?? 0) / 2 - x2025)).toBeLessThan(3);
});

test('axe finds no accessibility problem in the timeline, light or dark, with an event selected', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${SAMPLE}?event=application-2022`);
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.timeline').analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

test('a mark on the axis can be chosen with the mouse too', async ({ page }) => {
  await page.goto(SAMPLE);
  const mention = page.getByRole('article').getByRole('link', { name: /: Im Jahr 2008$/ });
  await expect(mention).not.toBeInViewport();
  await page.locator('[data-timeline-mark="bucharest-2008"]').click();
  await expect(page).toHaveURL(/[?&]event=bucharest-2008\b/);
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: /^April 2008 / }),
  ).toHaveAttribute('aria-current', 'true');
  await expect(mention).toBeInViewport();
});

test('choosing a date in the text with the mouse moves focus to its event', async ({ page }) => {
  await page.goto(SAMPLE);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const event = timeline.getByRole('link', { name: /^September 2022: / });
  await expect(event).not.toHaveAttribute('aria-current');
  await page
    .getByRole('article')
    .getByRole('link', { name: /: im September 2022$/ })
    .click();
  await expect(page).toHaveURL(/[?&]event=application-2022\b/);
  await expect(event).toBeFocused();
  await expect(event).toHaveAttribute('aria-current', 'true');
});

test('a selection in the link itself does not steal the focus on load', async ({ page }) => {
  await page.goto(`${SAMPLE}?event=application-2022`);
  const event = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: /^September 2022: / });
  await expect(event).toHaveAttribute('aria-current', 'true');
  await expect(event).not.toBeFocused();
});

test('keyboard alone: from a date in the text to the timeline and back to another mention', async ({
  page,
}) => {
  await page.goto(SAMPLE);
  const article = page.getByRole('article');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await tabTo(page, article.getByRole('link', { name: /: im September 2022$/ }));
  await page.keyboard.press('Enter');
  await expect(timeline.getByRole('link', { name: /^September 2022: / })).toBeFocused();

  const next = timeline.getByRole('link', { name: /^February 12, 2025: / });
  const mention = article.getByRole('link', { name: /: am Mittwoch$/ });
  await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  // Start from the top of the page, where the later mention is out of view.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(mention).not.toBeInViewport();
  const records = await watchFlash(mention);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]event=hegseth-udcg-2025\b/);
  await expect(mention).toBeInViewport();
  expect((await flashOf(mention, records)).on).toBeDefined();
  // The focus follows the choice to the mention (e2e/timeline-choosing.spec.ts).
  await expect(mention).toBeFocused();
});

test('choosing an event with the mouse scrolls to its first mention and flashes it briefly', async ({
  page,
}) => {
  await page.goto(SAMPLE);
  const mention = page.getByRole('article').getByRole('link', { name: /: im September 2022$/ });
  await expect(mention).not.toBeInViewport();
  const records = await watchFlash(mention);
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: /^September 2022: / })
    .click();
  await expect(page).toHaveURL(/[?&]event=application-2022\b/);
  await expect(mention).toBeInViewport();
  const flash = await flashOf(mention, records);
  expect(flash.on?.animation).toBe('mention-flash');
  expect(flash.lasted).toBeGreaterThan(1200);
  expect(flash.lasted).toBeLessThan(5000);
});

/** A colour as the page computes it, given as a CSS value (a custom property of the theme, say). */
const computedColour = (page: Page, value: string) =>
  page.evaluate((colour) => {
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.backgroundColor = colour;
    const computed = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return computed;
  }, value);

test('the flash tints the date and wears no ring, which would be taken for the keyboard focus', async ({
  page,
}) => {
  await page.goto(SAMPLE);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const event = timeline.getByRole('link', { name: /^September 2022: / });
  const mention = page.getByRole('article').getByRole('link', { name: /: im September 2022$/ });
  const records = await watchFlash(mention);
  await event.click();
  await expect(page).toHaveURL(/[?&]event=application-2022\b/);
  const flash = await flashOf(mention, records);
  expect(flash.on?.background).toBe(await computedColour(page, 'var(--flash)'));

  // The keyboard focus's ring, on the event's link.
  await timeline.getByRole('link', { name: /^February 2022/ }).focus();
  await page.keyboard.press('Tab');
  await expect(event).toBeFocused();
  const focusRing = await event.evaluate((element) => {
    const style = getComputedStyle(element);
    return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
  });
  expect(focusRing).toMatch(/^solid/);
  // The click moved the focus to the date, but not the keyboard's: no ring like its ring, before the date is marked
  // as chosen or after.
  const unfocused = (await records()).filter((r) => r.flashing && !r.focused);
  expect(unfocused.length).toBeGreaterThan(0);
  for (const record of unfocused) expect(record.ring).not.toBe(focusRing);
});

test('with reduced motion the mention’s tint is held, not faded, and not ringed', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(SAMPLE);
  const mention = page.getByRole('article').getByRole('link', { name: /: im September 2022$/ });
  const records = await watchFlash(mention);
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: /^September 2022: / })
    .click();
  await expect(mention).toBeInViewport();
  const flash = await flashOf(mention, records);
  // The tint is on from the start and as it was when the date is marked as chosen, later: it does not fade.
  const tint = await computedColour(page, 'var(--flash)');
  const flashing = (await records()).filter((r) => r.flashing);
  expect(flashing.length).toBeGreaterThan(1);
  for (const record of flashing) expect(record.background).toBe(tint);
  expect(flash.on?.ring).toBe('none');
  expect(flash.lasted).toBeGreaterThan(1200);
});

test('side by side, choosing an event scrolls to its mention in the original column', async ({ page }) => {
  await page.goto(`${SAMPLE}?view=parallel`);
  const article = page.getByRole('article');
  const original = article.getByRole('link', { name: /: im September 2022$/ });
  const translation = article.getByRole('link', { name: /: in September 2022$/ });
  await expect(original).toBeVisible();
  await expect(translation).toBeVisible();
  const originalFlash = await watchFlash(original);
  const translationFlash = await watchFlash(translation);
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: /^September 2022: / })
    .click();
  await expect(original).toBeInViewport();
  expect((await flashOf(original, originalFlash)).on).toBeDefined();
  expect((await translationFlash()).filter((r) => r.flashing)).toEqual([]);
  // Choosing the date in the translation column still finds the event.
  await translation.click();
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: /^September 2022: / }),
  ).toBeFocused();
});

test('on a narrow screen the timeline comes after the text', async ({ page }) => {
  await page.setViewportSize({ width: 480, height: 900 });
  await page.goto(SAMPLE);
  const article = await page.getByRole('article').boundingBox();
  const timeline = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
  expect(timeline!.y).toBeGreaterThan(article!.y + article!.height - 1);
});

test('a generated article with events from 1990 to 2030 in three languages', async ({ page }) => {
  const article = generateArticle({
    id: 'generated-timeline',
    languages: ['de', 'en', 'fr'],
    paragraphs: 40,
    speakers: 6,
    quotes: 80,
    events: 12,
    years: [1990, 2030],
  });
  // One event the French translation does not mention: it is still listed and says so.
  const unmentioned = article.events[5]!;
  delete unmentioned.mentions.fr;
  await serveArticle(page, 'generated-timeline', article);

  await page.goto('/articles/generated-timeline?view=translation&tl=fr');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const list = timeline.getByRole('list', { name: 'Events in date order' });
  await expect(list.getByRole('listitem')).toHaveCount(13);
  const events = list.getByRole('link');
  await expect(events).toHaveCount(12);
  await expect(events.first()).toHaveAccessibleName(/^1990: Event 1 \(en\)/);

  const dates = await list
    .locator('a time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
  const starts = dates.map((d) => dateRange(d ?? '')!.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));

  const note = 'The text does not mention this directly.';
  await expect(events.filter({ hasText: note })).toHaveCount(1);
  await expect(events.filter({ hasText: 'Event 6 (en)' })).toContainText(note);

  // Proportional over forty years.
  const mid = (date: string) => {
    const range = dateRange(date)!;
    return (range.start + range.end) / 2;
  };
  const [first, middle, last] = [article.events[0]!, article.events[6]!, article.events[11]!];
  const expected = (mid(middle.date) - mid(first.date)) / (mid(last.date) - mid(first.date));
  const [x1, x2, x3] = [
    await markX(page, first.id),
    await markX(page, middle.id),
    await markX(page, last.id),
  ];
  expect((x2 - x1) / (x3 - x1)).toBeCloseTo(expected, 1);

  // Choosing an event reveals its mention in the French text.
  const third = article.events[2]!;
  const mention = page.locator(`p[lang="fr"] [data-event="${third.id}"]`).first();
  const records = await watchFlash(mention);
  await events.filter({ hasText: 'Event 3 (en)' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${third.id}\\b`));
  await expect(mention).toBeInViewport();
  expect((await flashOf(mention, records)).on).toBeDefined();
  // Side by side with the German original, the event is mentioned after all.
  await page.goto('/articles/generated-timeline?view=parallel&tl=fr');
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('link')).toHaveCount(12);
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText(note)).toHaveCount(0);
  // In the German original every event is mentioned.
  await page.goto('/articles/generated-timeline?lng=de');
  await expect(
    page.getByRole('region', { name: 'Zeitleiste' }).getByText('Der Text erwähnt dies nicht direkt.'),
  ).toHaveCount(0);
});

for (const viewport of [
  // in view as the page opens (scrolled, the sticky timeline would stand anywhere)
  { name: 'a wide screen, in the aside', size: { width: 1600, height: 1000 }, scroll: false },
  { name: 'a phone, below the text', size: { width: 390, height: 844 }, scroll: true },
]) {
  test(`on ${viewport.name}, the timeline's heading stands clear of the last speaker`, async ({ page }) => {
    await page.setViewportSize(viewport.size);
    await page.goto(SAMPLE);
    const speakers = page.getByRole('region', { name: 'Speakers' });
    const heading = page.getByRole('heading', { name: 'Timeline' });
    if (viewport.scroll) await heading.scrollIntoViewIfNeeded();
    const legend = await speakers.boundingBox();
    const title = await heading.boundingBox();
    if (!legend || !title) throw new Error('the legend or the timeline is not shown');
    // a gap of more than a line's leading: the heading reads as a new section, not a caption of the card above
    expect(title.y - (legend.y + legend.height)).toBeGreaterThanOrEqual(24);
  });
}
