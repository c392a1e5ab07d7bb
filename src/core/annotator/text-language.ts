/**
 * Changing the language of a text the importer made into an article, after the import: the same text, read again
 * as the importer would have read it in that language (German is annotated; any other language is kept
 * unannotated). What a reader decided in the article is counted first, so that it is never dropped unasked.
 */
import type { Article } from '../article/schema';
import type { AnnotateInput } from './annotate';
import { ANNOTATOR_TOOL } from './tool';

/** Whether the article is one the importer made from a text, so that it can be made again in another language. */
export function canChangeTextLanguage(article: Article): boolean {
  return article.annotation.method === 'automatic' && article.annotation.tool === ANNOTATOR_TOOL;
}

/** The text of the article in its original language: its paragraphs, one per line, as the importer split it. */
export function originalText(article: Article): string {
  const language = article.originalLanguage;
  return article.paragraphs.map((p) => p.text[language] ?? '').join('\n\n');
}

/**
 * What to give `annotate()` to make the article again with its text in `language`: the same text, title, date,
 * source and id. `annotate()` of it gives the article the importer would have made had the language been chosen.
 */
export function textLanguageInput(article: Article, language: string): AnnotateInput {
  const title = article.title[article.originalLanguage];
  return {
    text: originalText(article),
    ...(title === undefined ? {} : { title }),
    published: article.published,
    source: article.source,
    id: article.id,
    language,
  };
}

/**
 * What a reader decided in the article and a change of its language would drop: quotes and events that carry no
 * confidence (confirmed, corrected or marked by hand: the annotator gives a confidence to everything it finds, and
 * a correction removes it), and the translations (`languages` other than the original).
 *
 * A quote the reader deleted is not counted: a change of language removes the annotator's quotes anyway, or
 * (into German) starts from a text in which the annotator had marked nothing.
 */
export function readerDecisions(article: Article): {
  quotes: number;
  events: number;
  translations: string[];
} {
  return {
    quotes: article.quotes.filter((q) => q.confidence === undefined).length,
    events: article.events.filter((e) => e.confidence === undefined).length,
    translations: article.languages.filter((language) => language !== article.originalLanguage),
  };
}

/** Whether {@link readerDecisions} found anything a change of language would drop. */
export function hasReaderDecisions(article: Article): boolean {
  const decided = readerDecisions(article);
  return decided.quotes + decided.events + decided.translations.length > 0;
}
