// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../core/article/schema';
import { generateArticle } from '../../testing/data-generators';
import { QuoteDetails } from './QuoteDetails';
import { reactI18n } from '../../testing/react-i18n';

async function i18nFor(language: string) {
  const instance = await reactI18n(language);
  return instance;
}

async function show(article: Article, quote: Quote, language = 'en') {
  const i18n = await i18nFor(language);
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <QuoteDetails
          article={article}
          quote={quote}
          others={[]}
          hrefWith={(patch) => `?quote=${patch.quote ?? ''}`}
          onSelect={() => undefined}
          headingRef={createRef()}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

const base = generateArticle({ languages: ['fr', 'en'], speakers: 2, quotes: 6, paragraphs: 6, events: 2 });
const someQuote = base.quotes[0]!;

describe('QuoteDetails', () => {
  it("links to the speaker's page across the library, by their key", async () => {
    const speakers = base.speakers.map((s) =>
      s.id === someQuote.speaker ? { ...s, name: 'Jörg Müller' } : s,
    );
    await show({ ...base, speakers }, someQuote);
    const link = screen.getByRole('link', { name: 'All quotes by Jörg Müller in the library' });
    expect(link.getAttribute('href')).toBe('/speakers/joerg-mueller');
  });

  it('shows review state, confidence, place and event of an automatic annotation', async () => {
    const event = base.events[0]!;
    const quote: Quote = {
      ...someQuote,
      needsReview: true,
      confidence: 0.62,
      said: { date: '2022-09', event: event.id, place: { fr: 'Bruxelles' } },
    };
    await show(base, quote);
    expect(screen.getByText(/^Needs review/)).toBeTruthy();
    expect(screen.getByText('Confidence of the automatic annotation: 62%')).toBeTruthy();
    expect(screen.getByText('September 2022')).toBeTruthy();
    // The place exists only in the original language: shown with its language marked.
    expect(screen.getByText('Bruxelles').getAttribute('lang')).toBe('fr');
    expect(screen.getByText(event.label.en!)).toBeTruthy();
  });

  it('says so for an unattributed quote and offers no list of other quotes', async () => {
    await show(base, { ...someQuote, speaker: null, kind: 'freeIndirect' }, 'de');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Äußerung ohne Urheber');
    expect(screen.getByText(/: Gedanken oder Worte der Person/)).toBeTruthy();
    expect(screen.queryByText(/^Mehr von/)).toBeNull();
  });

  it.each([
    ['en', 'Quoted by Harbour Courier'],
    ['de', 'Zitiert nach Harbour Courier'],
  ])('names the medium that relays the quote (%s)', async (language, line) => {
    const medium = { id: 'courier', name: 'Harbour Courier', kind: 'collective' as const };
    const article = { ...base, speakers: [...base.speakers, medium] };
    await show(article, { ...someQuote, relayedBy: medium.id }, language);
    expect(screen.getByText(line)).toBeTruthy();
  });

  it('names no medium for a quote that is not relayed', async () => {
    await show(base, someQuote);
    expect(screen.queryByText(/^Quoted by/)).toBeNull();
  });

  it('explains indirect speech generally when the original is not German', async () => {
    await show(base, { ...someQuote, kind: 'indirect' });
    expect(screen.getByText(/: What the speaker said, retold by the author/)).toBeTruthy();
    expect(screen.queryByText(/Konjunktiv/)).toBeNull();
  });

  it('shows the quote in every language, the original first, each with its lang', async () => {
    await show(base, someQuote);
    const texts = [...document.querySelectorAll('.quote-panel__texts dd')];
    expect(texts.map((dd) => dd.getAttribute('lang'))).toEqual(['fr', 'en']);
    expect(texts[0]!.textContent).toBe(someQuote.spans.fr!.map((s) => s.exact).join(' … '));
  });

  it('marks a machine translation, and a quote it placed approximately', async () => {
    const machine: Article = {
      ...base,
      translations: { en: { method: 'machine', tool: 'Test translator' } },
    };
    const quote: Quote = {
      ...someQuote,
      spans: {
        ...someQuote.spans,
        en: someQuote.spans.en!.map((span) => ({ ...span, approximate: true as const })),
      },
    };
    await show(machine, quote);
    expect(screen.getByText('Machine translation (English)')).toBeTruthy();
    expect(screen.getByText(/^The machine translation did not use these exact words/)).toBeTruthy();
  });
});
