import { parseArticle } from '../core/article/parse';
import type { Article, ArticleInput, LocalizedText } from '../core/article/schema';

/**
 * What a test says of a hand-made article: its text and whatever else matters to it (quotes, speakers, an id
 * it looks for, a title it expects translated). `text` is the one paragraph `p1` of a short article, in the
 * original only (German unless `originalLanguage` says otherwise) or keyed by language; longer articles give
 * `paragraphs` as the format does.
 */
export type ArticleSketch = Partial<Omit<ArticleInput, 'paragraphs'>> &
  (
    | { text: string | LocalizedText; paragraphs?: never }
    | { paragraphs: ArticleInput['paragraphs']; text?: never }
  );

/**
 * A hand-made article for unit and end-to-end tests, as it would be imported (plain JSON, not parsed): the
 * sketch with the rest of the header filled in. Languages are those of the first paragraph, its first the
 * original; the title, date and source are valid values no test relies on; no speakers, quotes or events unless
 * given. Spans stay the test's own (see `spanOf` in `spans.ts`).
 */
export function articleFrom(sketch: ArticleSketch): ArticleInput {
  const { text, paragraphs: given, ...rest } = sketch;
  const paragraphs = given ?? [
    { id: 'p1', text: typeof text === 'string' ? { [rest.originalLanguage ?? 'de']: text } : text },
  ];
  const languages = rest.languages ?? Object.keys(paragraphs[0]?.text ?? { de: '' });
  return {
    schemaVersion: 2,
    id: 'hand-made',
    originalLanguage: languages[0] ?? 'de',
    languages,
    title: Object.fromEntries(languages.map((language) => [language, 'Hand-made article'])),
    published: '2026-12-01',
    source: { name: 'Testblatt', kind: 'newsroom' },
    speakers: [],
    quotes: [],
    events: [],
    ...rest,
    paragraphs,
  };
}

/** `input` parsed as the app parses an article; throws with the problems when it is not valid. */
export function validArticle(input: unknown): Article {
  const result = parseArticle(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
}
