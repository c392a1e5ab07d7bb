/**
 * The timeline's axis stays legible for any article: labels never overlap one another or another label's leader,
 * the axis keeps a bounded height however many events crowd together, and the publication's mark is always seen.
 */
import type { Page } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { expect, serveArticle, test } from './support/fixtures';
import { setDefaultFontSize } from './support/font-size';

test.use({ locale: 'en-US' });

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What the axis draws, as boxes on the screen: every text (event numbers, years, "Published") and every leader. */
async function axisDrawing(page: Page) {
  const axis = page.getByRole('region', { name: 'Timeline' }).locator('.timeline-axis');
  return axis.evaluate((element) => {
    const box = (node: Element, text: string) => {
      const b = node.getBoundingClientRect();
      return { text, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    };
    const svg = element.querySelector('svg')!;
    return {
      texts: [...svg.querySelectorAll('text')].map((t) => box(t, t.textContent)),
      leaders: [...svg.querySelectorAll('.timeline-axis__leader')].map((l) =>
        box(l, l.parentElement?.querySelector('text')?.textContent ?? ''),
      ),
      height: svg.getBoundingClientRect().height,
      // Painted last is painted on top: is the publication's mark after every event's mark?
      publishedOnTop: [...svg.querySelectorAll('circle')].every(
        (dot) =>
          (dot.compareDocumentPosition(svg.querySelector('[data-timeline-mark="published"] polygon')!) &
            Node.DOCUMENT_POSITION_FOLLOWING) !==
          0,
      ),
    };
  });
}

/** Whether two boxes share any area (a pixel of slack for anti-aliasing). */
const overlap = (a: Box, b: Box) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

async function expectLegibleAxis(page: Page) {
  const { texts, leaders, publishedOnTop } = await axisDrawing(page);
  const problems: string[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      if (overlap(texts[i]!, texts[j]!)) problems.push(`"${texts[i]!.text}" overlaps "${texts[j]!.text}"`);
  for (const leader of leaders)
    for (const text of texts)
      if (text.text !== leader.text && overlap(leader, text))
        problems.push(`the leader of "${leader.text}" crosses "${text.text}"`);
  expect(problems).toEqual([]);
  expect(publishedOnTop, 'the publication’s mark is drawn over the event marks').toBe(true);
  expect(texts.map((t) => t.text)).toContain('Published');
}

for (const width of [1280, 390]) {
  test(`the sample’s axis at ${width} px: labels apart, the publication’s mark on top`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(SAMPLE);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.scrollIntoViewIfNeeded();
    await expectLegibleAxis(page);
    // The publication's mark can be seen where the last event is, and that event's mark can still be chosen.
    const published = page.locator('[data-timeline-mark="published"] polygon');
    await expect(published).toBeVisible();
    await page.locator('[data-timeline-mark="rutte-reporters-2025"]').click();
    await expect(page).toHaveURL(/[?&]event=rutte-reporters-2025\b/);
  });
}

test('with the browser’s text at 200 % on a 320 px screen, the labels grow with it and stay apart and on the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const labelSize = () =>
    page
      .getByRole('region', { name: 'Timeline' })
      .locator('.timeline-axis text')
      .first()
      .evaluate((text) => parseFloat(getComputedStyle(text).fontSize));
  const bodySize = () => page.locator('body').evaluate((body) => parseFloat(getComputedStyle(body).fontSize));
  await page.goto(SAMPLE);
  const [label, body] = [await labelSize(), await bodySize()];

  await setDefaultFontSize(page, 32);
  await page.goto(SAMPLE);
  expect(await bodySize(), 'the text at 200 %').toBe(body * 2);
  expect(await labelSize(), 'the axis’s labels with it').toBe(label * 2);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.scrollIntoViewIfNeeded();
  await expectLegibleAxis(page);
  const { texts } = await axisDrawing(page);
  for (const text of texts) {
    expect(text.left, `"${text.text}" starts on the screen`).toBeGreaterThanOrEqual(0);
    expect(text.right, 'and ends on it').toBeLessThanOrEqual(320);
  }
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    'no scrolling sideways',
  ).toBeLessThanOrEqual(0);
});

test('thirty events, most of them in one week, and one two centuries earlier: the axis stays legible', async ({
  page,
}) => {
  const article = generateArticle({
    id: 'generated-crowded',
    events: 30,
    paragraphs: 30,
    years: [2025, 2025],
  });
  article.events.forEach((event, i) => {
    event.date = i === 0 ? '1815' : i === 1 ? '1990-10' : `2025-02-${String(1 + (i % 7)).padStart(2, '0')}`;
  });
  article.published = '2025-02-04';
  await serveArticle(page, 'generated-crowded', article);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/articles/generated-crowded');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.scrollIntoViewIfNeeded();
    await expectLegibleAxis(page);
    // A few rows of labels at most, however many events share a week.
    expect((await axisDrawing(page)).height).toBeLessThan(130);
    // Every event is still listed, and can be reached from the list.
    const links = timeline.getByRole('list', { name: 'Events in date order' }).getByRole('link');
    await expect(links).toHaveCount(30);
    await links.last().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]event=e\d+\b/);
  }
});
