import { describe, expect, it } from 'vitest';
import valid from '../article/__fixtures__/valid-minimal.json' with { type: 'json' };
import { addQuote, confirmQuote, setQuoteKind } from '../article/edits';
import { parseArticle } from '../article/parse';
import type { Article } from '../article/schema';
import { annotate, type AnnotateInput } from './annotate';
import {
  canChangeTextLanguage,
  hasReaderDecisions,
  originalText,
  readerDecisions,
  textLanguageInput,
} from './text-language';

const TEXT = [
  'Die Stadt Lindau plant einen neuen Hafen. „Wir bauen den Hafen noch in diesem Jahr aus“, sagte Bürgermeisterin Eva Lind am Dienstag.',
  'Sie fügte hinzu, dass der Rat bereits im März 2023 zugestimmt habe. Kritiker halten das Projekt für zu teuer.',
  '„Das ist Geldverschwendung“, sagte der Sprecher der Bürgerinitiative, Tom Berg.',
].join('\n');

const input: AnnotateInput = { text: TEXT, title: 'Hafen in Lindau', published: '2024-03-07', id: 'hafen' };

describe('a text imported in the wrong language, made again in another', () => {
  it.each<[from: string, to: string]>([
    ['en', 'de'],
    ['fr', 'de'],
    ['de', 'en'],
    ['de', 'nl'],
    ['en', 'fr'],
  ])('stored as %s, changed to %s: the article the importer makes in %s', (from, to) => {
    const stored = annotate({ ...input, language: from });
    const changed = annotate(textLanguageInput(stored, to));
    expect(changed).toEqual(annotate({ ...input, language: to }));
    expect(parseArticle(changed).ok).toBe(true);
  });

  it('into German, finds the quotes the English one lacked', () => {
    const english = annotate({ ...input, language: 'en' });
    expect(english.quotes).toEqual([]);
    const german = annotate(textLanguageInput(english, 'de'));
    expect(german.originalLanguage).toBe('de');
    expect(german.quotes.map((q) => q.spans.de?.[0]?.exact)).toEqual(
      expect.arrayContaining([
        '„Wir bauen den Hafen noch in diesem Jahr aus“',
        '„Das ist Geldverschwendung“',
      ]),
    );
  });

  it('keeps paragraph texts verbatim and in order, blank lines or not', () => {
    const stored = annotate({ ...input, text: `\n  ${TEXT.replaceAll('\n', '\n\n\n')}  \n`, language: 'en' });
    expect(originalText(stored)).toBe(TEXT.replaceAll('\n', '\n\n'));
    expect(annotate(textLanguageInput(stored, 'de')).paragraphs).toEqual(
      annotate({ ...input, language: 'de' }).paragraphs,
    );
  });

  it('keeps a title made from the first words, and an article without a given title', () => {
    const stored = annotate({ text: TEXT, published: '2024-03-07', language: 'en' });
    const changed = annotate(textLanguageInput(stored, 'de'));
    expect(changed.title).toEqual({ de: stored.title.en });
    expect(changed.id).toBe(stored.id);
  });
});

describe('canChangeTextLanguage', () => {
  it('is true for what the importer made, in any language, and false for an article annotated by hand', () => {
    expect(canChangeTextLanguage(annotate(input))).toBe(true);
    expect(canChangeTextLanguage(annotate({ ...input, language: 'en' }))).toBe(true);
    const manual = parseArticle(valid);
    expect(manual.ok && canChangeTextLanguage(manual.article)).toBe(false);
    expect(manual.ok && manual.article.annotation.method).toBe('manual');
  });
});

describe('readerDecisions', () => {
  const german = annotate(input);
  const first = german.quotes[0]!.id;

  it.each<[string, Article, { quotes: number; events: number; translations: string[] }]>([
    ['none in a fresh annotation', german, { quotes: 0, events: 0, translations: [] }],
    ['a confirmed quote', confirmQuote(german, first), { quotes: 1, events: 0, translations: [] }],
    [
      'two corrected quotes',
      setQuoteKind(confirmQuote(german, german.quotes[1]!.id), first, 'indirect'),
      { quotes: 2, events: 0, translations: [] },
    ],
    [
      'a quote marked by hand in an English text',
      addQuote(annotate({ ...input, language: 'en' }), {
        language: 'en',
        paragraph: 'p3',
        start: 0,
        end: 26,
        speaker: null,
        kind: 'direct',
      })[0],
      { quotes: 1, events: 0, translations: [] },
    ],
    [
      'an event decided by a person',
      { ...german, events: german.events.map(({ confidence: _c, needsReview: _n, ...e }) => e) },
      { quotes: 0, events: german.events.length, translations: [] },
    ],
    [
      'a translation',
      {
        ...german,
        languages: ['de', 'en'],
        translations: { en: { method: 'machine' } },
      } satisfies Article,
      { quotes: 0, events: 0, translations: ['en'] },
    ],
  ])('%s', (_, article, expected) => {
    expect(readerDecisions(article)).toEqual(expected);
    expect(hasReaderDecisions(article)).toBe(
      expected.quotes + expected.events + expected.translations.length > 0,
    );
  });

  it('finds events in the German text, so that the event row above tests something', () => {
    expect(german.events.length).toBeGreaterThan(0);
  });
});
