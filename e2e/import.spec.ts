import { readFileSync } from 'node:fs';
import { generateArticle } from '../src/testing/data-generators';
import { expect, test } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';
import { expectNoAxeViolations } from './support/axe';
import { selectPhrase } from './support/selection';
import { shownText } from './support/shown-text';
import { wrapAt } from '../src/testing/wrapped-text';

test.use({ locale: 'en-US' });

test('pasted German text is annotated in the browser, opens in the reader, and is kept across reloads', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a text' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Hafen in Lindau');
  await page.getByLabel('Publication date').fill('2024-05-08');
  await page.getByRole('button', { name: 'Annotate' }).click();

  await expect(page).toHaveURL(/\/imported\/hafen-in-lindau$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hafen in Lindau' })).toBeVisible();
  await expect(page.getByText('Annotated automatically in your browser')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Direct quote by Eva Lind/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Direct quote by Tom Berg/ })).toBeVisible();
  // A date the annotator found is named by its date, not by the sentence around it, which is read anyway.
  await expect(page.getByRole('link', { name: /^Date: March 2023: / })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: /^Direct quote by Eva Lind/ })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your imports' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hafen in Lindau' })).toBeVisible();
});

test('a text pasted without a title, with Windows line breaks, is named by its headline in the title and the address', async ({
  page,
}) => {
  const text = [
    'Rat beschließt neuen Hafen',
    'Lindau (dpa) - Der Stadtrat hat am Dienstag den Ausbau des Hafens beschlossen. „Wir fangen im Mai an“, sagte Bürgermeisterin Eva Lind.',
  ].join('\r\n\r\n');
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rat beschließt neuen Hafen' })).toBeVisible();
  // The address is the title's, not the first sixty characters of the text running on into the dateline.
  await expect(page).toHaveURL(/\/imported\/rat-beschliesst-neuen-hafen$/);
  await expect(page.getByRole('link', { name: /^Direct quote by Eva Lind/ })).toBeVisible();
});

test('a text copied from a PDF or an e-mail, its lines broken every few words, keeps its sentences and quotes whole', async ({
  page,
}) => {
  // The annotator reads every line as a paragraph: each sentence broken over two lines lost its quote or speaker.
  const wrapped = LINDAU_NEWS.split('\n\n')
    .map((paragraph) => wrapAt(paragraph, 60))
    .join('\n\n');
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(wrapped);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Hafen in Lindau');
  await page.getByRole('button', { name: 'Annotate' }).click();

  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: 'Hafen in Lindau' })).toBeVisible();
  await expect(article.locator('p.paragraph')).toHaveCount(3);
  await expect(
    article.getByRole('link', {
      name: 'Direct quote by Eva Lind: „Wir bauen den Hafen noch in diesem Jahr aus“',
    }),
  ).toBeVisible();
  await expect(
    article.getByRole('link', { name: 'Direct quote by Tom Berg: „Das ist Geldverschwendung“' }),
  ).toBeVisible();
  await expect(article.getByRole('link', { name: /^Date: March 2023: / })).toBeVisible();
});

test('a text imported under the title of a shipped article gets an id of its own and hides none of its quotes', async ({
  page,
}) => {
  // The sample's id is its title's slug: an unrelated text of that title would otherwise take it, and an import
  // stands in for the shipped article of its id (its copy) on the speaker pages and in the search.
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('NATO, Ukraine membership: Rutte 2025');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page).toHaveURL(/\/imported\/nato-ukraine-membership-rutte-2025-2$/);
  await expect(page.getByRole('link', { name: /^Direct quote by Tom Berg/ })).toBeVisible();

  await page.goto('/speakers/mark-rutte');
  await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte' })).toBeVisible();
  await expect(page.getByText('5 quotes in 1 article')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Quotes, in the order they were said' }).getByRole('listitem'),
  ).toHaveCount(5);
});

// A text in another language is kept in that language with a note of its own (e2e/import-language.spec.ts).
test('a German text in which the annotator finds no quote says so above the text', async ({ page }) => {
  await page.goto('/import');
  await page
    .getByRole('textbox', { name: 'Text' })
    .fill('Die Stadt Lindau plant einen neuen Hafen. Der Bau soll im Herbst beginnen und zwei Jahre dauern.');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page).toHaveURL(/\/imported\//);
  await expect(page.getByRole('region', { name: 'Imported article' })).toContainText(
    'No quotes were found in this text. The annotator reads German news: a text in another language, or one without statements, gives none.',
  );

  // With a date to review, each sentence of the note stands apart from the next.
  await page.goto('/import');
  await page
    .getByRole('textbox', { name: 'Text' })
    .fill('Der Winter beginnt in diesem Jahr früh. In den Alpen ist bereits der erste Schnee gefallen.');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('region', { name: 'Imported article' })).toContainText(
    'One annotation is marked for review (dashed outline). No quotes were found in this text.',
  );

  // A German text with quotes does not get the note.
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('link', { name: /^Direct quote by Eva Lind/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Imported article' })).not.toContainText(
    'No quotes were found',
  );
});

