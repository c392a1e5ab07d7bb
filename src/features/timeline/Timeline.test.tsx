// @vitest-environment happy-dom
/**
 * The axis's tooltips (`<title>`) in the interface's language, with an event label the article gives only in
 * another language marked as such, as the list below it marks it.
 */
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { articleFrom, validArticle } from '../../testing/hand-made-article';
import { spanOf } from '../../testing/spans';
import { Timeline } from './Timeline';
import { reactI18n } from '../../testing/react-i18n';

const text = 'Am 6. Dezember 2026 stimmt der Rat ab, am 7. Dezember 2026 die Kammer.';
/** Two events labelled in German alone, and one in English and German; the same-day stack has more than fits. */
const article = validArticle(
  articleFrom({
    text: { de: text, en: 'On 6 December 2026 the council votes, on 7 December 2026 the chamber.' },
    events: [
      {
        id: 'rat',
        date: '2026-12-06',
        label: { de: 'Der Rat stimmt ab' },
        dateSource: 'stated',
        mentions: { de: [spanOf('p1', text, 'Am 6. Dezember 2026')] },
      },
      ...['a', 'b', 'c', 'd'].map((id) => ({
        id: `kammer-${id}`,
        date: '2026-12-07',
        label: { de: `Die Kammer stimmt ab (${id})` },
        dateSource: 'stated' as const,
        mentions: { de: [spanOf('p1', text, 'am 7. Dezember 2026')] },
      })),
      {
        id: 'gipfel',
        date: '2025-06-24',
        label: { de: 'Der Gipfel beginnt', en: 'The summit begins' },
        dateSource: 'editorial',
        mentions: {},
      },
    ],
  }),
);

async function drawIn(language: string) {
  const i18n = await reactI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <div lang={language}>
        <Timeline article={article} state={{ mode: 'original' }} hrefWith={() => '?'} update={() => {}} />
      </div>
    </I18nextProvider>,
  );
}

const languageOf = (node: Node | null) =>
  (node instanceof Element ? node : node?.parentElement)?.closest('[lang]')?.getAttribute('lang');

/** Every stretch of text in the axis's tooltips, with the language it is marked with. */
function tooltipWords(container: HTMLElement) {
  return [...container.querySelectorAll('.timeline-axis title')].flatMap((title) => {
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    const words: { text: string; lang: string | null | undefined }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      words.push({ text: node.textContent ?? '', lang: languageOf(node) });
    }
    return words;
  });
}

describe('the timeline axis’s tooltips', () => {
  it('in the English interface, mark a label the article has only in German as German', async () => {
    const { container } = await drawIn('en');
    const words = tooltipWords(container);
    const germanOnly = article.events.filter((event) => !event.label.en);
    for (const event of germanOnly) {
      expect(words).toContainEqual({ text: event.label.de, lang: 'de' });
    }
    // Everything else is the interface's: the dates, the stack's note, the English label.
    const english = words.filter((word) => word.lang === 'en').map((word) => word.text);
    expect(english.join('')).toContain('December 6, 2026: ');
    expect(english.join('')).toContain('This dot stands for');
    expect(english.join('')).toContain('The summit begins');
    expect(words.filter((word) => word.lang !== 'en').map((word) => word.text)).toEqual(
      expect.arrayContaining(germanOnly.map((event) => event.label.de)),
    );
    expect(words.every((word) => word.lang === 'en' || word.lang === 'de')).toBe(true);
    expect(words.filter((word) => word.lang === 'de')).toHaveLength(germanOnly.length);
  });

  it('in the German interface, are German throughout, with nothing marked', async () => {
    const { container } = await drawIn('de');
    expect(container.querySelectorAll('.timeline-axis title [lang]')).toHaveLength(0);
    expect(tooltipWords(container).every((word) => word.lang === 'de')).toBe(true);
  });
});
