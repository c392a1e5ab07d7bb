// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateArticle } from '../../testing/data-generators';
import { OTHERS_SHOWN_FIRST, OtherQuotes } from './OtherQuotes';
import { reactI18n } from '../../testing/react-i18n';

async function show(count: number, language = 'en') {
  const article = generateArticle({ languages: ['de', 'en'], speakers: 1, quotes: count, paragraphs: 8 });
  const i18n = await reactI18n(language);
  const onSelect = vi.fn();
  const view = (speaker: string) => (
    <I18nextProvider i18n={i18n}>
      <OtherQuotes
        speaker={speaker}
        others={article.quotes}
        original="de"
        hrefWith={(patch) => `?quote=${patch.quote ?? ''}`}
        onSelect={onSelect}
      />
    </I18nextProvider>
  );
  const { rerender } = render(view('s1'));
  return { others: article.quotes, onSelect, showSpeaker: (speaker: string) => rerender(view(speaker)) };
}

afterEach(() => cleanup());

describe('OtherQuotes', () => {
  it('lists a few quotes first; "Show all" lists the rest and moves the focus to the first of them', async () => {
    const { others, showSpeaker } = await show(12);
    expect(screen.getAllByRole('link')).toHaveLength(OTHERS_SHOWN_FIRST);
    const more = screen.getByRole('button', { name: 'Show all 12 quotes' });
    fireEvent.click(more);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(12);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(others.map((q) => `?quote=${q.id}`));
    expect(document.activeElement).toBe(links[OTHERS_SHOWN_FIRST]);
    expect(screen.queryByRole('button')).toBeNull();
    // Another speaker's quotes start short again.
    showSpeaker('s2');
    expect(screen.getAllByRole('link')).toHaveLength(OTHERS_SHOWN_FIRST);
  });

  it('selects a quote in place on a plain click; a click with a modifier key is left to the browser', async () => {
    const { others, onSelect } = await show(3);
    const [first, second] = screen.getAllByRole('link');
    expect(fireEvent.click(first!)).toBe(false);
    expect(onSelect).toHaveBeenCalledWith(others[0]!.id);
    onSelect.mockClear();
    expect(fireEvent.click(second!, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(second!, { button: 1 })).toBe(true);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('offers no button when every quote is listed, and says so when there is none', async () => {
    await show(OTHERS_SHOWN_FIRST);
    expect(screen.getAllByRole('link')).toHaveLength(OTHERS_SHOWN_FIRST);
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    await show(0, 'de');
    expect(screen.getByText('Keine weiteren Zitate in diesem Artikel.')).toBeTruthy();
  });

  it('says in German how many there are', async () => {
    await show(1200, 'de');
    expect(screen.getByRole('button', { name: 'Alle 1.200 Zitate zeigen' })).toBeTruthy();
  });
});
