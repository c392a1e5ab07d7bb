/**
 * WCAG 3.1.2 Language of Parts: the article's words shown in the interface of another language are marked with
 * their own language, so that a screen reader speaks a German event label or role with a German voice in the
 * English interface. An article annotated from plain German text has its labels and roles in German only; the
 * sample stands in for one here, its English labels and roles taken away.
 */
import type { Locator } from '@playwright/test';
import { sampleArticle } from './support/sample';
import { expect, serveArticle, test, waitForApp } from './support/fixtures';

test.use({ locale: 'en-GB' });

/** The sample as an annotated German text has it: event labels and speaker roles in German alone. */
function germanOnly() {
  const sample = sampleArticle();
  const german = (text: Record<string, string>) => ({ de: text.de ?? '' });
  return {
    ...sample,
    id: 'nur-deutsche-etiketten',
    events: sample.events.map((event) => ({ ...event, label: german(event.label) })),
    speakers: sample.speakers.map((speaker) =>
      speaker.role ? { ...speaker, role: german(speaker.role) } : speaker,
    ),
  };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The element that holds `text` itself (not one around it), found inside `within`. */
const holding = (within: Locator, text: string) => within.getByText(text, { exact: true });

test('the timeline names its events by their German labels, marked as German', async ({ page }) => {
  const article = germanOnly();
  await serveArticle(page, article.id, article);
  await page.goto(`/articles/${article.id}`);
  await waitForApp(page);
  const list = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('list', { name: 'Events in date order' });
  await expect(list.getByRole('link')).toHaveCount(article.events.length);

  for (const event of article.events) {
    const label = event.label.de;
    // The link is named by its date around the label, the label being the link's own German words: a name given
    // as an attribute (aria-label) would be read whole in the interface's English voice.
    const link = list.getByRole('link', { name: new RegExp(`: ${escaped(label)}`) });
    await expect(link).toHaveCount(1);
    await expect(link).not.toHaveAttribute('aria-label');
    await expect(holding(link, label)).toHaveAttribute('lang', 'de');
  }
  // The interface's own words stay unmarked, in the page's English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(list.getByRole('link').first().locator('time')).not.toHaveAttribute('lang');
});

test('the printed list of speakers marks German roles as German', async ({ page }) => {
  const article = germanOnly();
  await serveArticle(page, article.id, article);
  await page.goto(`/articles/${article.id}`);
  await waitForApp(page);
  await page.emulateMedia({ media: 'print' });
  const speakers = page.getByRole('region', { name: 'Speakers' });
  await expect(speakers).toBeVisible();

  const quoted = new Set(article.quotes.map((quote) => quote.speaker));
  const roles = article.speakers.flatMap((speaker) =>
    quoted.has(speaker.id) && speaker.role?.de ? [speaker.role.de] : [],
  );
  expect(roles.length).toBeGreaterThan(0);
  for (const role of roles) await expect(holding(speakers, role)).toHaveAttribute('lang', 'de');
});

/** The language an element is spoken in: its own `lang` or the nearest one around it. */
const languageOf = (locator: Locator) =>
  locator.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));

/**
 * A link in the text is named by its content, not by an `aria-label` (spoken whole in the link's language): its
 * name's words in the interface's language, marked on the link, then its visible words in the text's.
 */
async function expectNamedInTwoLanguages(
  link: Locator,
  name: string,
  languages: { interface: string; text: string },
) {
  await expect(link).not.toHaveAttribute('aria-label');
  const words = (await link.innerText()).trim();
  expect(words.length).toBeGreaterThan(0);
  await expect(link).toHaveAccessibleName(new RegExp(`^${escaped(name)}.*: ${escaped(words)}$`));
  expect(await languageOf(link)).toBe(languages.interface);
  const seen = languages.interface === languages.text ? link : holding(link, words);
  expect(await languageOf(seen)).toBe(languages.text);
}

const readings = [
  { interface: 'en', text: 'de', query: '', quote: 'Direct quote by ', date: 'Date: ' },
  {
    interface: 'de',
    text: 'en',
    query: '?lng=de&view=translation',
    quote: 'Direktes Zitat von ',
    date: 'Datum: ',
  },
  { interface: 'de', text: 'de', query: '?lng=de', quote: 'Direktes Zitat von ', date: 'Datum: ' },
];

for (const reading of readings) {
  test(`in the ${reading.interface} interface, the ${reading.text} text's quote and date links speak their names in the interface's language and their words in the text's`, async ({
    page,
  }) => {
    const article = sampleArticle();
    await page.goto(`/articles/${article.id}${reading.query}`);
    const text = page.locator(`p.paragraph[lang="${reading.text}"]`);
    await expect(text.first()).toBeVisible();
    const quote = text.getByRole('link', { name: new RegExp(`^${escaped(reading.quote)}`) }).first();
    await expectNamedInTwoLanguages(quote, reading.quote, reading);
    const date = text.getByRole('link', { name: new RegExp(`^${escaped(reading.date)}`) }).first();
    await expectNamedInTwoLanguages(date, reading.date, reading);
  });
}

test('the prerendered page names its links the same way before any JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`/articles/${sampleArticle().id}`);
  const text = page.locator('p.paragraph[lang="de"]');
  const languages = { interface: 'en', text: 'de' };
  await expectNamedInTwoLanguages(
    text.getByRole('link', { name: /^Direct quote by / }).first(),
    'Direct quote by ',
    languages,
  );
  await expectNamedInTwoLanguages(text.getByRole('link', { name: /^Date: / }).first(), 'Date: ', languages);
  await context.close();
});