test('Cancel gives the focus back to Annotate; leaving the page stops an annotation still running', async ({
  page,
}) => {
  // An annotator that never answers: the annotation runs until it is stopped.
  await page.route('**/assets/annotator.worker-*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }),
  );
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
  await page.getByRole('button', { name: 'Annotate' }).click();
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(1);
  await cancel.focus();
  await page.keyboard.press('Enter');
  await expect(cancel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Annotate' })).toBeFocused();
  await expect.poll(() => page.workers().length).toBe(0);

  // Annotating again, then off to the library: the annotation is stopped, not left to open its result later.
  await page.keyboard.press('Enter');
  await expect(cancel).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(1);
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(0);
});

test('an imported article can be exported as valid article JSON and deleted', async ({ page }) => {
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('button', { name: 'Export as JSON' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    schemaVersion: number;
    annotation: { method: string };
  };
  expect(exported.schemaVersion).toBe(2);
  expect(exported.annotation.method).toBe('automatic');

  // By keyboard: asked to confirm, the focus is on Cancel (not lost, not on the destructive button); Cancel
  // gives it back to Delete.
  const remove = page.getByRole('button', { name: 'Delete', exact: true });
  await remove.focus();
  await page.keyboard.press('Enter');
  const bar = page.getByRole('region', { name: 'Imported article' });
  await expect(bar.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your imports' })).toHaveCount(0);
});

test('a dropped article JSON file is validated and imported; an invalid one lists its problems', async ({
  page,
}) => {
  await page.goto('/import');
  const article = generateArticle({ id: 'dropped-article', languages: ['de', 'en'] });
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'dropped.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(article)),
  });
  await expect(page).toHaveURL(/\/imported\/dropped-article$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Generated article 1 (en)' })).toBeVisible();

  await page.goto('/import');
  const broken = { ...article, quotes: [{ ...article.quotes[0], speaker: 'ghost' }] };
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file “broken.json” is not a valid article');
  await expect(alert).toContainText('quotes[0].speaker: refers to speaker "ghost", which is not defined');
});

test.describe('with a German interface', () => {
  test.use({ locale: 'de-DE' });

  test('an invalid article file’s problems are said in German, each at its place in the file', async ({
    page,
  }) => {
    await page.goto('/import');
    const article = generateArticle({ id: 'kaputt', languages: ['de', 'en'] });
    const [first, ...rest] = article.paragraphs;
    const broken = { ...article, paragraphs: [{ ...first, text: { ...first!.text, en: 5 } }, ...rest] };
    await page.getByLabel('Oder eine Datei wählen (.txt oder Artikel-.json)').setInputFiles({
      name: 'kaputt.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Die Datei „kaputt.json“ ist kein gültiger Artikel');
    await expect(alert.getByRole('listitem')).toHaveText([
      'paragraphs[0].text.en: erwartet: Text, gefunden: die Zahl 5',
    ]);
  });

  test('a file that is not JSON says in German where it breaks off and what is wrong there', async ({
    page,
  }) => {
    await page.goto('/import');
    await page.getByLabel('Oder eine Datei wählen (.txt oder Artikel-.json)').setInputFiles({
      name: 'kaputt.json',
      mimeType: 'application/json',
      // A field name without quotes on line 2, and later a comma too many: the first mistake is named.
      buffer: Buffer.from('{\n  id: "kaputt",\n  "title": {"de": "Hafen",}\n}\n'),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Die Datei „kaputt.json“ ist kein gültiger Artikel');
    await expect(alert.getByRole('listitem')).toHaveText([
      '(Datei): kein gültiges JSON in Zeile 2, Spalte 3: hier gehört ein Feldname in doppelten Anführungszeichen hin, gefunden: „i“',
    ]);
    // Nothing of the browser's own English message, nor the command line's placeholder.
    await expect(alert).not.toContainText(/position|Expected|\(file\)/);
  });
});

test('a library backup chosen on the import page is not taken for a text: the page says where it belongs', async ({
  page,
}) => {
  await page.goto('/import');
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'stimmen-library-2026-12-06.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(`${JSON.stringify(generateArticle({ id: 'in-a-backup' }))}\n`),
  });
  await expect(page.getByRole('alert')).toContainText(
    'The file “stimmen-library-2026-12-06.jsonl” is a library backup (one article per line): restore it in the library, under “Restore from a backup”.',
  );
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue('');
});

test('a text file saved by Windows (Windows-1252) is read as it was written; a PDF is refused as no text', async ({
  page,
}) => {
  const file = page.getByLabel('Or choose a file (.txt or article .json)');
  await page.goto('/import');
  // „Grüße“, sagte sie. in Windows-1252: its quotation marks and umlauts are single bytes, not UTF-8.
  await file.setInputFiles({
    name: 'notiz.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([
      0x84, 0x47, 0x72, 0xfc, 0xdf, 0x65, 0x93, 0x2c, 0x20, 0x73, 0x61, 0x67, 0x74, 0x65, 0x20, 0x73, 0x69,
      0x65, 0x2e,
    ]),
  });
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue('„Grüße“, sagte sie.');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await file.setInputFiles({
    name: 'pressemitteilung.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(
      '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 3 >>\nstream\n\u0000\u0001\u0002',
      'latin1',
    ),
  });
  await expect(page.getByRole('alert')).toContainText(
    'The file “pressemitteilung.pdf” holds no text that can be read (is it a PDF or a Word document?). Open it, copy its text and paste it here.',
  );
});

