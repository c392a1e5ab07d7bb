import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../testing/data-generators';
import { addQuote, addSpeaker, deleteQuote, setQuoteKind, setQuoteSpeaker } from './edits';
import { parseArticle } from './parse';
import { canonicalJson, rebaseArticle, sameContent } from './rebase';
import type { Article } from './schema';

const isValid = (article: Article) => parseArticle(article).ok;
const base = generateArticle({ id: 'rebase', quotes: 6, speakers: 3 });
const [first, second, third] = base.quotes.map((q) => q.id) as [string, string, string];
const otherSpeaker = (quoteId: string) =>
  base.speakers.find((s) => s.id !== base.quotes.find((q) => q.id === quoteId)?.speaker)?.id ?? null;

function merged(mine: Article, theirs: Article): Article {
  const result = rebaseArticle(base, mine, theirs, isValid);
  if (!result.ok) throw new Error(`conflicts: ${result.conflicts.join(', ')}`);
  return result.article;
}

describe('rebaseArticle', () => {
  it('keeps both sides when they changed different quotes', () => {
    const mine = setQuoteKind(base, first, 'reported');
    const theirs = setQuoteSpeaker(base, second, otherSpeaker(second));
    const result = merged(mine, theirs);
    expect(result.quotes.find((q) => q.id === first)?.kind).toBe('reported');
    expect(result.quotes.find((q) => q.id === second)?.speaker).toBe(otherSpeaker(second));
    expect(result.quotes.map((q) => q.id)).toEqual(base.quotes.map((q) => q.id));
  });

  it('keeps a deletion on the other side and a new speaker and quote on this one', () => {
    const [withSpeaker, speakerId] = addSpeaker(base, 'Neue Sprecherin');
    const paragraph = base.paragraphs[0]!;
    const [mine, quoteId] = addQuote(withSpeaker, {
      language: base.originalLanguage,
      paragraph: paragraph.id,
      start: 0,
      end: 5,
      speaker: speakerId,
      kind: 'reported',
    });
    const theirs = deleteQuote(base, third);
    const result = merged(mine, theirs);
    expect(result.quotes.some((q) => q.id === third)).toBe(false);
    expect(result.quotes.find((q) => q.id === quoteId)?.speaker).toBe(speakerId);
    expect(result.speakers.map((s) => s.name)).toContain('Neue Sprecherin');
  });

  it('accepts the same change made on both sides', () => {
    const mine = setQuoteKind(base, first, 'reported');
    expect(merged(mine, setQuoteKind(base, first, 'reported'))).toEqual(mine);
  });

  it('reports a quote both sides changed differently, and takes nothing from either', () => {
    const result = rebaseArticle(
      base,
      setQuoteKind(base, first, 'reported'),
      setQuoteKind(base, first, 'freeIndirect'),
      isValid,
    );
    expect(result).toEqual({ ok: false, conflicts: [`quotes/${first}`] });
  });

  it('reports a change to a quote the other side deleted', () => {
    const result = rebaseArticle(
      base,
      setQuoteKind(base, first, 'reported'),
      deleteQuote(base, first),
      isValid,
    );
    expect(result).toEqual({ ok: false, conflicts: [`quotes/${first}`] });
  });

  it('reports a merge that would not be a valid article', () => {
    const [withSpeaker, speakerId] = addSpeaker(base, 'Gast');
    const theirs = setQuoteSpeaker(withSpeaker, first, speakerId);
    const mine = { ...base, speakers: base.speakers.slice(0, 1), quotes: [] };
    // Mine removes every quote and most speakers; theirs attributes a quote to a new speaker: the quote is gone
    // on this side, changed on the other.
    const result = rebaseArticle(base, mine, theirs, isValid);
    expect(result.ok).toBe(false);
  });

  it('compares content whatever the order of keys and undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: undefined } })).toBe('{"a":{"d":2},"b":1}');
    expect(sameContent({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
  });
});
