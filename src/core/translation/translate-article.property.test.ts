/** Properties of the span projection for any valid article: see `src/testing/article-arbitraries.ts`. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryArticle } from '../../testing/article-arbitraries';
import { fakeTranslator } from '../../testing/fake-translator';
import { parseArticle } from '../article/parse';
import { withLanguageLayer } from './language-layer';
import { translateArticle } from './translate-article';
import type { MachineTranslator } from './translator';

/** A translator that turns every text's words around, so that partial quotes are seldom found. */
const reverser: MachineTranslator = {
  ...fakeTranslator(),
  translate: (texts) => Promise.resolve(texts.map((text) => text.split(' ').reverse().join(' '))),
};

describe('translateArticle, for any valid article', () => {
  for (const [name, translator] of [
    ['word list', fakeTranslator()],
    ['word reverser', reverser],
  ] as const) {
    it(`gives a valid article with every span carried across (${name})`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryArticle, async (input) => {
          const parsed = parseArticle(input);
          if (!parsed.ok) throw new Error('the arbitrary made an invalid article');
          const source = parsed.article;
          const layer = await translateArticle(source, 'en', translator, {
            signal: new AbortController().signal,
          });
          const merged = withLanguageLayer(source, layer);
          expect(merged.ok ? [] : merged.problems).toEqual([]);
          if (!merged.ok) return;
          for (const quote of merged.article.quotes) expect(quote.spans.en?.length ?? 0).toBeGreaterThan(0);
          for (const event of merged.article.events)
            expect(event.mentions.en?.length ?? 0).toBe(event.mentions.de?.length ?? 0);
        }),
        { numRuns: 80 },
      );
    }, 30_000);
  }
});
