import { describe, expect, it } from 'vitest';
import { parseArticleLine } from '../article/jsonl';
import { annotateCorpusLine } from './corpus-line';

/** {@link TEXT} as a PDF's column of 30 characters breaks it, with a line of its own before and after. */
const WRAPPED = [
  'Die Stadt baut weiter.',
  '„Wir bauen die Brücke“, sagte',
  'Bürgermeisterin Anna Berger am',
  'Montag im Rathaus der Stadt.',
  'Der Rat stimmte am Abend zu.',
].join('\n');

const TEXT = '„Wir bauen die Brücke“, sagte Bürgermeisterin Anna Berger am Montag.';

describe('annotateCorpusLine', () => {
  it.each([
    ['not JSON', '{"id": "a", "text": ', null, /^not JSON/],
    ['an array', '[1, 2]', null, /expected a JSON object/],
    ['no text', '{"id": "a"}', 'a', /missing "text"/],
    ['a text that is not a string', '{"id": "a", "text": 3}', 'a', /"text" must be a string/],
    ['an empty text', '{"id": "a", "text": "  "}', 'a', /"text" is empty/],
    ['a bad date', `{"id": "a", "text": "x", "published": "5.3.2025"}`, 'a', /"published" must be a date/],
    ['a bad source', `{"id": 4, "text": "x", "source": {"name": ""}}`, '4', /"source" must be/],
  ])('gives an error line for %s', (_name, input, id, message) => {
    const result = annotateCorpusLine(input, 'article');
    expect(result.failure?.id).toBe(id);
    expect(result.failure?.message).toMatch(message);
    expect(JSON.parse(result.line)).toEqual({ id, error: result.failure?.message });
  });

  it('gives a blank line for a blank line', () => {
    expect(annotateCorpusLine('   ', 'article')).toEqual({ line: '' });
  });

  it('annotates a line into a valid article with its id, title, date and source', () => {
    const input = {
      id: 'Artikel 12',
      text: TEXT,
      title: 'Brücke',
      published: '2025-03-06',
      source: 'Seeblatt',
    };
    const result = annotateCorpusLine(JSON.stringify(input), 'article');
    expect(result.failure).toBeUndefined();
    const parsed = parseArticleLine(result.line, 1);
    if (parsed?.kind !== 'article') throw new Error(`not an article: ${result.line}`);
    expect(parsed.article).toMatchObject({
      id: 'artikel-12',
      title: { de: 'Brücke' },
      published: '2025-03-06',
      source: { name: 'Seeblatt', kind: 'newsroom' },
    });
    expect(parsed.article.quotes.map((q) => q.spans.de?.[0]?.exact)).toEqual(['„Wir bauen die Brücke“']);
  });

  it('keeps a timestamp as the publication time', () => {
    const line = JSON.stringify({ id: 'a', text: TEXT, published: '2025-03-06T08:30:00+01:00' });
    const result = annotateCorpusLine(line, 'article');
    expect(JSON.parse(result.line)).toMatchObject({ published: '2025-03-06T08:30:00+01:00' });
  });

  it('writes the quotes with offsets into the text for the spans format', () => {
    const result = annotateCorpusLine(JSON.stringify({ id: 'a', text: TEXT }), 'spans');
    const { id, quotes } = JSON.parse(result.line) as { id: string; quotes: { quote: [number, number][] }[] };
    expect(id).toBe('a');
    expect(quotes.map((q) => q.quote.map(([s, e]) => TEXT.slice(s, e)))).toEqual([
      ['„Wir bauen die Brücke“'],
    ]);
  });
});

describe('annotateCorpusLine on a hard-wrapped text, as the importer reads it', () => {
  it('joins the lines of a paragraph before it annotates the article', () => {
    const result = annotateCorpusLine(JSON.stringify({ id: 'a', text: WRAPPED }), 'article');
    const article = JSON.parse(result.line) as {
      paragraphs: { text: { de: string } }[];
      quotes: { speaker?: string }[];
    };
    expect(article.paragraphs.map((p) => p.text.de)).toEqual([
      'Die Stadt baut weiter.',
      '„Wir bauen die Brücke“, sagte Bürgermeisterin Anna Berger am Montag im Rathaus der Stadt.',
      'Der Rat stimmte am Abend zu.',
    ]);
    expect(article.quotes.map((q) => q.speaker)).toEqual(['anna-berger']);
  });

  it('gives spans as offsets into the text as it was given, line breaks and all', () => {
    const result = annotateCorpusLine(JSON.stringify({ id: 'a', text: WRAPPED }), 'spans');
    const { quotes } = JSON.parse(result.line) as {
      quotes: { quote: [number, number][]; speaker: string; speakerMention: [number, number] }[];
    };
    expect(
      quotes.map((q) => [WRAPPED.slice(...q.quote[0]!), q.speaker, WRAPPED.slice(...q.speakerMention)]),
    ).toEqual([['„Wir bauen die Brücke“', 'Anna Berger', 'Bürgermeisterin Anna Berger']]);
  });
});
