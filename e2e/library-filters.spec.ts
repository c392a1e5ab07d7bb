/**
 * The library at scale, as a person uses it: filters by speaker, source and publication date, in the URL (so a
 * reload or a shared link keeps them), applied to the shipped articles and to the ones imported into the browser.
 */
import { generateArticle } from '../src/testing/data-generators';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.use({ locale: 'en-US' });
// Each test walks through several filtered pages, reloads and an import: more steps than most.
test.slow();

const SAMPLE_TITLE = /Rutte: Ukraine was never promised NATO membership/;

test('the shipped library filters by speaker, source and date, in the URL, by mouse and keyboard', async ({
  page,
}) => {
  await page.goto('/');
  const filters = page.getByRole('form', { name: 'Filter the articles' });
  const sample = page.getByRole('link', { name: SAMPLE_TITLE });
  await expect(sample).toBeVisible();

  // A speaker, typed and applied with Enter.
  const speaker = filters.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill('mark rutte');
  await speaker.press('Enter');
  await expect(page).toHaveURL(/\/\?speaker=mark-rutte$/);
  await expect(sample).toBeVisible();
  await expect(page.getByText('Article 1 of 1', { exact: true })).toBeVisible();

  // A source as well, by mouse.
  await filters.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'SeaPRwire' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\?speaker=mark-rutte&source=seaprwire$/);
  await expect(sample).toBeVisible();

  // A date range that leaves the article out.
  await filters.getByLabel('Published from').fill('2025-03-01');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\?speaker=mark-rutte&source=seaprwire&from=2025-03-01$/);
  await expect(page.getByText("None of the site's articles match these filters.")).toBeVisible();
  await expect(sample).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A reload keeps every filter, in the URL and in the form.
  await page.reload();
  await expect(page.getByText("None of the site's articles match these filters.")).toBeVisible();
  await expect(speaker).toHaveValue('Mark Rutte');
  await expect(filters.getByRole('combobox', { name: 'Source' })).toHaveValue('seaprwire');
  await expect(filters.getByLabel('Published from')).toHaveValue('2025-03-01');

  // A range around the article's date finds it again; back goes to the filters before.
  await filters.getByLabel('Published from').fill('2025-02-13');
  await filters.getByLabel('Published until').fill('2025-02-13');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/from=2025-02-13&to=2025-02-13$/);
  await expect(sample).toBeVisible();
  await page.goBack();
  await expect(page.getByText("None of the site's articles match these filters.")).toBeVisible();

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(sample).toBeVisible();
});

test('a link with its dates the wrong way round shows the articles between them, and says the range rightly', async ({
  page,
}) => {
  // The sample was published on 13 February 2025: inside the range, whichever date the link gives first.
  await page.goto('/?to=2025-02-01&from=2025-03-01');
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
  await expect(page.getByText("None of the site's articles match these filters.")).toHaveCount(0);
  await expect(page).toHaveURL(/\/\?from=2025-02-01&to=2025-03-01$/);
  const filters = page.getByRole('form', { name: 'Filter the articles' });
  await expect(filters.getByLabel('Published from')).toHaveValue('2025-02-01');
  await expect(filters.getByLabel('Published until')).toHaveValue('2025-03-01');
});

test('a speaker the library does not quote is named in an alert; a speaker link filters by them', async ({
  page,
}) => {
  await page.goto('/');
  const filters = page.getByRole('form', { name: 'Filter the articles' });
  await filters.getByRole('combobox', { name: 'Speaker' }).fill('Nobody Anywhere');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'No speaker named “Nobody Anywhere” is quoted in the library.',
  );
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole('link', { name: 'Articles quoting Pete Hegseth' }).click();
  await expect(page).toHaveURL(/\?speaker=pete-hegseth$/);
  await expect(filters.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Pete Hegseth');
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
});

