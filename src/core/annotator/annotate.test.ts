import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse';
import { annotate } from './annotate';
import expected from './__fixtures__/sample-de.expected.json';
import sample from './__fixtures__/sample-de.txt?raw';

const article = annotate({
  text: sample,
  published: expected.published,
  title: 'NATO: Kein Beitritt der Ukraine zugesagt',
});

function quotesOf(kind: string): { text: string; speaker: string | null }[] {
  return article.quotes
    .filter((q) => q.kind === kind)
    .map((q) => ({
      text: (q.spans.de ?? []).map((s) => s.exact).join(' … '),
      speaker: article.speakers.find((s) => s.id === q.speaker)?.name ?? null,
    }));
}

describe('annotating the sample article', () => {
  it('produces a valid format-v1 article, marked as automatic', () => {
    const result = parseArticle(JSON.parse(JSON.stringify(article)));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(article.annotation.method).toBe('automatic');
    expect(article.languages).toEqual(['de']);
  });

  it('keeps paragraph texts verbatim', () => {
    for (const paragraph of article.paragraphs) expect(sample).toContain(paragraph.text.de);
  });

  it('finds every direct quote with its speaker', () => {
    const direct = quotesOf('direct');
    expect(direct.map((q) => [q.text.slice(0, 20), q.speaker])).toEqual(expected.direct);
  });

  it('finds the indirect statements of the first speaker', () => {
    const first = quotesOf('indirect').filter((q) => q.speaker === expected.indirectBy);
    expect(first.map((q) => q.text.slice(0, 24))).toEqual(expected.indirect);
  });

  it('finds no quote in the closing boilerplate', () => {
    const boilerplate = new Set(article.paragraphs.slice(-expected.boilerplateParagraphs).map((p) => p.id));
    const inBoilerplate = article.quotes.filter((q) =>
      (q.spans.de ?? []).some((s) => boilerplate.has(s.paragraph)),
    );
    expect(inBoilerplate).toEqual([]);
  });

  it('finds the dated events at their precision', () => {
    const dates = article.events.map((e) => e.date);
    expect(dates).toEqual(expect.arrayContaining(expected.dates));
  });

  it('matches the golden file', async () => {
    await expect(`${JSON.stringify(article, null, 2)}\n`).toMatchFileSnapshot(
      './__fixtures__/sample-de.golden.json',
    );
  });
});

