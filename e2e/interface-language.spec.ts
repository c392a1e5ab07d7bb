/** The interface language: from the browser, switchable in the header, remembered, settable by URL, in <html lang>. */
import type { Page } from '@playwright/test';
import { generateArticle } from '../src/testing/data-generators';
import { expect, openSettings, serveArticle, test, waitForApp } from './support/fixtures';
import { installTranslator } from './support/translator-stand-in';

const SAMPLE = '/articles/nato-ukraine-membership-rutte-2025';

test.describe('with a German browser', () => {
  test.use({ locale: 'de-AT' });

  test('the interface is German, and <html lang> says so', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Bibliothek' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await openSettings(page);
    await expect(page.getByRole('combobox', { name: 'Sprache der Oberfläche' })).toHaveValue('de');
  });

  test('the app loads the German strings, not the English ones as a fallback; the quote panel has them', async ({
    page,
  }) => {
    const strings: string[] = [];
    page.on('request', (request) => {
      const chunk = /\/assets\/(locale-[a-z]+(?:-parts)?)-/.exec(request.url())?.[1];
      if (chunk) strings.push(chunk);
    });
    await page.goto(SAMPLE);
    await page
      .getByRole('link', { name: /^Direktes Zitat von Mark Rutte/ })
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Ausgewähltes Zitat' })).toContainText('Mark Rutte');
    // The page, prerendered in English, prefetches the English strings of the first render (`locale-en`); the app
    // loads no English strings of its own.
    expect(strings).toEqual(expect.arrayContaining(['locale-de', 'locale-de-parts']));
    expect(strings).not.toContain('locale-en-parts');
  });

  test('an article file that is not valid names its problems in German, each at its place', async ({
    page,
  }) => {
    const article = generateArticle({ id: 'ungueltig' });
    article.quotes[0]!.speaker = 'geist';
    await serveArticle(page, 'ungueltig', article);
    await page.goto('/articles/ungueltig');
    const notice = page.getByRole('alert');
    await expect(notice.getByRole('heading', { level: 1 })).toHaveText('Diese Artikeldatei ist ungültig');
    await expect(notice.getByRole('listitem')).toHaveText([
      'quotes[0].speaker: verweist auf die Person „geist“, die nicht definiert ist',
    ]);
  });

  test('a link to an event the article lacks is said in German, and dismissed by mouse', async ({ page }) => {
    await page.goto(`${SAMPLE}?event=gipfel-1999`);
    const notice = page.getByRole('status').filter({ hasText: 'Ereignis nicht gefunden' });
    await expect(notice).toContainText(
      'Dieser Link verweist auf ein Ereignis, das es in diesem Artikel nicht gibt. gipfel-1999',
    );
    await notice.getByRole('button', { name: 'Ausblenden' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('speakers the article names in German are named so in the library, its filter and their page', async ({
    page,
  }) => {
    await page.goto('/');
    const sample = page.getByRole('listitem').filter({ hasText: 'Rutte: Der Ukraine wurde' });
    await expect(sample.getByRole('link', { name: 'Artikel nach Stimme filtern: NATO-Führung' })).toHaveText(
      'NATO-Führung',
    );
    await expect(
      sample.getByRole('link', { name: 'Artikel nach Stimme filtern: Ungarn und die Slowakei' }),
    ).toBeVisible();
    await expect(sample).not.toContainText('NATO leadership');

    await page.getByRole('combobox', { name: 'Person oder Organisation' }).fill('Moskau');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect(page).toHaveURL(/\?speaker=moscow$/);
    await expect(page.getByRole('combobox', { name: 'Person oder Organisation' })).toHaveValue('Moskau');

    await sample.getByRole('link', { name: 'Artikel nach Stimme filtern: NATO-Führung' }).click();
    await expect(page).toHaveURL(/\?speaker=nato-leadership$/);
    await expect(page.getByRole('combobox', { name: 'Person oder Organisation' })).toHaveValue(
      'NATO-Führung',
    );
    await page.goto('/de/speakers/nato-leadership');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('NATO-Führung');
  });

  test('?lng=en switches to English and is remembered for the next visit', async ({ page }) => {
    await page.goto(`${SAMPLE}?lng=en`);
    await expect(page.getByRole('link', { name: /^Direct quote by Mark Rutte/ }).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('a British reader of the English interface sees dates day first, on every page and after hydration', async ({
    page,
  }) => {
    // The page was prerendered in English for every reader and is hydrated (no query in the address): the dates
    // follow the browser's English right after, without a hydration error (the fixture fails on console errors).
    await page.goto(SAMPLE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const article = page.getByRole('article');
    await expect(article.getByText(/^Published /)).toHaveText(
      'Published 13 February 2025 · Source: SeaPRwire',
    );
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByRole('link', { name: /^12 February 2025: / })).toBeVisible();
    await expect(timeline).not.toContainText('February 12');

    await page
      .getByRole('link', { name: /^Direct quote by Pete Hegseth/ })
      .first()
      .click();
    const panel = page.getByRole('region', { name: 'Selected quote' });
    await expect(panel.getByRole('time')).toHaveText('12 February 2025');

    await page.goto('/');
    await expect(page.getByRole('main')).toContainText('Published 13 February 2025');
    await page.goto('/speakers/mark-rutte');
    await expect(
      page.getByRole('region', { name: 'Roles over time' }).getByRole('listitem').first(),
    ).toHaveText('NATO Secretary General · 13 February 2025');
  });

  test('a British reader hears the dates in the text day first, as the timeline shows them', async ({
    page,
  }) => {
    const article = generateArticle({
      id: 'council-date',
      languages: ['de'],
      quotes: 2,
      events: 1,
      years: [2026, 2026],
    });
    // Named by its date, as the annotator's events are: their label is the sentence around the mention.
    article.events[0] = { ...article.events[0]!, date: '2026-12-06', label: { de: 'Der Rat stimmt ab.' } };
    await serveArticle(page, article.id, article);
    await page.goto(`/articles/${article.id}`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByRole('link', { name: /^6 December 2026: / })).toBeVisible();
    const date = page.getByRole('article').getByRole('link', { name: /^Date: / });
    await expect(date).toHaveAccessibleName(/^Date: 6 December 2026: /);

    // Chosen in the timeline, the date in the text has the focus, under the same name.
    await timeline.getByRole('link', { name: /^6 December 2026: / }).click();
    await expect(page.getByRole('link', { name: /^Date: 6 December 2026: / })).toBeFocused();
  });

  test('switching to German in the header changes the page at once and is remembered', async ({ page }) => {
    await page.goto(SAMPLE);
    await expect(page.getByRole('radio', { name: 'Side by side' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await openSettings(page);
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Deutsch' });
    await expect(page.getByRole('radio', { name: 'Nebeneinander' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Direktes Zitat von Mark Rutte/ }).first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Farbschema' })).toBeVisible();
    await expect(page).toHaveURL(/\/de\/articles\/nato-ukraine-membership-rutte-2025$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('region', { name: 'Verbreitete Pressemitteilung' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Der Ukraine wurde');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  test('if the other language cannot be loaded, the interface stays as it was and says so; after a reload it works', async ({
    page,
    consoleWatch,
  }) => {
    await page.goto(SAMPLE);
    await openSettings(page);
    const language = page.getByRole('combobox', { name: 'Interface language' });
    consoleWatch.allow(/Failed to load resource|Failed to fetch dynamically imported module/);
    await page.route('**/assets/locale-de-*.js', (route) => route.abort('internetdisconnected'));

    await language.selectOption({ label: 'Deutsch' });
    await expect(page.getByRole('alert')).toHaveText(
      'The Deutsch interface could not be loaded. Check your connection and reload the page.',
    );
    await expect(language).toHaveValue('en');
    await expect(page.getByRole('radio', { name: 'Side by side' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // The browser keeps a failed module load for the life of the page, so trying again means reloading it.
    await page.unroute('**/assets/locale-de-*.js');
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await openSettings(page);
    await language.selectOption({ label: 'Deutsch' });
    await expect(page.getByRole('radio', { name: 'Nebeneinander' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Sprache der Oberfläche' })).toHaveValue('de');
  });

  test('on a long article, switching shows the labels in view at once and every label soon after', async ({
    page,
  }) => {
    const article = generateArticle({ id: 'long-for-language', paragraphs: 160, quotes: 400, speakers: 8 });
    await serveArticle(page, 'long-for-language', article);
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto('/articles/long-for-language');
    await waitForApp(page);
    // The middle of the text: the rows there are rendered first, the rest follow.
    await page.locator('[data-row="p80"]').evaluate((row) => row.scrollIntoView({ block: 'start' }));
    const labels = page.locator('a[data-anchor][data-quote]');
    const english = /^(Direct quote|Indirect speech|Reported statement|Free indirect speech) by /;
    await expect(page.locator('[data-row="p80"] a[data-anchor][data-quote]').first()).toHaveAccessibleName(
      english,
    );

    await openSettings(page);
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Deutsch' });
    await expect(page.getByRole('radio', { name: 'Nebeneinander' })).toBeVisible();
    await expect(page.locator('[data-row="p80"] a[data-anchor][data-quote]').first()).toHaveAccessibleName(
      /^(Direktes Zitat|Indirekte Rede|Berichtete Äußerung|Erlebte Rede) von /,
    );
    // Every highlight, far above and below the place too, ends up labelled in German. (The name's first words are
    // the link's `data-name`, its generated content in reader.css: read here at once for hundreds of links.)
    await expect
      .poll(() =>
        labels.evaluateAll(
          (links, pattern) =>
            links.filter((a) => new RegExp(pattern).test(a.getAttribute('data-name') ?? '')).length,
          english.source,
        ),
      )
      .toBe(0);
    expect(await labels.count()).toBeGreaterThan(100);
  });

  test('an unsupported ?lng= falls back to English', async ({ page }) => {
    await page.goto('/?lng=xx');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('with a Swiss German browser', () => {
  test.use({ locale: 'de-CH' });

  // Swiss German writes "100%" and "1’200.5" where German writes "100 %" and "1.200,5": every number the
  // interface shows, counts in translated sentences among them, follows the browser's variant once the app runs.
  // Formatted by the browser, whose data may write the Swiss group separator otherwise than Node's.
  const format = (page: Page, locale: string, value: number, options: Intl.NumberFormatOptions = {}) =>
    page.evaluate(([l, v, o]) => new Intl.NumberFormat(l, o).format(v), [locale, value, options] as const);

  test('the settings show the text size the Swiss way', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await openSettings(page);
    const size = page.getByRole('group', { name: 'Schriftgröße' });
    await expect(size.getByRole('status')).toHaveText('100%');
    await size.getByRole('button', { name: 'Größere Schrift' }).click();
    await expect(size.getByRole('status')).toHaveText('113%');
  });

  test('an imported file’s problems count characters the Swiss way', async ({ page }) => {
    await page.goto('/import');
    await waitForApp(page);
    const article = generateArticle({ id: 'zu-lang', languages: ['de'] });
    const quote = article.quotes[0]!;
    const span = quote.spans.de![0]!;
    const paragraph = article.paragraphs.find((p) => p.id === span.paragraph)!;
    paragraph.text.de = `${paragraph.text.de} ${'Hafen '.repeat(200)}`;
    const length = paragraph.text.de.length;
    span.end = length + 1;
    await page.getByLabel('Oder eine Datei wählen (.txt oder Artikel-.json)').setInputFiles({
      name: 'zu-lang.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(article)),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('ist kein gültiger Artikel');
    const swiss = await format(page, 'de-CH', length);
    expect(swiss).not.toBe(await format(page, 'de', length));
    await expect(alert).toContainText(`(${swiss} Zeichen)`);
  });

  test('the translation bar says how far the translator has loaded the Swiss way', async ({ page }) => {
    await installTranslator(page, 'downloadHangs');
    const article = generateArticle({ id: 'nur-deutsch', languages: ['de'] });
    await serveArticle(page, 'nur-deutsch', article);
    await page.goto('/articles/nur-deutsch');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Ins Englische übersetzen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Der Übersetzer für Englisch wird geladen:' }),
    ).toHaveText('Der Übersetzer für Englisch wird geladen: 50%');
  });
});

test.describe('with a French browser (no French interface)', () => {
  test.use({ locale: 'fr-FR' });

  test('the interface falls back to English, with dates as English is written in France', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Not the American "February 13, 2025": the browser's region with the interface's language (en-FR), day first.
    await expect(page.getByRole('main')).toContainText('Published 13 February 2025');
    await expect(page.getByRole('main')).not.toContainText('February 13');
  });
});
