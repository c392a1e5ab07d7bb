import { describe, expect, it } from 'vitest';
import { anchorArticle, findOccurrences } from './anchor';

/** A two-language draft whose only quote has the given German spans. */
function draftWith(spans: unknown[], extra: Record<string, unknown> = {}) {
  return {
    paragraphs: [
      { id: 'p1', text: { de: 'Er sagte, er komme. Er kam.', en: 'He said he would come. He came.' } },
      { id: 'p2', text: { de: '„Nein“, sagte er.' } },
    ],
    quotes: [
      { id: 'q1', speaker: 's', kind: 'direct', spans: { de: spans } as Record<string, unknown[]>, ...extra },
    ],
    events: [],
  };
}

const span = (exact: string, more: Record<string, unknown> = {}) => ({ paragraph: 'p1', exact, ...more });

describe('findOccurrences', () => {
  it.each([
    { name: 'no match', text: 'abc', exact: 'x', expected: [] },
    { name: 'one match', text: 'abc', exact: 'b', expected: [1] },
    { name: 'overlapping matches', text: 'aaa', exact: 'aa', expected: [0, 1] },
    { name: 'UTF-16 offsets after a non-BMP character', text: '😀 ja', exact: 'ja', expected: [3] },
    { name: 'empty needle', text: 'abc', exact: '', expected: [] },
  ])('$name', ({ text, exact, expected }) => {
    expect(findOccurrences(text, exact)).toEqual(expected);
  });
});

describe('anchorArticle: spans it anchors', () => {
  it.each([
    { name: 'unique text without offsets', input: span('komme'), expected: [13, 18] },
    { name: 'wrong offsets are corrected', input: span('komme', { start: 0, end: 5 }), expected: [13, 18] },
    { name: 'occurrence picks the nth match', input: span('Er', { occurrence: 2 }), expected: [20, 22] },
    {
      name: 'occurrence wins over offsets of another match',
      input: span('Er', { start: 0, end: 2, occurrence: 2 }),
      expected: [20, 22],
    },
    { name: 'correct offsets disambiguate', input: span('Er', { start: 20, end: 22 }), expected: [20, 22] },
    { name: 'case-sensitive', input: span('er'), expected: [10, 12] },
  ])('$name', ({ input, expected }) => {
    const result = anchorArticle(draftWith([input]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [start, end] = expected;
    expect(result.article).toMatchObject({
      quotes: [{ spans: { de: [{ paragraph: 'p1', start, end, exact: input.exact }] } }],
    });
  });

  it('writes spans as exactly { paragraph, start, end, exact }, without the hint', () => {
    const result = anchorArticle(draftWith([span('Er', { occurrence: 1, start: 9, end: 99 })]));
    expect(result).toEqual({
      ok: true,
      article: expect.objectContaining({
        quotes: [
          expect.objectContaining({ spans: { de: [{ paragraph: 'p1', start: 0, end: 2, exact: 'Er' }] } }),
        ],
      }) as unknown,
    });
  });

  it('anchors cues, speaker mentions and event mentions in their own language', () => {
    const draft = {
      ...draftWith([{ paragraph: 'p2', exact: '„Nein“' }], {
        cue: { de: [{ paragraph: 'p2', exact: 'sagte' }], en: [span('said')] },
        speakerMention: { en: [span('He', { occurrence: 2 })] },
      }),
      events: [{ id: 'e', mentions: { en: [span('came')] } }],
    };
    const result = anchorArticle(draft);
    expect(result).toMatchObject({
      ok: true,
      article: {
        quotes: [
          {
            spans: { de: [{ paragraph: 'p2', start: 0, end: 6 }] },
            cue: { de: [{ paragraph: 'p2', start: 8, end: 13 }], en: [{ start: 3, end: 7 }] },
            speakerMention: { en: [{ start: 23, end: 25 }] },
          },
        ],
        events: [{ mentions: { en: [{ start: 26, end: 30 }] } }],
      },
    });
  });

  it('does not change its input', () => {
    const draft = draftWith([span('komme', { occurrence: 1 })]);
    const before = JSON.stringify(draft);
    anchorArticle(draft);
    expect(JSON.stringify(draft)).toBe(before);
  });
});

describe('anchorArticle: spans it refuses, with path and reason', () => {
  it.each([
    { name: 'text not in the paragraph', input: span('ging'), message: /does not occur in paragraph p1/ },
    { name: 'ambiguous without a hint', input: span('Er'), message: /ambiguous.*at 0, 20.*occurrence/ },
    { name: 'hint past the last match', input: span('Er', { occurrence: 3 }), message: /occurs 2 time/ },
    { name: 'hint that is not a count', input: span('Er', { occurrence: 0 }), message: /whole number/ },
    { name: 'missing exact', input: { paragraph: 'p1' }, message: /missing "exact"/ },
    {
      name: 'unknown paragraph',
      input: { paragraph: 'p9', exact: 'x' },
      message: /paragraph p9 is not defined/,
    },
    {
      name: 'paragraph without that language',
      input: { paragraph: 'p2', exact: 'x' },
      message: /p2 has no text/,
      language: 'en',
    },
  ])('$name', ({ input, message, language = 'de' }) => {
    const draft = draftWith([]);
    const quote = draft.quotes[0];
    if (quote) quote.spans = { [language]: [span('e', { occurrence: 1 }), input] };
    const result = anchorArticle(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.path).toBe(`quotes[0].spans.${language}[1]`);
    expect(result.problems[0]?.message).toMatch(message);
  });

  it('reports every bad span, not just the first', () => {
    const result = anchorArticle(draftWith([span('x'), span('y')], { cue: { de: [span('z')] } }));
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([
      'quotes[0].spans.de[0]',
      'quotes[0].spans.de[1]',
      'quotes[0].cue.de[0]',
    ]);
  });

  it('refuses a draft that is not an object', () => {
    expect(anchorArticle([])).toEqual({
      ok: false,
      problems: [{ path: '(article)', message: 'expected an object' }],
    });
  });
});
