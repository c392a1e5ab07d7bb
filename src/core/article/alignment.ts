/**
 * Paragraph alignment for side-by-side reading: one row per paragraph, one cell per language. Translations are
 * aligned by paragraph id, so a translation that lacks a paragraph leaves an empty cell rather than shifting
 * every later row.
 */
import type { Article } from './schema';

export interface AlignedRow {
  paragraph: string;
  /** The paragraph's text per requested language, `undefined` where that language has none. */
  cells: (string | undefined)[];
}

/** Rows for `languages` in the order given; rows where no requested language has text are left out. */
export function alignParagraphs(
  article: Pick<Article, 'paragraphs'>,
  languages: readonly string[],
): AlignedRow[] {
  const rows: AlignedRow[] = [];
  for (const paragraph of article.paragraphs) {
    const cells = languages.map((language) => paragraph.text[language]);
    if (cells.some((cell) => cell !== undefined)) rows.push({ paragraph: paragraph.id, cells });
  }
  return rows;
}
