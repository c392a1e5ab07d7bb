/**
 * Whether a text is one already imported: the same words in the same order, whatever the white space between them
 * (an article keeps a text's paragraphs verbatim, so its original-language paragraphs joined are the text).
 */
import type { Article } from './schema';

/** `text` with every run of white space one space, trimmed: what two copies of a text share. */
export function textKey(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The {@link textKey} of `article`'s text in its original language. */
export function articleTextKey(article: Pick<Article, 'paragraphs' | 'originalLanguage'>): string {
  return textKey(article.paragraphs.map((p) => p.text[article.originalLanguage] ?? '').join(' '));
}
