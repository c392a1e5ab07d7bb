import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse';
import { annotate } from './annotate';

/** Pieces of German news prose, quotation marks of every style, cue words, names, dates and line breaks. */
const PIECES = [
  '„',
  '“',
  '‚',
  '‘',
  '»',
  '«',
  '"',
  '”',
  '›',
  '‹',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '. ',
  ', ',
  ': ',
  '? ',
  '!',
  'sagte',
  'sagte er',
  'fügte hinzu',
  'so',
  'laut',
  'zufolge',
  'erklärte, dass',
  'wies zurück',
  'sei',
  'habe',
  'Anna Berger',
  'der Minister',
  'Berger',
  'sie',
  'die Regierung',
  'Ministerin Eva Lind',
  'am Donnerstag',
  'im September 2022',
  'im Jahr 2008',
  'am 3. März 2021',
  'Ende 2023',
  'gestern',
  'Dr.',
  'z. B.',
  'Nr. 5',
  'Wir bauen',
  'den Hafen',
  'nie',
  'aus',
  '😀',
  'ß',
  'Ä',
  '\u200b',
  '\t',
];

const germanish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 120 })
  .map((parts) => parts.join(''));

describe('annotate, for any text', () => {
  it('returns a valid article, or refuses as empty only a text without a letter or digit', () => {
    fc.assert(
      fc.property(germanish, fc.constantFrom(undefined, '2024-05-08', '2025-02-13'), (text, published) => {
        let article;
        try {
          article = annotate({ text, published });
        } catch (error) {
          expect(String(error)).toMatch(/empty/);
          expect(text).not.toMatch(/[\p{L}\p{N}]/u);
          return;
        }
        const result = parseArticle(article);
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['10,000 opening marks', '„'.repeat(10_000)],
    ['10,000 nested pairs', '„‚'.repeat(5_000) + '‘“'.repeat(5_000)],
    ['10,000 unbalanced mixed marks', '„»"‚«“'.repeat(1_700)],
    ['10,000 marks in one sentence with cues', '„Ja“, sagte er, '.repeat(1_000)],
  ])('finishes on pathological input: %s', (_name, text) => {
    const result = parseArticle(annotate({ text, published: '2025-02-13' }));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
