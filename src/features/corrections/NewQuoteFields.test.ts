import { describe, expect, it } from 'vitest';
import valid from '../../core/article/__fixtures__/valid-minimal.json';
import { parseArticle } from '../../core/article/parse';
import type { Article } from '../../core/article/schema';
import { choiceAfter, choiceComplete, markQuote, NEW_SPEAKER } from './NewQuoteFields';

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