test('a text file’s headline is its title, shown once, not the file’s name', async ({ page }) => {
  const headline = 'Lindau: Rat gibt grünes Licht für den Hafen';
  await page.goto('/import');
  await page.getByLabel('Or choose a file (.txt or article .json)').setInputFiles({
    name: 'Dokument1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`${headline}\n\n${LINDAU_NEWS}`),
  });
  await expect(page.getByRole('textbox', { name: 'Title (optional)' })).toHaveValue('');
  await page.getByRole('button', { name: 'Annotate' }).click();

  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(article.getByText(headline)).toHaveCount(1);
  await expect(page).toHaveURL(/\/imported\/lindau-rat-gibt-gruenes-licht-fuer-den-hafen$/);
});

test('a reader corrects an imported article: speaker, kind, delete, and a missed quote', async ({ page }) => {
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Korrekturen');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page).toHaveURL(/\/imported\/korrekturen$/);

  // Re-attribute Tom Berg's quote to Eva Lind and make it indirect.
  await page.getByRole('link', { name: /^Direct quote by Tom Berg/ }).click();
  const corrections = page.getByRole('region', { name: 'Correct this quote' });
  await corrections.getByLabel('Speaker').selectOption({ label: 'Eva Lind' });
  await corrections.getByLabel('Kind').selectOption({ label: 'Indirect speech' });
  await expect(
    page.getByRole('link', { name: /^Indirect speech by Eva Lind: „Das ist Geldverschwendung“/ }),
  ).toBeVisible();

  // Delete it.
  await page.getByRole('button', { name: 'Delete this quote' }).click();
  await expect(page.getByRole('link', { name: /„Das ist Geldverschwendung“/ })).toHaveCount(0);

  // Mark "Kritiker halten das Projekt für zu teuer" as a reported statement.
  await selectPhrase(page, 'Kritiker halten das Projekt für zu teuer');
  const bar = page.getByRole('region', { name: 'Mark a quote' });
  await bar.getByLabel('Kind').selectOption({ label: 'Reported statement' });
  await bar.getByLabel('Speaker').selectOption({ label: 'Nobody (unattributed)' });
  await bar.getByRole('button', { name: 'Mark as quote' }).click();
  await expect(
    page.getByRole('link', {
      name: /^Reported statement by an unknown speaker: Kritiker halten das Projekt für zu teuer$/,
    }),
  ).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('link', { name: /^Reported statement by an unknown speaker: Kritiker/ }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /„Das ist Geldverschwendung“/ })).toHaveCount(0);
});

test('a selection over words in quotation marks is shown in the marking bar with its marks once', async ({
  page,
}) => {
  const slogan = '„Hände weg vom Hafen“';
  await importText(
    page,
    `Auf den Plakaten stand ${slogan} in großen Buchstaben.\n\n${LINDAU_NEWS}`,
    'Plakate',
  );
  const bar = page.getByRole('region', { name: 'Mark a quote' });
  const excerpt = bar.getByRole('paragraph').filter({ hasText: 'Selected:' });

  await selectPhrase(page, slogan);
  await expect(excerpt).toContainText(slogan);
  expect(await shownText(page, excerpt)).toBe(`Selected: ${slogan}`);

  // Words without marks of their own are shown as a quotation.
  await selectPhrase(page, 'Kritiker halten das Projekt für zu teuer');
  await expect(excerpt).toContainText('Kritiker halten');
  expect(await shownText(page, excerpt)).toBe('Selected: “Kritiker halten das Projekt für zu teuer”');
});

