import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../testing/data-generators';
import { articleContentHash } from './content-hash';
import { withoutLanguage } from './language-layer';

describe('articleContentHash', () => {
  const article = generateArticle();

  it('is the same for the same content, and ignores translations', () => {
    expect(articleContentHash(structuredClone(article))).toBe(articleContentHash(article));
    expect(articleContentHash(article)).toMatch(/^[0-9a-f]{14}$/);
    const translation = article.languages.find((l) => l !== article.originalLanguage);
    if (translation)
      expect(articleContentHash(withoutLanguage(article, translation))).toBe(articleContentHash(article));
  });

  it('changes when the original text or a span in it changes', () => {
    const [first, ...rest] = article.paragraphs;
    const original = article.originalLanguage;
    const edited = {
      ...article,
      paragraphs: [
        { ...first!, text: { ...first!.text, [original]: `${first!.text[original]!}!` } },
        ...rest,
      ],
    };
    expect(articleContentHash(edited)).not.toBe(articleContentHash(article));
    const quote = article.quotes[0]!;
    const moved = {
      ...article,
      quotes: [
        { ...quote, spans: { [original]: quote.spans[original]!.map((s) => ({ ...s, end: s.end - 1 })) } },
      ],
    };
    expect(articleContentHash(moved)).not.toBe(articleContentHash(article));
  });
});
