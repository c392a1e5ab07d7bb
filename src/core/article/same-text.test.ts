import { describe, expect, it } from 'vitest';
import { articleFrom } from '../../testing/hand-made-article';
import { articleTextKey, articleTextKeys, textKey } from './same-text';

describe('the same text', () => {
  it('is the same words in the same order, whatever the white space', () => {
    expect(textKey('  Der Hafen\n\nwird  größer.\r\n')).toBe('Der Hafen wird größer.');
    expect(textKey('Der Hafen wird größer.')).not.toBe(textKey('Der Hafen wird kleiner.'));
  });

  it('of an article is its original paragraphs joined', () => {
    const article = articleFrom({
      paragraphs: [
        { id: 'p1', text: { de: 'Der Hafen wird größer.', en: 'The port grows.' } },
        { id: 'p2', text: { de: 'Die Stadt zahlt.' } },
      ],
    });
    expect(articleTextKey(article)).toBe(textKey('Der Hafen wird größer.\n\nDie Stadt zahlt.\n'));
  });

  it('of an article is also its title and paragraphs: a headline the importer took as the title', () => {
    const article = articleFrom({
      title: { de: 'Hafen wächst', en: 'Port grows' },
      paragraphs: [{ id: 'p1', text: { de: 'Der Hafen wird größer.', en: 'The port grows.' } }],
    });
    expect(articleTextKeys(article)).toEqual([
      textKey('Der Hafen wird größer.'),
      textKey('Hafen wächst\n\nDer Hafen wird größer.'),
    ]);
  });
});
