import { describe, expect, it } from 'vitest';
import valid from './__fixtures__/valid-minimal.json';
import {
  addQuote,
  addSpeaker,
  deleteQuote,
  extendQuote,
  nextId,
  setQuoteKind,
  setQuoteSpeaker,
} from './edits';
import { parseArticle } from './parse';
import type { Article } from './schema';

function base(): Article {
  const result = parseArticle(structuredClone(valid));
  if (!result.ok) throw new Error('fixture invalid');
  const article = result.article;
  article.quotes[0] = { ...article.quotes[0]!, needsReview: true, confidence: 0.4 };
  return article;
}

const stillValid = (article: Article) => {
  const result = parseArticle(article);
  expect(result.ok ? [] : result.problems).toEqual([]);
};

describe('article edits', () => {
  it('re-attributes a quote and clears its review flag', () => {
    const [withSpeaker, id] = addSpeaker(base(), '  Jan Ohm ');
    const edited = setQuoteSpeaker(withSpeaker, 'q1', id);
    expect(edited.quotes[0]).toMatchObject({ speaker: 'speaker1' });
    expect(edited.quotes[0]).not.toHaveProperty('needsReview');
    expect(edited.speakers.at(-1)).toEqual({ id: 'speaker1', name: 'Jan Ohm', kind: 'person' });
    stillValid(edited);
  });

  it('changes the kind, or removes attribution with null', () => {
    const edited = setQuoteSpeaker(setQuoteKind(base(), 'q1', 'reported'), 'q1', null);
    expect(edited.quotes[0]).toMatchObject({ kind: 'reported', speaker: null });
    stillValid(edited);
  });

  it('deletes a quote', () => {
    const edited = deleteQuote(base(), 'q1');
    expect(edited.quotes.map((q) => q.id)).toEqual(['q2']);
    stillValid(edited);
  });

  it('marks a stretch as a quote, trimming white space, nested inside another quote', () => {
    const [edited, id] = addQuote(base(), {
      language: 'de',
      paragraph: 'p2',
      start: 21,
      end: 34,
      speaker: 'lind',
      kind: 'direct',
    });
    expect(id).toBe('q3');
    expect(edited.quotes.at(-1)?.spans.de).toEqual([
      { paragraph: 'p2', start: 22, end: 34, exact: 'der Rat 2019' },
    ]);
    stillValid(edited);
  });

  it.each([
    ['an empty selection', { start: 3, end: 3 }],
    ['only white space', { start: 3, end: 4 }],
    ['an unknown paragraph', { paragraph: 'p9' }],
    ['an unknown speaker', { speaker: 'nobody' }],
  ])('refuses %s', (_name, change) => {
    const quote = {
      language: 'de',
      paragraph: 'p2',
      start: 0,
      end: 10,
      speaker: 'lind',
      kind: 'direct' as const,
      ...change,
    };
    expect(() => addQuote(base(), quote)).toThrow();
  });

  it('finds the next free id', () => {
    expect(nextId('q', ['q1', 'q2', 'q4'])).toBe('q3');
    expect(nextId('s', [])).toBe('s1');
  });
});

describe('extendQuote', () => {
  const P = '„Wir bauen den Hafen aus“, sagte Bürgermeisterin Eva Lind am Mittwoch.';
  const stretch = (words: string) => {
    const start = P.indexOf(words);
    return { language: 'de', paragraph: 'p1', start, end: start + words.length };
  };
  const deSpans = (article: Article, id: string) => article.quotes.find((q) => q.id === id)?.spans['de'];

  it('extends a quote over words crossing its end, as reviewed, keeping speaker and kind; its translation out of date', () => {
    const edited = extendQuote(base(), 'q1', stretch('aus“, sagte'));
    expect(deSpans(edited, 'q1')).toEqual([
      { paragraph: 'p1', start: 0, end: 32, exact: '„Wir bauen den Hafen aus“, sagte' },
    ]);
    expect(edited.quotes[0]).toMatchObject({ speaker: 'lind', kind: 'direct' });
    expect(edited.quotes[0]).not.toHaveProperty('needsReview');
    // The English span still anchors the old words, which are no longer the whole quote (see quote-parts.test.ts).
    expect(edited.quotes[0]?.spans['en']).toEqual(
      base().quotes[0]?.spans['en']?.map((span) => ({ ...span, outdated: true })),
    );
    stillValid(edited);
  });

  it('joins the spans of an interrupted quote that the extension reaches', () => {
    const interrupted = base();
    interrupted.quotes[0] = {
      ...interrupted.quotes[0]!,
      spans: {
        de: [
          { paragraph: 'p1', start: 0, end: 10, exact: P.slice(0, 10) },
          { paragraph: 'p1', start: 15, end: 25, exact: P.slice(15, 25) },
        ],
      },
    };
    const edited = extendQuote(interrupted, 'q1', stretch('bauen den Hafen'));
    expect(deSpans(edited, 'q1')).toEqual([{ paragraph: 'p1', start: 0, end: 25, exact: P.slice(0, 25) }]);
    stillValid(edited);
  });

  it('refuses a stretch the quote does not reach', () => {
    expect(() => extendQuote(base(), 'q1', stretch('Eva Lind'))).toThrow(/does not reach/);
  });
});