describe('annotate', () => {
  it.each([
    { name: 'one line', text: 'Der Rat tagte.' },
    {
      name: 'blank lines and carriage returns',
      text: '\r\n\r\nErster Absatz.\r\n\r\n  Zweiter Absatz.  \r\n',
    },
    { name: 'unbalanced marks', text: '„Eins „zwei » drei “ ‚ vier\n\n“ fünf « sechs' },
    {
      name: 'a quote over paragraphs',
      text: '„Erstens kommt es anders.\n\n„Zweitens als man denkt“, sagte er.',
    },
  ])('always returns a valid article: $name', ({ text }) => {
    const result = parseArticle(JSON.parse(JSON.stringify(annotate({ text, published: '2024-05-02' }))));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('marks for review the quotes that are less likely right than not (review.ts), and only those', () => {
    const text = [
      // Konjunktiv sentences before anyone has spoken: reported speech of no one named.
      'Der Stadtrat tagte. Das Bad sei gerettet. Die Kosten trage das Land.',
      '„Das ist ein Fehler, den wir lange bereuen werden“, sagte Bürgermeisterin Petra Klein am Montag.',
      'Der Verband kritisierte, die Stadt spare am falschen Ende.',
      // A quotation mark that never closes.
      '„Wir kommen wieder und bleiben, bis das Bad offen ist.',
    ].join('\n\n');
    const quotes = annotate({ text, published: '2024-05-02' }).quotes.map((q) => ({
      words: (q.spans.de ?? [])
        .map((s) => s.exact)
        .join(' ')
        .slice(0, 16),
      review: q.needsReview,
    }));
    expect(quotes).toEqual([
      { words: 'Das Bad sei gere', review: true },
      { words: '„Das ist ein Feh', review: false },
      { words: 'die Stadt spare ', review: false },
      { words: '„Wir kommen wied', review: true },
    ]);
    const sample = article.quotes.filter((q) => q.confidence !== undefined);
    expect(sample.length).toBeGreaterThan(0);
    for (const q of sample) expect(q.needsReview).toBe((q.confidence ?? 1) < 0.5);
  });

  it('rejects an empty text', () => {
    expect(() => annotate({ text: ' \n ' })).toThrow('empty');
  });
});

describe('event labels', () => {
  const labelsOf = (text: string): string[] =>
    annotate({ text, published: '2024-05-02' }).events.map((e) => e.label.de ?? '');

  it.each([
    {
      name: 'a sentence of twelve words, whole',
      text: 'Am 3. Mai 2024 öffnete das neue Museum am Hafen seine Türen.',
      expected: 'Am 3. Mai 2024 öffnete das neue Museum am Hafen seine Türen.',
    },
    {
      name: 'a longer sentence, cut after twelve words',
      text: 'Am 3. Mai 2024 öffnete das neue Museum am Hafen nach langer Bauzeit endlich seine Türen.',
      expected: 'Am 3. Mai 2024 öffnete das neue Museum am Hafen nach langer …',
    },
    {
      name: 'runs of white space, read as one',
      text: 'Am 3. Mai 2024  öffnete das neue\tMuseum am Hafen nach langer Bauzeit seine Türen.',
      expected: 'Am 3. Mai 2024 öffnete das neue Museum am Hafen nach langer …',
    },
    {
      name: 'a no-break space, white space too',
      text: 'Am 3.\u00a0Mai 2024 öffnete das neue Museum am Hafen nach langer Bauzeit seine Türen.',
      expected: 'Am 3. Mai 2024 öffnete das neue Museum am Hafen nach langer …',
    },
  ])('$name', ({ text, expected }) => {
    expect(labelsOf(text)).toEqual([expected]);
  });
});

describe('a title made from the text', () => {
  it.each([
    {
      name: 'a short first sentence, after its dateline, without its full stop',
      text: 'Kiel (dpa) – Die Brücke bleibt gesperrt. Der Verkehr wird umgeleitet.',
      title: 'Die Brücke bleibt gesperrt',
    },
    {
      name: 'a long sentence that opens with a quotation: its first words, without the comma after them',
      text: '„Wir stehen fest an der Seite unserer Partner“, sagte die Ministerin am Montag in Kiel vor Journalisten.',
      title: '„Wir stehen fest an der Seite unserer Partner“ …',
    },
    {
      name: 'a long first sentence: its first words, a quotation left open closed',
      text: '„Wir werden den Hafen noch in diesem Jahr ausbauen und dafür neue Kredite aufnehmen“, sagte sie.',
      title: '„Wir werden den Hafen noch in diesem Jahr …“',
    },
    {
      name: 'a question keeps its mark',
      text: 'Wer zahlt die Rechnung? Die Stadt schweigt.',
      title: 'Wer zahlt die Rechnung?',
    },
  ])('$name', ({ text, title }) => {
    expect(annotate({ text, published: '2024-05-08' }).title).toEqual({ de: title });
  });
});

describe('a text pasted without a title, its headline on the first line', () => {
  const headline = 'Lindau: Rat gibt grünes Licht für den Hafen';
  const body = [
    '„Wir bauen den Hafen noch in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind am Dienstag.',
    'Der Rat hatte bereits im März 2023 zugestimmt. Kritiker halten das Projekt für zu teuer.',
  ].join('\n\n');
  const text = `${headline}\n\n${body}`;
  const result = annotate({ text, published: '2024-05-08' });

  it('shows the headline once, as the title, not again as the first paragraph', () => {
    expect(result.title).toEqual({ de: headline });
    expect(result.paragraphs.map((p) => p.text.de)).toEqual(body.split('\n\n'));
  });

  it('makes the article the text would make with the headline typed as its title', () => {
    expect(result).toEqual(annotate({ text: body, title: headline, published: '2024-05-08' }));
  });

  it('anchors every quote and date where its words are in the text', () => {
    expect(result.quotes.length).toBeGreaterThan(0);
    expect(result.events.length).toBeGreaterThan(0);
    const paragraphText = new Map(result.paragraphs.map((p) => [p.id, p.text.de ?? '']));
    const spans = [
      ...result.quotes.flatMap((q) => [...(q.spans.de ?? []), ...(q.cue?.de ?? [])]),
      ...result.events.flatMap((e) => e.mentions.de ?? []),
    ];
    for (const span of spans)
      expect(paragraphText.get(span.paragraph)?.slice(span.start, span.end)).toBe(span.exact);
  });

  it.each([
    { name: 'a headline with a question mark', first: 'Wer zahlt die Rechnung?' },
    { name: 'a headline that names a quotation', first: 'Rat stimmt für den Hafen: „Neue Ära“ in Lindau' },
  ])('takes $name', ({ first }) => {
    const titled = annotate({ text: `${first}\n${body}`, published: '2024-05-08' });
    expect(titled.title).toEqual({ de: first });
    expect(titled.paragraphs.map((p) => p.text.de)).toEqual(body.split('\n\n'));
  });

  it.each([
    { name: 'a first line with a dateline', first: 'Kiel (dpa) – Die Brücke bleibt gesperrt' },
    {
      name: 'a first line too long for a title',
      first:
        'Die Brücke über den Kanal bleibt nach dem Unfall am Montag noch mindestens bis Ende der Woche gesperrt',
    },
  ])('keeps $name as the first paragraph', ({ first }) => {
    const kept = annotate({ text: `${first}\n\n${body}`, published: '2024-05-08' });
    expect(kept.paragraphs.map((p) => p.text.de)).toEqual([first, ...body.split('\n\n')]);
  });

  it.each([
    { name: 'a quotation with its speaker', first: 'Bürgermeisterin: „Wir bauen den Hafen“', quotes: 2 },
    { name: 'reported speech', first: 'Städte fordern mehr Geld für den Hafen', quotes: 2 },
    { name: 'a date', first: 'Hafen wird im März 2025 eröffnet', quotes: 1 },
  ])('keeps a headline that holds $name as the first paragraph, so nothing is lost', ({ first, quotes }) => {
    const kept = annotate({ text: `${first}\n\n${body}`, published: '2024-05-08' });
    expect(kept.paragraphs.map((p) => p.text.de)).toEqual([first, ...body.split('\n\n')]);
    const inHeadline = [
      ...kept.quotes.flatMap((q) => q.spans.de ?? []),
      ...kept.events.flatMap((e) => e.mentions.de ?? []),
    ].filter((span) => span.paragraph === kept.paragraphs[0]?.id);
    expect(inHeadline.length).toBeGreaterThan(0);
    expect(kept.quotes.length).toBeGreaterThanOrEqual(quotes);
  });

  it('keeps the only line of a text as its paragraph, and a headline under a title the person typed', () => {
    expect(annotate({ text: headline }).paragraphs.map((p) => p.text.de)).toEqual([headline]);
    const typed = annotate({ text, title: 'Der Hafen', published: '2024-05-08' });
    expect(typed.title).toEqual({ de: 'Der Hafen' });
    expect(typed.paragraphs[0]?.text.de).toBe(headline);
  });

  it('takes the headline of a text in another language too', () => {
    const french = annotate({ text: 'Le port sera agrandi\n\nLe conseil a voté mardi.', language: 'fr' });
    expect(french.title).toEqual({ fr: 'Le port sera agrandi' });
    expect(french.paragraphs.map((p) => p.text.fr)).toEqual(['Le conseil a voté mardi.']);
  });
});

describe('a first line with a full stop: a headline when it stands apart, a lead when it runs into the text', () => {
  const body = [
    'Das städtische Freibad am Seeufer bleibt in diesem Sommer geschlossen, weil die Becken undicht sind und das Geld für eine Sanierung fehlt.',
    '„Wir hätten das Bad gern geöffnet“, sagte Bürgermeister Jonas Falk am Mittwoch. Die Badegäste müssen nach Uhldingen ausweichen.',
  ];
  const annotated = (text: string) => annotate({ text, published: '2024-05-08' });
  const paragraphsOf = (text: string) => annotated(text).paragraphs.map((p) => p.text.de);

  it.each([
    { name: 'a blank line after it', first: 'Stadt schließt Freibad.', between: '\n\n' },
    { name: 'Windows line breaks', first: 'Stadt schließt Freibad.', between: '\r\n\r\n' },
    { name: 'a blank line holding spaces', first: 'Kein Badesommer am See.', between: '\n  \n' },
    { name: 'several blank lines', first: 'Das Freibad bleibt zu.', between: '\n\n\n\n' },
  ])('takes a headline with a full stop and $name as the title, shown once', ({ first, between }) => {
    const text = `${first}${between}${body.join('\n\n')}`;
    const result = annotated(text);
    expect(result.title).toEqual({ de: first.slice(0, -1) });
    expect(result.paragraphs.map((p) => p.text.de)).toEqual(body);
    expect(result).toEqual(
      annotate({ text: body.join('\n\n'), title: first.slice(0, -1), published: '2024-05-08' }),
    );
  });

  it.each([
    {
      name: 'a lead that runs into the text on the next line',
      lines: ['Stadt schließt Freibad.', ...body],
      between: '\n',
    },
    {
      name: 'a lead whose next paragraph is no longer',
      lines: ['Das Freibad am See bleibt in diesem Sommer zu.', 'Die Becken sind undicht.', ...body],
      between: '\n\n',
    },
    { name: 'a line of two sentences', lines: ['Freibad zu. Stadt spart.', ...body], between: '\n\n' },
    { name: 'a line ending in an ellipsis', lines: ['Stadt schließt Freibad …', ...body], between: '\n\n' },
    {
      name: 'a line after a dateline',
      lines: ['Lindau (dpa) – Stadt schließt Freibad.', ...body],
      between: '\n\n',
    },
  ])('keeps $name as the first paragraph', ({ lines, between }) => {
    expect(paragraphsOf(lines.join(between))).toEqual(lines);
  });

  it.each([
    { name: 'a date', first: 'Freibad schließt im Juni 2024.' },
    { name: 'reported speech', first: 'Badegäste fordern ein neues Freibad.' },
    { name: 'a quotation with its speaker', first: 'Bürgermeister Falk: „Das Bad bleibt zu“.' },
  ])('keeps a headline with a full stop that holds $name as the first paragraph, marked', ({ first }) => {
    const kept = annotated(`${first}\n\n${body.join('\n\n')}`);
    expect(kept.paragraphs.map((p) => p.text.de)).toEqual([first, ...body]);
    const inHeadline = [
      ...kept.quotes.flatMap((q) => q.spans.de ?? []),
      ...kept.events.flatMap((e) => e.mentions.de ?? []),
    ].filter((span) => span.paragraph === kept.paragraphs[0]?.id);
    expect(inHeadline.length).toBeGreaterThan(0);
  });
});

describe('annotating a text in another language', () => {
  const french =
    '« Nous ne céderons pas », a déclaré le ministre mardi.\n\nLes critiques jugent le plan irréaliste.';
  const result = annotate({ text: french, language: 'fr', published: '2024-05-08' });

  it('gives a valid article in that language, with its paragraphs verbatim and nothing marked', () => {
    const parsed = parseArticle(JSON.parse(JSON.stringify(result)));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(result.originalLanguage).toBe('fr');
    expect(result.languages).toEqual(['fr']);
    expect(result.title).toEqual({ fr: '« Nous ne céderons pas », a déclaré le ministre mardi' });
    expect(result.paragraphs.map((p) => p.text)).toEqual([
      { fr: '« Nous ne céderons pas », a déclaré le ministre mardi.' },
      { fr: 'Les critiques jugent le plan irréaliste.' },
    ]);
    expect([result.quotes, result.speakers, result.events]).toEqual([[], [], []]);
  });

  it('annotates German as before when the language is German', () => {
    expect(
      annotate({ text: sample, language: 'de', published: expected.published, title: article.title.de }),
    ).toEqual({ ...article, published: expected.published });
  });
});
