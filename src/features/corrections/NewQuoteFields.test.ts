import { describe, expect, it } from 'vitest';
import valid from '../../core/article/__fixtures__/valid-minimal.json';
import { parseArticle } from '../../core/article/parse';
import type { Article } from '../../core/article/schema';
import { choiceAfter, choiceComplete, firstChoice, markQuote, NEW_SPEAKER } from './NewQuoteFields';

function article(): Article {
  const result = parseArticle(structuredClone(valid));
  if (!result.ok) throw new Error('fixture invalid');
  return result.article;
}

/** "Sie fügte hinzu" in the second paragraph: words no quote of the fixture holds. */
const ADDED = { language: 'de', paragraph: 'p2', start: 0, end: 15 };

describe('marking a quote for a speaker the annotator did not find', () => {
  it('adds the new speaker and gives them the quote', () => {
    const [next, quoteId] = markQuote(article(), ADDED, {
      speaker: NEW_SPEAKER,
      newName: ' Anna Roth ',
      kind: 'indirect',
    });
    const speaker = next.speakers.find((s) => s.name === 'Anna Roth');
    expect(speaker).toBeDefined();
    expect(next.quotes.find((q) => q.id === quoteId)).toMatchObject({
      speaker: speaker?.id,
      kind: 'indirect',
    });
    expect(parseArticle(next).ok).toBe(true);
  });

  it('is complete only with a name, and offers that speaker, not a second one, for the next quote', () => {
    expect(choiceComplete({ speaker: NEW_SPEAKER, newName: '  ', kind: 'direct' })).toBe(false);
    expect(choiceComplete({ speaker: NEW_SPEAKER, newName: 'Anna Roth', kind: 'direct' })).toBe(true);
    expect(choiceComplete({ speaker: '', kind: 'direct' })).toBe(true);

    const choice = { speaker: NEW_SPEAKER, newName: 'Anna Roth', kind: 'reported' as const };
    const [next, quoteId] = markQuote(article(), ADDED, choice);
    const after = choiceAfter(next, quoteId, choice);
    expect(after).toEqual({ speaker: next.speakers.at(-1)?.id, kind: 'reported' });
    expect(choiceAfter(next, quoteId, { speaker: 'lind', kind: 'direct' })).toEqual({
      speaker: 'lind',
      kind: 'direct',
    });
  });
});

describe('the kind of a quote marked by hand', () => {
  /** "„Wir bauen den Hafen aus“" in the first paragraph, quotation marks and all (a quote of the fixture). */
  const QUOTED = { language: 'de', paragraph: 'p1', start: 0, end: 25 };
  const kindOf = ([next, quoteId]: [Article, string]) => next.quotes.find((q) => q.id === quoteId)?.kind;

  it('follows the words until the person chooses one: direct in quotation marks, else indirect', () => {
    expect(kindOf(markQuote(article(), ADDED, firstChoice(article())))).toBe('indirect');
    expect(kindOf(markQuote(article(), QUOTED, firstChoice(article())))).toBe('direct');
  });

  it('is the one the person chose, whatever the words, and stays chosen for the next quote', () => {
    expect(kindOf(markQuote(article(), ADDED, { speaker: 'lind', kind: 'direct' }))).toBe('direct');
    expect(kindOf(markQuote(article(), QUOTED, { speaker: 'lind', kind: 'reported' }))).toBe('reported');
    const [next, quoteId] = markQuote(article(), ADDED, { speaker: 'lind' });
    expect(choiceAfter(next, quoteId, { speaker: NEW_SPEAKER, newName: 'Anna Roth' })).toEqual({
      speaker: 'lind',
    });
  });
});
