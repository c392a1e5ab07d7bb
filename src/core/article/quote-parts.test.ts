import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryArticle } from '../../testing/article-arbitraries';
import { extendQuote } from './edits';
import { crossedQuotes, outdatedByResolving, withoutCrossedParts } from './quote-overlaps';
import { newlyOutdated, removeQuoteParts } from './quote-parts';
import type { Article, ArticleInput, Span } from './schema';
import { articleFrom, validArticle } from '../../testing/hand-made-article';
import { spanOf } from '../../testing/spans';

const DE = {
  p1: 'Die Stadt plant einen Hafen. „Wir bauen ihn aus“, sagte Eva Lind.',
  p2: '„Das ist teuer“, sagte Tom Berg, „und niemand fragt uns.“',
  p3: '„Alles wird gut.“',
};
const EN = {
  p1: 'The town plans a harbour. “We will build it,” said Eva Lind.',
  p2: '“That is expensive,” said Tom Berg, “and nobody asks us.”',
  p3: '“All will be well.”',
};
type Id = keyof typeof DE;

const span = (paragraph: Id, text: string, exact: string): Span => spanOf(paragraph, text, exact);
const de = (paragraph: Id, exact: string) => span(paragraph, DE[paragraph], exact);
const en = (paragraph: Id, exact: string) => span(paragraph, EN[paragraph], exact);

/**
 * A made-up article with a hand translation: a quote cut short (q1), a quote interrupted by its cue (q2), and a
 * quote of a whole paragraph's words without its quotation marks (q3).
 */
const article = (): Article =>
  validArticle(
    articleFrom({
      paragraphs: (Object.keys(DE) as Id[]).map((id) => ({ id, text: { de: DE[id], en: EN[id] } })),
      speakers: [
        { id: 'lind', name: 'Eva Lind' },
        { id: 'berg', name: 'Tom Berg' },
      ],
      quotes: [
        {
          id: 'q1',
          speaker: 'lind',
          kind: 'direct',
          spans: { de: [de('p1', '„Wir bauen ihn aus“')], en: [en('p1', '“We will build it,”')] },
        },
        {
          id: 'q2',
          speaker: 'berg',
          kind: 'direct',
          spans: {
            de: [de('p2', '„Das ist teuer“'), de('p2', '„und niemand fragt uns.“')],
            en: [en('p2', '“That is expensive,”'), en('p2', '“and nobody asks us.”')],
          },
        },
        {
          id: 'q3',
          speaker: 'lind',
          kind: 'direct',
          spans: { de: [de('p3', 'Alles wird gut')], en: [en('p3', 'All will be well')] },
        },
      ],
    }),
  );

const stretch = (paragraph: Id, words: string) => {
  const { start, end } = de(paragraph, words);
  return { language: 'de', paragraph, start, end };
};
const quote = (a: Article, id: string) => a.quotes.find((q) => q.id === id);
const outdated = (s: Span): Span => ({ ...s, outdated: true });

describe('extendQuote, with a translation', () => {
  it.each([
    [
      'over words before it: the translation’s span is out of date',
      'q1',
      stretch('p1', 'einen Hafen. „Wir'),
      [de('p1', 'einen Hafen. „Wir bauen ihn aus“')],
      [outdated(en('p1', '“We will build it,”'))],
    ],
    [
      'over its cue: both translation spans in the paragraph are out of date',
      'q2',
      stretch('p2', 'teuer“, sagte Tom'),
      [de('p2', '„Das ist teuer“, sagte Tom'), de('p2', '„und niemand fragt uns.“')],
      [outdated(en('p2', '“That is expensive,”')), outdated(en('p2', '“and nobody asks us.”'))],
    ],
    [
      'joining its two parts over the whole paragraph: the translation covers the whole translated paragraph',
      'q2',
      stretch('p2', 'teuer“, sagte Tom Berg, „und'),
      [de('p2', DE.p2)],
      [en('p2', EN.p2)],
    ],
    [
      'over the quotation marks of a whole paragraph: determined, the translation follows',
      'q3',
      stretch('p3', DE.p3),
      [de('p3', DE.p3)],
      [en('p3', EN.p3)],
    ],
  ])('%s', (_, id, over, expectedDe, expectedEn) => {
    const edited = extendQuote(article(), id, over);
    expect(quote(edited, id)?.spans).toEqual({ de: expectedDe, en: expectedEn });
    // Still a valid article: every span inside its text, matching it, the spans of one quote disjoint.
    validArticle(edited);
  });

  it('leaves the other quotes and the other paragraphs’ spans as they were', () => {
    const edited = extendQuote(article(), 'q1', stretch('p1', 'einen Hafen. „Wir'));
    expect(edited.quotes.filter((q) => q.id !== 'q1')).toEqual(article().quotes.slice(1));
  });

  it('is refused in a translation: quotes are changed in the original', () => {
    expect(() =>
      extendQuote(article(), 'q1', { language: 'en', paragraph: 'p1', start: 0, end: 10 }),
    ).toThrow(/original/);
  });
});

