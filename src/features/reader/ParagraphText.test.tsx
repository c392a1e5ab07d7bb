// @vitest-environment happy-dom
/**
 * Properties of the drawn text for any valid article (arbitrary text, nested and overlapping quotes and dates):
 * the highlights change nothing in the text, and every quote and date has one keyboard anchor per paragraph.
 */
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../core/article/parse';
import { planArticle } from '../../core/article/render-plan';
import type { Article } from '../../core/article/schema';
import { speakerSlots } from '../../core/speakers/colours';
import { arbitraryArticle } from '../../testing/article-arbitraries';
import { ParagraphText, type MarkLabels } from './ParagraphText';

const labels: MarkLabels = {
  quote: (quote) => `Quote ${quote.id}`,
  event: (event) => `Date ${event.id}`,
  href: (mark) => `?mark=${mark.type === 'quote' ? mark.quote.id : mark.event.id}`,
};

function valid(input: unknown): Article {
  const result = parseArticle(input);
  if (!result.ok)
    throw new Error(`the arbitrary made an invalid article: ${JSON.stringify(result.problems)}`);
  return result.article;
}

/** Draws every paragraph of the article's original as the reader does, each in a `<p data-paragraph>`. */
function draw(article: Article) {
  const plan = planArticle(article, article.originalLanguage);
  const slots = speakerSlots(article.speakers);
  return render(
    <MemoryRouter>
      {article.paragraphs.map((paragraph) => (
        <p key={paragraph.id} data-paragraph={paragraph.id}>
          <ParagraphText segments={plan.get(paragraph.id) ?? []} slots={slots} labels={labels} />
        </p>
      ))}
    </MemoryRouter>,
  );
}

describe('ParagraphText, for any valid article', () => {
  it('draws exactly the original text of every paragraph once highlights are stripped', () => {
    fc.assert(
      fc.property(arbitraryArticle, (input) => {
        const article = valid(input);
        const { container, unmount } = draw(article);
        try {
          for (const paragraph of article.paragraphs) {
            const element = container.querySelector(`[data-paragraph="${paragraph.id}"]`);
            expect(element?.textContent).toBe(paragraph.text[article.originalLanguage]);
          }
        } finally {
          unmount();
        }
      }),
    );
  });

  it('gives every quote and date one anchor per paragraph it appears in, and never nests anchors', () => {
    fc.assert(
      fc.property(arbitraryArticle, (input) => {
        const article = valid(input);
        const { container, unmount } = draw(article);
        try {
          expect(container.querySelectorAll('a a')).toHaveLength(0);
          for (const paragraph of article.paragraphs) {
            const element = container.querySelector(`[data-paragraph="${paragraph.id}"]`);
            const anchors = [...(element?.querySelectorAll('a[data-anchor]') ?? [])].map(
              (a) => a.getAttribute('data-anchor') ?? '',
            );
            const marks = [
              ...article.quotes.filter((q) => q.spans.de?.some((s) => s.paragraph === paragraph.id)),
              ...article.events.filter((e) => e.mentions.de?.some((s) => s.paragraph === paragraph.id)),
            ].map((mark) => mark.id);
            expect(anchors.sort()).toEqual(marks.sort());
          }
        } finally {
          unmount();
        }
      }),
    );
  });

  it('names every anchor by all the words of its span, not the stretch up to a date or quote inside it', () => {
    fc.assert(
      fc.property(arbitraryArticle, (input) => {
        const article = valid(input);
        const { container, unmount } = draw(article);
        try {
          for (const paragraph of article.paragraphs) {
            const element = container.querySelector(`[data-paragraph="${paragraph.id}"]`);
            for (const anchor of element?.querySelectorAll('a[data-anchor]') ?? []) {
              const id = anchor.getAttribute('data-anchor') ?? '';
              const quote = article.quotes.find((q) => q.id === id);
              const spans = quote ? quote.spans.de : article.events.find((e) => e.id === id)?.mentions.de;
              const names = (spans ?? [])
                .filter((span) => span.paragraph === paragraph.id)
                .map((span) => `${quote ? 'Quote' : 'Date'} ${id}: ${span.exact}`);
              expect(names).toContain(anchor.getAttribute('aria-label'));
            }
          }
        } finally {
          unmount();
        }
      }),
    );
  });
});
