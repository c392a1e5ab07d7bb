/** Properties of the render plan for any valid article: see `src/testing/article-arbitraries.ts`. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryArticle } from '../../testing/article-arbitraries';
import { parseArticle } from './parse';
import { planArticle } from './render-plan';
import type { Article } from './schema';

function valid(input: unknown): Article {
  const result = parseArticle(input);
  if (!result.ok)
    throw new Error(`the arbitrary made an invalid article: ${JSON.stringify(result.problems)}`);
  return result.article;
}

/** The offsets `[start, end)` of `ranges`, as a sorted list of single offsets. */
const covered = (ranges: readonly { start: number; end: number }[]) =>
  [...new Set(ranges.flatMap((r) => Array.from({ length: r.end - r.start }, (_, i) => r.start + i)))].sort(
    (a, b) => a - b,
  );

describe('planArticle, for any valid article', () => {
  it('cuts each paragraph into segments that give back its text exactly', () => {
    fc.assert(
      fc.property(arbitraryArticle, (input) => {
        const article = valid(input);
        const plan = planArticle(article, 'de');
        for (const paragraph of article.paragraphs) {
          const segments = plan.get(paragraph.id) ?? [];
          expect(segments.map((s) => s.text).join('')).toBe(paragraph.text.de);
          expect(segments.every((s) => s.text.length > 0 && s.text.length === s.end - s.start)).toBe(true);
        }
      }),
    );
  });

  it('gives every quote and event exactly one anchor per paragraph it appears in', () => {
    fc.assert(
      fc.property(arbitraryArticle, (input) => {
        const article = valid(input);
        const plan = planArticle(article, 'de');
        const anchors: string[] = [];
        for (const [paragraph, segments] of plan) {
          for (const { anchor, extraAnchors = [] } of segments) {
            for (const mark of anchor ? [anchor, ...extraAnchors] : extraAnchors) {
              anchors.push(`${paragraph}:${mark.type === 'quote' ? mark.quote.id : mark.event.id}`);
            }
          }
        }
        const expected = new Set([
          ...article.quotes.flatMap((q) => (q.spans.de ?? []).map((s) => `${s.paragraph}:${q.id}`)),
          ...article.events.flatMap((e) => (e.mentions.de ?? []).map((s) => `${s.paragraph}:${e.id}`)),
        ]);
        expect(anchors.sort()).toEqual([...expected].sort());
      }),
    );
  });

  it('marks exactly the text of each quote with its id, however quotes nest and overlap', () => {
    fc.assert(
      fc.property(arbitraryArticle, (input) => {
        const article = valid(input);
        const plan = planArticle(article, 'de');
        for (const quote of article.quotes) {
          for (const paragraph of article.paragraphs) {
            const spans = (quote.spans.de ?? []).filter((s) => s.paragraph === paragraph.id);
            const marked = (plan.get(paragraph.id) ?? []).filter((s) => s.quoteIds.includes(quote.id));
            expect(covered(marked)).toEqual(covered(spans));
          }
        }
      }),
    );
  });
});
