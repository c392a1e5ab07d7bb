// @vitest-environment happy-dom
/**
 * Properties of the drawn text for any valid article (arbitrary text, nested and overlapping quotes and dates):
 * the highlights change nothing in the text, and every quote and date has one keyboard anchor per paragraph.
 */
import { act, render } from '@testing-library/react';
import fc from 'fast-check';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../core/article/parse';
import { planArticle } from '../../core/article/render-plan';
import type { Article } from '../../core/article/schema';
import { speakerSlots } from '../../core/speakers/colours';
import { formatPartialDateFor } from '../../core/dates/format';
import { arbitraryArticle } from '../../testing/article-arbitraries';
import { articleFrom, validArticle } from '../../testing/hand-made-article';
import { spanOf } from '../../testing/spans';
import { FormatLocaleContext } from '../../ui/use-format-locale';
import { ParagraphText, type MarkLabels } from './ParagraphText';

const labels: MarkLabels = {
  quote: (quote) => `Quote ${quote.id}`,
  event: (event) => `Date ${event.id}`,
  language: 'en',
  href: (mark) => `?mark=${mark.type === 'quote' ? mark.quote.id : mark.event.id}`,
};

function valid(input: unknown): Article {
  const result = parseArticle(input);
  if (!result.ok)
    throw new Error(`the arbitrary made an invalid article: ${JSON.stringify(result.problems)}`);
  return result.article;
}

/**
 * Draws every paragraph of the article's original as the reader does, each in a `<p data-paragraph lang>`, with
 * the marks named in `language` (the interface's).
 */
function draw(article: Article, language = labels.language) {
  const plan = planArticle(article, article.originalLanguage);
  const slots = speakerSlots(article.speakers);
  return render(
    <MemoryRouter>
      {article.paragraphs.map((paragraph) => (
        <p key={paragraph.id} data-paragraph={paragraph.id} lang={article.originalLanguage}>
          <ParagraphText
            segments={plan.get(paragraph.id) ?? []}
            language={article.originalLanguage}
            slots={slots}
            labels={{ ...labels, language }}
          />
        </p>
      ))}
    </MemoryRouter>,
  );
}

const languageOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang');

/**
 * The parts of a mark link's accessible name in the order a browser reads them, each in its language: the name
 * and the words drawn elsewhere are reader.css's generated content (`data-name` before the link's content,
 * `data-before` and `data-after` around its words), which a DOM without CSS does not name by.
 */
function spokenParts(anchor: Element): { text: string; lang: string | null | undefined }[] {
  const words = anchor.firstElementChild ?? anchor;
  const parts = [
    { text: anchor.getAttribute('data-name') ?? '', lang: languageOf(anchor) },
    { text: words.getAttribute('data-before') ?? '', lang: languageOf(words) },
    { text: words.textContent, lang: languageOf(words) },
    { text: words.getAttribute('data-after') ?? '', lang: languageOf(words) },
  ];
  return parts.filter((part) => part.text !== '');
}

/** A marker link (`mark-anchor--extra`) draws no words and is named by `aria-label`. */
const isMarker = (anchor: Element) => anchor.classList.contains('mark-anchor--extra');

const spokenName = (anchor: Element) =>
  isMarker(anchor)
    ? anchor.getAttribute('aria-label')
    : spokenParts(anchor)
        .map((part) => part.text)
        .join('');

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
              expect(names).toContain(spokenName(anchor));
            }
          }
        } finally {
          unmount();
        }
      }),
    );
  });

  it.each([
    ['an English interface', 'en'],
    ['a German interface', 'de'],
  ])(
    'in %s, names every anchor in the interface’s language and its words in the text’s, by aria-label only a marker',
    (_, language) => {
      fc.assert(
        fc.property(arbitraryArticle, (input) => {
          const article = valid(input);
          const { container, unmount } = draw(article, language);
          try {
            for (const anchor of container.querySelectorAll('a[data-anchor]')) {
              if (isMarker(anchor)) {
                // no words of its own: named as a whole, in the interface's language, by what checkers read
                expect(anchor.getAttribute('aria-label')).toMatch(/^(Quote|Date) .+: .+$/s);
                expect(languageOf(anchor)).toBe(language);
                continue;
              }
              expect(anchor.hasAttribute('aria-label')).toBe(false);
              const [name, ...words] = spokenParts(anchor);
              expect(name?.text).toMatch(/^(Quote|Date) .+: $/);
              expect(name?.lang).toBe(language);
              expect(words.length).toBeGreaterThan(0);
              for (const part of words) expect(part.lang).toBe(article.originalLanguage);
            }
          } finally {
            unmount();
          }
        }),
      );
    },
  );
});

describe('a date mention, when the app takes over the page and dates take the reader’s regional format', () => {
  const text = '„Wir stimmen am 6. Dezember 2026 ab“, sagte sie.';
  const article = validArticle(
    articleFrom({
      text,
      speakers: [{ id: 'lind', name: 'Eva Lind', kind: 'person' }],
      quotes: [
        {
          id: 'q1',
          speaker: 'lind',
          kind: 'direct',
          spans: { de: [spanOf('p1', text, '„Wir stimmen am 6. Dezember 2026 ab“')] },
        },
      ],
      events: [
        {
          id: 'e1',
          date: '2026-12-06',
          label: { de: 'Der Rat stimmt ab.' },
          dateSource: 'stated',
          mentions: { de: [spanOf('p1', text, 'am 6. Dezember 2026')] },
        },
      ],
    }),
  );
  const segments = planArticle(article, 'de').get('p1') ?? [];
  const slots = speakerSlots(article.speakers);

  it('is named with its date as the British reader reads it, and the paragraph is not drawn again', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    const quote = vi.fn((q: { id: string }) => `Quote ${q.id}`);
    const named: MarkLabels = {
      quote,
      event: (event, formats) => `Date: ${formatPartialDateFor(event.date, formats)}`,
      language: 'en',
      href: labels.href,
    };
    const draw = (regional: boolean) => (
      <FormatLocaleContext value={regional}>
        <ParagraphText segments={segments} language="de" slots={slots} labels={named} />
      </FormatLocaleContext>
    );
    // Hydrated as prerendered, in the interface language; then the app has taken over.
    const { container, rerender } = render(draw(false));
    const date = () => {
      const anchor = container.querySelector('a[data-anchor="e1"]');
      return anchor ? spokenName(anchor) : undefined;
    };
    expect(date()).toBe('Date: December 6, 2026: am 6. Dezember 2026');
    const quoteLabels = quote.mock.calls.length;
    act(() => rerender(draw(true)));
    expect(date()).toBe('Date: 6 December 2026: am 6. Dezember 2026');
    // The quote's label was not asked for again: the paragraph did not render, only its date link.
    expect(quote.mock.calls.length).toBe(quoteLabels);
    vi.restoreAllMocks();
  });
});
