/**
 * Whether a text is one already imported: the same words in the same order, whatever the white space between them
 * (an article keeps a text's paragraphs verbatim, so its original-language paragraphs joined are the text, after
 * the headline the importer took as its title when the text had one).
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

/**
 * The {@link textKey}s a text that made `article` may have: its paragraphs ({@link articleTextKey}), and its
 * title followed by them (a pasted text's first line that the importer took as the title, `core/annotator/annotate`,
 * or a title typed above a text that started with it).
 */
export function articleTextKeys(
  article: Pick<Article, 'paragraphs' | 'originalLanguage'> & { title?: Partial<Article['title']> },
): string[] {
  const body = articleTextKey(article);
  const title = article.title?.[article.originalLanguage];
  return title === undefined ? [body] : [body, textKey(`${title} ${body}`)];
}
