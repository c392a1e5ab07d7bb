import { describe, expect, it } from 'vitest';
import { alignParagraphs } from './alignment';

const article: { paragraphs: { id: string; text: Record<string, string> }[] } = {
  paragraphs: [
    { id: 'p1', text: { de: 'Eins.', en: 'One.' } },
    { id: 'p2', text: { de: 'Zwei.' } },
    { id: 'p3', text: { de: 'Drei.', en: 'Three.', fr: 'Trois.' } },
  ],
};

describe('alignParagraphs', () => {
  it('keeps rows aligned by paragraph when a translation lacks one', () => {
    expect(alignParagraphs(article, ['de', 'en'])).toEqual([
      { paragraph: 'p1', cells: ['Eins.', 'One.'] },
      { paragraph: 'p2', cells: ['Zwei.', undefined] },
      { paragraph: 'p3', cells: ['Drei.', 'Three.'] },
    ]);
  });

  it('leaves out rows with no text in any requested language', () => {
    expect(alignParagraphs(article, ['fr'])).toEqual([{ paragraph: 'p3', cells: ['Trois.'] }]);
  });

  it('follows the requested order of languages', () => {
    expect(alignParagraphs(article, ['en', 'de'])[0]).toEqual({ paragraph: 'p1', cells: ['One.', 'Eins.'] });
  });
});