test('imported articles are filtered with the shipped ones', async ({ page, consoleWatch }) => {
  // The site has no listing for a speaker only imports quote: its file answers 404, which the library expects.
  consoleWatch.allow(/404/);
  const article = generateArticle({ id: 'harbour-import', languages: ['de', 'en'] });
  article.published = '2019-05-02';
  article.source = { name: 'Hafenblatt', kind: 'newsroom' };
  await page.goto('/import');
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'harbour-import.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(article)),
  });
  await expect(page).toHaveURL(/\/imported\/harbour-import$/);

  await page.goto('/');
  const imports = page.getByRole('region', { name: 'Your imports' });
  const imported = imports.getByRole('link', { name: 'Generated article 1 (en)' });
  await expect(imported).toBeVisible();

  // A speaker only the import quotes: the site's articles have none (said so, not "the library has none" above the
  // import that quotes them), the import is listed.
  const filters = page.getByRole('form', { name: 'Filter the articles' });
  await filters.getByRole('combobox', { name: 'Speaker' }).fill('Anna Berger');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\?speaker=anna-berger$/);
  await expect(page.getByText("None of the site's articles quote this speaker.")).toBeVisible();
  await expect(imported).toBeVisible();

  // Dates before the import's publication leave it out; reloading keeps it so.
  await filters.getByLabel('Published until').fill('2019-05-01');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\?speaker=anna-berger&to=2019-05-01$/);
  await expect(imports).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("None of the site's articles quote this speaker.")).toBeVisible();
  await expect(imports).toHaveCount(0);

  // The shipped article's speaker shows the shipped article and not the import.
  await page.goto('/?speaker=mark-rutte');
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
  await expect(imports).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a speaker is found by part of their name, without its accents or apostrophe; a part that names several offers each', async ({
  page,
}) => {
  await page.goto('/');
  const filters = page.getByRole('form', { name: 'Filter the articles' });
  const speaker = filters.getByRole('combobox', { name: 'Speaker' });

  // A surname alone, in lower case, applied with Enter.
  await speaker.fill('hegseth');
  await speaker.press('Enter');
  await expect(page).toHaveURL(/\/\?speaker=pete-hegseth$/);
  await expect(speaker).toHaveValue('Pete Hegseth');
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();

  // "nat" begins "NATO" and "NATO leadership": both are offered, as links that keep the other filters.
  await filters.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'SeaPRwire' });
  await speaker.fill('nat');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('alert')).toHaveText('“nat” matches 2 names: choose one.');
  const choices = filters.getByRole('list', { name: '“nat” matches 2 names: choose one.' });
  await expect(choices.getByRole('link')).toHaveText(['NATO', 'NATO leadership']);
  await expect(choices.getByRole('link', { name: 'NATO', exact: true })).toHaveAttribute(
    'href',
    '/?speaker=nato&source=seaprwire',
  );
  await expect(page).toHaveURL(/\/\?speaker=pete-hegseth$/);
  await expectNoAxeViolations(page);

  // By keyboard: the choices come right after the field.
  await speaker.focus();
  await page.keyboard.press('Tab');
  await expect(choices.getByRole('link', { name: 'NATO', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(choices.getByRole('link', { name: 'NATO leadership' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?speaker=nato-leadership&source=seaprwire$/);
  await expect(speaker).toHaveValue('NATO leadership');
  await expect(choices).toHaveCount(0);
});

test('an imported speaker is found without the apostrophe or the letters of their name a keyboard lacks, or typed in one word', async ({
  page,
  consoleWatch,
}) => {
  // The site has no listing for a speaker only imports quote: its file answers 404, which the library expects.
  consoleWatch.allow(/404/);
  const article = generateArticle({ id: 'names-import', languages: ['de', 'en'], speakers: 3, quotes: 6 });
  article.speakers[0]!.name = "Siobhán O'Connor";
  article.speakers[1]!.name = 'Đorđe Balašević';
  article.speakers[2]!.name = 'Rosa Ebert';
  // Each of them quoted.
  article.quotes.forEach((quote, i) => (quote.speaker = `s${(i % 3) + 1}`));
  await page.goto('/import');
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'names-import.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(article)),
  });
  await expect(page).toHaveURL(/\/imported\/names-import$/);

  await page.goto('/');
  const filters = page.getByRole('form', { name: 'Filter the articles' });
  const speaker = filters.getByRole('combobox', { name: 'Speaker' });
  const imported = page
    .getByRole('region', { name: 'Your imports' })
    .getByRole('link', { name: 'Generated article 1 (en)' });
  for (const [typed, key, name] of [
    ['OConnor', 'siobhan-o-connor', "Siobhán O'Connor"],
    ['o connor', 'siobhan-o-connor', "Siobhán O'Connor"],
    ['Dorde', 'dorde-balasevic', 'Đorđe Balašević'],
    // Written together, as the site's search finds her: its "ae" read as a spelt-out "ä", as the search reads it.
    ['rosaebert', 'rosa-ebert', 'Rosa Ebert'],
  ] as const) {
    await speaker.fill(typed);
    await speaker.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?speaker=${key}$`));
    await expect(speaker).toHaveValue(name);
    await expect(imported).toBeVisible();
  }
});

test('an article’s speakers past the first few are shown by a button, as links that filter by them', async ({
  page,
}) => {
  await page.goto('/');
  // The sample quotes six speakers: four are named, the button shows the other two.
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SAMPLE_TITLE }) });
  const more = entry.getByRole('button', { name: 'and 2 more' });
  await expect(entry.getByRole('link', { name: 'Articles quoting Moscow' })).toHaveCount(0);

  // By mouse: the two appear as links, the first takes the focus.
  await more.click();
  await expect(more).toHaveCount(0);
  await expect(entry.getByRole('link', { name: /^Articles quoting / })).toHaveCount(6);
  await expect(entry.getByRole('link', { name: 'Articles quoting NATO', exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  await entry.getByRole('link', { name: 'Articles quoting Moscow' }).click();
  await expect(page).toHaveURL(/\/\?speaker=moscow$/);
  await expect(page.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Moscow');

  // By keyboard, from the start again.
  await page.goto('/');
  await entry.getByRole('button', { name: 'and 2 more' }).focus();
  await page.keyboard.press('Enter');
  await expect(entry.getByRole('link', { name: 'Articles quoting NATO', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(entry.getByRole('link', { name: 'Articles quoting Moscow' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?speaker=moscow$/);
});

test('the filters of one row stand level: their labels on one line, their fields of one height', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  const filters = page.getByRole('form', { name: 'Filter the articles' });
  const fields = [
    filters.getByRole('combobox', { name: 'Speaker' }),
    filters.getByRole('combobox', { name: 'Source' }),
    filters.getByLabel('Published from'),
  ];
  const boxes = await Promise.all(fields.map((field) => field.boundingBox()));
  const labels = await Promise.all(
    ['Speaker', 'Source', 'Published from'].map((text) =>
      filters.locator('label', { hasText: new RegExp(`^${text}$`) }).boundingBox(),
    ),
  );
  const first = boxes[0];
  if (!first || boxes.some((box) => !box) || labels.some((box) => !box))
    throw new Error('a filter is not shown');
  for (const box of boxes) {
    expect(Math.abs(box!.y - first.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(box!.height - first.height)).toBeLessThanOrEqual(1);
  }
  for (const box of labels) expect(Math.abs(box!.y - labels[0]!.y)).toBeLessThanOrEqual(1);
});
