import { describe, expect, it } from 'vitest';
import { articleFrom, validArticle } from './hand-made-article';

describe('articleFrom', () => {
  it('makes a valid article of a text alone, in German', () => {
    const article = validArticle(articleFrom({ text: 'Der Rat tagt.' }));
    expect(article).toMatchObject({ originalLanguage: 'de', languages: ['de'] });
    expect(article.paragraphs).toEqual([{ id: 'p1', text: { de: 'Der Rat tagt.' } }]);
  });

  it('takes its languages from the first paragraph, the original first', () => {
    const input = articleFrom({ text: { fr: 'Le conseil siège.', en: 'The council meets.' } });
    expect(validArticle(input)).toMatchObject({ originalLanguage: 'fr', languages: ['fr', 'en'] });
  });

  it('keeps what the test states over the header it fills in', () => {
    const input = articleFrom({ id: 'hafen', title: { de: 'Hafen' }, text: 'Der Hafen.' });
    expect(validArticle(input)).toMatchObject({ id: 'hafen', title: { de: 'Hafen' } });
  });
});

describe('validArticle', () => {
  it('throws with the problems of an invalid article', () => {
    expect(() => validArticle(articleFrom({ paragraphs: [] }))).toThrow(/paragraphs/);
  });
});