test('a correction that cannot be saved says so and how to keep it', async ({ page }) => {
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Voller Speicher');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page).toHaveURL(/\/imported\/voller-speicher$/);

  // The browser's storage is full from now on.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('link', { name: /^Direct quote by Tom Berg/ }).click();
  await page
    .getByRole('region', { name: 'Correct this quote' })
    .getByLabel('Kind')
    .selectOption({ label: 'Reported statement' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The change could not be saved in this browser (The quota has been exceeded.)',
  );
  await expect(alert).toContainText('Export as JSON');
  // The change is still on screen.
  await expect(page.getByRole('link', { name: /^Reported statement by Tom Berg/ })).toBeVisible();
});

test.describe('half an hour after midnight in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('the publication date offered is today where the reader is, not in UTC', async ({ page }) => {
    // 23:30 UTC on 4 December is 00:30 on 5 December in Berlin.
    await page.clock.setFixedTime(new Date('2026-12-04T23:30:00Z'));
    await page.goto('/import');
    await expect(page.getByLabel('Publication date')).toHaveValue('2026-12-05');
  });
});

test('a text pasted without a title: its headline is the title, shown once, and the text after it is kept whole', async ({
  page,
}) => {
  const headline = 'Lindau: Rat gibt grünes Licht für den Hafen';
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(`${headline}\n\n${LINDAU_NEWS}`);
  await page.getByRole('button', { name: 'Annotate' }).click();

  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  // Once, as the title: not again as the first paragraph of the text.
  await expect(article.getByText(headline)).toHaveCount(1);
  // The text after it, every word, with its quotes where they were.
  await expect(
    article.getByText('Die Stadt Lindau plant einen neuen Hafen.', { exact: false }),
  ).toBeVisible();
  await article.getByRole('link', { name: /^Direct quote by Tom Berg/ }).click();
  await expect(page.getByRole('region', { name: 'Selected quote' })).toContainText(
    'Das ist Geldverschwendung',
  );

  // The same text pasted again is the one in the library, headline and all.
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(`${headline}\n${LINDAU_NEWS}`);
  await page.getByRole('button', { name: 'Annotate' }).click();
  const notice = page.getByRole('alert');
  await expect(notice.getByRole('heading', { name: 'This text is in your library already' })).toBeVisible();
  await expect(notice.getByRole('link', { name: `Open “${headline}”` })).toBeVisible();
});

test('a headline ending in a full stop, a blank line after it, is the title and is not repeated as the first paragraph', async ({
  page,
}) => {
  const text = [
    'Stadt schließt Freibad.',
    'Das Freibad am Seeufer bleibt in diesem Sommer geschlossen, weil die Becken undicht sind. „Wir hätten das Bad gern geöffnet“, sagte Bürgermeister Jonas Falk.',
  ].join('\n\n');
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();

  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: 'Stadt schließt Freibad' })).toBeVisible();
  await expect(page).toHaveURL(/\/imported\/stadt-schliesst-freibad$/);
  // Once, as the title: the text begins with the paragraph after it, its quote marked.
  await expect(article.getByText('Stadt schließt Freibad', { exact: false })).toHaveCount(1);
  await expect(article.getByText('Das Freibad am Seeufer', { exact: false })).toBeVisible();
  await expect(article.getByRole('link', { name: /^Direct quote by Jonas Falk/ })).toBeVisible();
});

test('the same text imported again is announced first: open the one in the library, or import it again', async ({
  page,
}) => {
  await importText(page, LINDAU_NEWS, 'Hafen in Lindau');
  await expect(page).toHaveURL(/\/imported\/hafen-in-lindau$/);

  await page.goto('/import');
  // The same words, with other line breaks and spaces.
  await page.getByRole('textbox', { name: 'Text' }).fill(`  ${LINDAU_NEWS.replace(/\n\n/g, '\n\n\n')}  `);
  await page.getByRole('button', { name: 'Annotate' }).click();
  const notice = page.getByRole('alert');
  await expect(notice.getByRole('heading', { name: 'This text is in your library already' })).toBeVisible();
  await expectNoAxeViolations(page);
  await notice.getByRole('link', { name: 'Open “Hafen in Lindau”' }).click();
  await expect(page).toHaveURL(/\/imported\/hafen-in-lindau$/);

  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Text' }).fill(LINDAU_NEWS);
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Hafen in Lindau');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.getByRole('alert').getByRole('button', { name: 'Import it again' }).click();
  await expect(page).toHaveURL(/\/imported\/hafen-in-lindau-2$/);
  await expect(page.getByRole('link', { name: /^Direct quote by Tom Berg/ }).first()).toBeVisible();
});
