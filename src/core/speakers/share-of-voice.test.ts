import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../article/schema';
import { generateArticle } from '../../testing/data-generators';
import { shareOfVoice, wordStarts } from './share-of-voice';
import { spanOf } from '../../testing/spans';

type Fixture = Pick<Article, 'originalLanguage' | 'paragraphs' | 'speakers' | 'quotes'>;

/** A span of `paragraph` covering the first occurrence of `exact` in its German text. */
function span(article: Fixture, paragraph: string, exact: string) {
  const text = article.paragraphs.find((p) => p.id === paragraph)?.text.de ?? '';
  return spanOf(paragraph, text, exact);
}

function article(paragraphs: string[], quotes: [string | null, Quote['kind'], string, string][]): Fixture {
  const base: Fixture = {
    originalLanguage: 'de',
    paragraphs: paragraphs.map((de, i) => ({ id: `p${i + 1}`, text: { de } })),
    speakers: [
      { id: 'a', name: 'A', kind: 'person' },
      { id: 'b', name: 'B', kind: 'person' },
      { id: 'c', name: 'C', kind: 'person' },
    ],
    quotes: [],
  };
  base.quotes = quotes.map(([speaker, kind, paragraph, exact], i) => ({
    id: `q${i + 1}`,
    speaker,
    kind,
    spans: { de: [span(base, paragraph, exact)] },
  }));
  return base;
}

const nested = article(
  ['A sagte, dass „alles gut“ werde. B widersprach: „Nichts ist gut.“'],
  [
    ['a', 'indirect', 'p1', 'dass „alles gut“ werde'],
    ['a', 'direct', 'p1', '„alles gut“'],
    ['b', 'direct', 'p1', '„Nichts ist gut.“'],
  ],
);
const crossSpeaker = article(
  ['Die Regierung betonte das „klare Nein“ der Partei.'],
  [
    ['a', 'reported', 'p1', 'das „klare Nein“ der Partei'],
    ['b', 'direct', 'p1', '„klare Nein“'],
  ],
);
const unattributed = article(
  ['Es hieß, man werde warten. C sagte: „Wir warten.“'],
  [
    [null, 'indirect', 'p1', 'man werde warten'],
    ['c', 'direct', 'p1', '„Wir warten.“'],
  ],
);
const twoParagraphs = article(
  ['„Eins zwei drei“, sagte A.', '„Vier“, sagte B.'],
  [
    ['a', 'direct', 'p1', '„Eins zwei drei“'],
    ['b', 'direct', 'p2', '„Vier“'],
  ],
);
const nothingQuoted = article(['Kein Zitat hier.'], []);

describe('shareOfVoice', () => {
  it.each([
    {
      name: 'nested quotes of one speaker count each word once',
      fixture: nested,
      total: 7,
      expected: { a: [2, 4], b: [1, 3], c: [0, 0] },
    },
    {
      name: 'a word quoted for two speakers counts for both but once in the total',
      fixture: crossSpeaker,
      total: 5,
      expected: { a: [1, 5], b: [1, 2], c: [0, 0] },
    },
    {
      name: 'unattributed quotes belong to nobody and are not in the total',
      fixture: unattributed,
      total: 2,
      expected: { a: [0, 0], b: [0, 0], c: [1, 2] },
    },
    {
      name: 'words of every paragraph add up; punctuation and quotation marks do not count',
      fixture: twoParagraphs,
      total: 4,
      expected: { a: [1, 3], b: [1, 1], c: [0, 0] },
    },
    {
      name: 'an article without quotes has no shares',
      fixture: nothingQuoted,
      total: 0,
      expected: { a: [0, 0], b: [0, 0], c: [0, 0] },
    },
  ])('$name', ({ fixture, total, expected }) => {
    const result = shareOfVoice(fixture);
    expect(result.totalWords).toBe(total);
    expect(Object.fromEntries(result.speakers.map((s) => [s.speaker, [s.quotes, s.words]]))).toEqual(
      expected,
    );
    for (const s of result.speakers) expect(s.share).toBeCloseTo(total === 0 ? 0 : s.words / total);
  });

  it("counts the quotes a speaker relays apart: the words are the quoted speaker's", () => {
    const relayed = article(
      ['Das Blatt C zitiert A mit den Worten: „Wir bleiben.“'],
      [['a', 'direct', 'p1', '„Wir bleiben.“']],
    );
    relayed.quotes[0]!.relayedBy = 'c';
    const shares = Object.fromEntries(shareOfVoice(relayed).speakers.map((s) => [s.speaker, s]));
    expect(shares.a).toMatchObject({ quotes: 1, relayed: 0, words: 2, share: 1 });
    expect(shares.c).toMatchObject({ quotes: 0, relayed: 1, words: 0, share: 0 });
  });

  it('lists speakers in the article order', () => {
    expect(shareOfVoice(nested).speakers.map((s) => s.speaker)).toEqual(['a', 'b', 'c']);
  });

  it('shares of a generated article stay between 0 and 1 and every speaker word is a quoted word', () => {
    const generated = generateArticle({
      languages: ['de', 'en', 'fr'],
      speakers: 6,
      quotes: 80,
      paragraphs: 40,
    });
    const result = shareOfVoice(generated);
    expect(result.totalWords).toBeGreaterThan(0);
    for (const s of result.speakers) {
      expect(s.share).toBeGreaterThanOrEqual(0);
      expect(s.share).toBeLessThanOrEqual(1);
      expect(s.words).toBeLessThanOrEqual(result.totalWords);
    }
    const quoted = generated.quotes.filter((q) => q.speaker !== null).length;
    expect(result.speakers.reduce((sum, s) => sum + s.quotes, 0)).toBe(quoted);
  });
});

describe('wordStarts', () => {
  it.each([
    ['„Wir bauen“, sagte sie.', 'de', [1, 5, 13, 19]],
    ['It’s 2025 — isn’t it?', 'en', [0, 5, 12, 18]],
    ['', 'de', []],
  ])('%j (%s)', (text, language, expected) => {
    expect(wordStarts(text, language)).toEqual(expected);
  });
});
