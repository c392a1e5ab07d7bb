import { describe, expect, it } from 'vitest';
import sample from '../../../public/articles/nato-ukraine-membership-rutte-2025.json';
import { generateArticle } from '../../testing/data-generators';
import valid from './__fixtures__/valid-minimal.json';
import { formatPath, MAX_ARTICLE_LENGTH, parseArticle, parseArticleJson } from './parse';
import { problemMessage, type ProblemDetail } from './problems';

const broken = import.meta.glob<string>('./__fixtures__/broken/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** Each hand-made broken article and the one problem it must produce, path and message. */
const EXPECTED: Record<string, [path: string, message: string | RegExp]> = {
  'anchor-mismatch': ['quotes[0].spans.de[0].exact', 'does not match paragraph p1 at 0-25'],
  'bad-slug': ['id', /expected a slug/],
  'duplicate-speaker': ['speakers[1].id', '"lind" is defined twice'],
  'impossible-date': ['events[0].date', '"2023-02-30" is not a date that exists'],
  'missing-paragraphs': ['paragraphs', 'missing (expected array)'],
  'misspelt-field': ['quotes[0]', 'unknown field(s): speakr'],
  'original-not-first': ['languages[0]', 'the original language "de" must come first'],
  'overlapping-spans-of-one-quote': ['quotes[0].spans.de[1]', 'overlaps span 0 of the same quote'],
  'outdated-original-span': [
    'quotes[0].spans.de[0].outdated',
    'only a translation’s span can be out of date: the original is what a quote is anchored by',
  ],
  'span-past-end': ['quotes[0].spans.de[0].end', '500 is past the end of paragraph p1 (70 characters)'],
  'undeclared-language': ['paragraphs[0].text.fr', 'language "fr" is not declared in languages'],
  'undefined-paragraph': [
    'quotes[1].spans.de[0].paragraph',
    'refers to paragraph "p9", which is not defined',
  ],
  'undefined-speaker': ['quotes[0].speaker', 'refers to speaker "mayor", which is not defined'],
  'undefined-relaying-speaker': ['quotes[0].relayedBy', 'refers to speaker "kurier", which is not defined'],
  'relayed-by-own-speaker': ['quotes[0].relayedBy', 'is the quote\'s own speaker "lind"'],
  'unknown-quote-kind': ['quotes[0].kind', /expected one of "direct", .* got "shouted"/],
  'unknown-schema-version': ['schemaVersion', 'unsupported version 7 (this reader reads version 2)'],
  'wrong-type-title': ['title', 'expected record, got "Hafen"'],
};

/** What some of them are as data: the code and values the reader words in the interface language. */
const DETAILS: Record<string, ProblemDetail> = {
  'anchor-mismatch': { code: 'exactMismatch', paragraph: 'p1', start: 0, end: 25 },
  'bad-slug': { code: 'rule', rule: 'slug' },
  'duplicate-speaker': { code: 'definedTwice', id: 'lind' },
  'missing-paragraphs': { code: 'missing', expected: 'array' },
  'span-past-end': { code: 'pastParagraphEnd', end: 500, paragraph: 'p1', length: 70 },
  'undefined-speaker': { code: 'undefinedSpeaker', id: 'mayor' },
  'unknown-schema-version': { code: 'unsupportedVersion', given: '7', version: 2 },
  'wrong-type-title': { code: 'wrongType', expected: 'record', found: { kind: 'string', text: '"Hafen"' } },
};

describe('parseArticle', () => {
  it('accepts the sample article', () => {
    const result = parseArticle(sample);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('accepts the minimal fixture and generated articles of several shapes', () => {
    expect(parseArticle(valid).ok).toBe(true);
    for (const options of [
      {},
      { languages: ['de', 'en', 'fr'], paragraphs: 40, speakers: 6, quotes: 80, events: 12 },
      { languages: ['en'], quotes: 0, events: 0, speakers: 0 },
    ]) {
      const result = parseArticle(generateArticle(options));
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it('accepts a quote relayed by a medium that is one of its speakers', () => {
    const article = structuredClone(valid) as typeof valid & { speakers: object[] };
    article.speakers.push({ id: 'kurier', name: 'Kurier', kind: 'collective' });
    const result = parseArticle({
      ...article,
      quotes: article.quotes.map((q, i) => (i === 0 ? { ...q, relayedBy: 'kurier' } : q)),
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has a fixture for every expected problem and no unexpected fixture', () => {
    const names = Object.keys(broken).map((path) => /broken\/(.+)\.json$/.exec(path)?.[1]);
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: reports the problem at its path', (name, [path, message]) => {
    const text = broken[`./__fixtures__/broken/${name}.json`];
    expect(text).toBeDefined();
    const result = parseArticleJson(text!);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe(path);
    if (typeof message === 'string') expect(result.problems[0]!.message).toBe(message);
    else expect(result.problems[0]!.message).toMatch(message);
  });

  it.each(Object.entries(DETAILS))('%s: gives the problem as a code with its values', (name, detail) => {
    const result = parseArticleJson(broken[`./__fixtures__/broken/${name}.json`]!);
    expect(result.ok ? [] : result.problems.map((problem) => problem.detail)).toEqual([detail]);
  });

  it('words every problem in English from its code and values, as the command line prints it', () => {
    for (const text of Object.values(broken)) {
      const result = parseArticleJson(text);
      for (const problem of result.ok ? [] : result.problems) {
        expect(problemMessage(problem.detail)).toBe(problem.message);
      }
    }
  });

  it('says what is wrong with a key of a record, and how long a text must be', () => {
    const article = structuredClone(valid) as Record<string, unknown> & typeof valid;
    (article.title as Record<string, string>)['x_y'] = 'Titel';
    article.speakers[0]!.name = '';
    const result = parseArticle(article);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'title.x_y',
        message: 'expected a BCP 47 language tag such as "de" or "en-GB"',
        detail: { code: 'rule', rule: 'languageTag' },
      },
      {
        path: 'speakers[0].name',
        message: 'expected at least 1 character',
        detail: { code: 'tooShort', minimum: 1 },
      },
    ]);
  });

  it('reports every problem, not just the first', () => {
    const article = structuredClone(valid) as Record<string, unknown> & typeof valid;
    article.quotes[0]!.speaker = 'nobody';
    article.events[0]!.date = '2019-13';
    const result = parseArticle(article);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'quotes[0].speaker',
      'events[0].date',
    ]);
  });

  it('explains text that is not an article at all', () => {
    expect(parseArticleJson('')).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: 'the file is empty', detail: { code: 'emptyFile' } }],
    });
    const notJson = parseArticleJson('<html>oops</html>');
    expect(notJson.ok ? '' : notJson.problems[0]!.message).toMatch(/^not valid JSON/);
    expect(parseArticle([1, 2])).toEqual({
      ok: false,
      problems: [
        {
          path: '(article)',
          message: 'expected an object, got an array',
          detail: { code: 'notAnObject', type: 'array' },
        },
      ],
    });
    const huge = parseArticleJson('x'.repeat(MAX_ARTICLE_LENGTH + 1));
    expect(huge.ok ? '' : huge.problems[0]!.message).toMatch(/at most 4\.0 MB/);
  });

  it('accepts spans of different quotes that nest or overlap', () => {
    const article = structuredClone(valid);
    article.quotes.push({
      id: 'q3',
      speaker: 'lind',
      kind: 'direct',
      spans: { de: [{ paragraph: 'p1', start: 5, end: 10, exact: 'bauen' }] },
    } as never);
    expect(parseArticle(article).ok).toBe(true);
  });
});

describe('formatPath', () => {
  it.each([
    [['quotes', 3, 'spans', 'de', 0, 'exact'], 'quotes[3].spans.de[0].exact'],
    [[], '(article)'],
    [['title', 'pt-BR'], 'title.pt-BR'],
    [['a b'], '["a b"]'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