describe('removeQuoteParts', () => {
  it.each([
    [
      'the first part of an interrupted quote: the other stays, the translation’s out of date',
      'q2',
      [de('p2', '„Das ist teuer“')],
      {
        de: [de('p2', '„und niemand fragt uns.“')],
        en: [outdated(en('p2', '“That is expensive,”')), outdated(en('p2', '“and nobody asks us.”'))],
      },
    ],
    [
      'both parts: the quote is deleted',
      'q2',
      [de('p2', '„Das ist teuer“'), de('p2', '„und niemand fragt uns.“')],
      undefined,
    ],
    ['the only part: the quote is deleted', 'q1', [de('p1', '„Wir bauen ihn aus“')], undefined],
  ])('%s', (_, id, parts, expected) => {
    const edited = removeQuoteParts(article(), id, parts);
    expect(quote(edited, id)?.spans).toEqual(expected);
    validArticle(edited);
  });

  it('refuses a part the quote does not have', () => {
    expect(() => removeQuoteParts(article(), 'q1', [de('p1', 'einen Hafen')])).toThrow(/no such part/);
  });
});

describe('newlyOutdated', () => {
  it('names the languages a change left out of date, once', () => {
    const before = article();
    const once = extendQuote(before, 'q2', stretch('p2', 'teuer“, sagte Tom'));
    expect(newlyOutdated(before, once, 'q2')).toEqual(['en']);
    expect(newlyOutdated(once, once, 'q2')).toEqual([]);
    expect(newlyOutdated(before, extendQuote(before, 'q3', stretch('p3', DE.p3)), 'q3')).toEqual([]);
  });
});

describe('resolving a crossing', () => {
  it.each([
    [
      'the first part of an interrupted quote: replacing takes that part, the other stays',
      stretch('p2', 'teuer“, sagte Tom'),
      [['q2', ['„Das ist teuer“'], ['„und niemand fragt uns.“']]],
      { extend: ['en'], replace: ['en'] },
      [['q2', ['„und niemand fragt uns.“']]],
    ],
    [
      'both parts of it: replacing takes the whole quote, whose translation goes with it',
      stretch('p2', 'teuer“, sagte Tom Berg, „und'),
      [['q2', ['„Das ist teuer“', '„und niemand fragt uns.“'], []]],
      { extend: [], replace: [] },
      [],
    ],
    [
      'a quote of one part: replacing takes it whole',
      stretch('p1', 'einen Hafen. „Wir'),
      [['q1', ['„Wir bauen ihn aus“'], []]],
      { extend: ['en'], replace: [] },
      [],
    ],
  ] as const)('%s', (_, over, crossed, outdated, left) => {
    const words = (spans: readonly Span[]) => spans.map((s) => s.exact);
    expect(crossedQuotes(article(), over).map((c) => [c.quote.id, words(c.taken), words(c.kept)])).toEqual(
      crossed,
    );
    expect(outdatedByResolving(article(), over)).toEqual(outdated);
    const replaced = validArticle(withoutCrossedParts(article(), over));
    const ids = crossed.map(([id]) => id as string);
    expect(
      replaced.quotes.filter((q) => ids.includes(q.id)).map((q) => [q.id, words(q.spans['de'] ?? [])]),
    ).toEqual(left);
  });
});

/** `input` with an English translation: the same texts and the same spans (a translation word for word). */
function withMirror(input: ArticleInput): ArticleInput {
  return {
    ...input,
    languages: ['de', 'en'],
    paragraphs: input.paragraphs.map((p) => ({ ...p, text: { ...p.text, en: p.text['de'] ?? '' } })),
    quotes: input.quotes.map((q) => ({ ...q, spans: { ...q.spans, en: q.spans['de'] ?? [] } })),
  };
}

/** Offsets of every code point boundary of `text`: where a selection can begin or end. */
const codePointBoundaries = (text: string) => {
  const offsets = [0];
  for (const c of text) offsets.push((offsets.at(-1) ?? 0) + c.length);
  return offsets;
};

describe('extendQuote, for any valid translated article and any stretch reaching a quote', () => {
  it('keeps the article valid (spans inside their text, one quote’s spans never crossing) and no translation span silently wrong', () => {
    fc.assert(
      fc.property(arbitraryArticle, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (input, qi, si, a, b) => {
        const base = validArticle(withMirror(input));
        const target = base.quotes[qi % Math.max(1, base.quotes.length)];
        fc.pre(target !== undefined);
        const spans = target.spans['de'] ?? [];
        const reached = spans[si % spans.length] as Span;
        const text = base.paragraphs.find((p) => p.id === reached.paragraph)?.text['de'] ?? '';
        const offsets = codePointBoundaries(text);
        const [from, to] = [offsets[a % offsets.length] ?? 0, offsets[b % offsets.length] ?? 0].sort(
          (x, y) => x - y,
        ) as [number, number];
        fc.pre(from < reached.end && reached.start < to);

        const edited = validArticle(
          extendQuote(base, target.id, {
            language: 'de',
            paragraph: reached.paragraph,
            start: from,
            end: to,
          }),
        );
        const after = quote(edited, target.id);
        const wholeText = text.trim();
        for (const s of after?.spans['en'] ?? []) {
          if (s.paragraph !== reached.paragraph) {
            expect(spans).toContainEqual(s);
            continue;
          }
          // In the paragraph changed: out of date with its old words, or the whole translated paragraph.
          if (s.outdated) expect(target.spans['en']).toContainEqual({ ...s, outdated: undefined });
          else expect(s.exact).toBe(wholeText);
        }
        expect(edited.quotes.filter((q) => q.id !== target.id)).toEqual(
          base.quotes.filter((q) => q.id !== target.id),
        );
      }),
    );
  });
});
