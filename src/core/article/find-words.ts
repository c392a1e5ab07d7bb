/**
 * Finding words a person typed in an article's text: the keyboard's way to point at a stretch of text that a mouse
 * selects (marking a quote the annotator missed). What a person cannot be expected to type exactly does not count:
 * capitals, the kind of quotation mark or dash, and white space (a run of spaces or a line break is one space).
 */
import type { Article } from './schema';

/** A stretch of one paragraph: UTF-16 offsets into its text in the language searched, half-open. */
export interface FoundWords {
  paragraph: string;
  start: number;
  end: number;
}

/** Every quotation mark (and apostrophe) a German or English text uses, and the ones a keyboard types. */
const QUOTE_MARKS = new Set(['"', "'", '„', '“', '”', '‟', '‚', '‘', '’', '‛', '«', '»', '‹', '›', '`', '´']);
const DASHES = new Set(['-', '‐', '‑', '‒', '–', '—', '−']);

/** One character as compared: folded to lower case where that keeps it one UTF-16 unit. */
function fold(char: string): string {
  if (QUOTE_MARKS.has(char)) return '"';
  if (DASHES.has(char)) return '-';
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

const isSpace = (char: string) => /\s/u.test(char);

/**
 * `text` as compared, with the offset in `text` of each of its characters: white space runs become one space,
 * every other character stays one character.
 */
function comparable(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (isSpace(char)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else folded += fold(char);
    offsets.push(i);
  }
  return { folded, offsets };
}

/**
 * Where `words` stand in `text`: every occurrence (overlapping ones too), in order, as half-open UTF-16 offsets
 * into `text` from the first to the last character matched. Words that are only white space are found nowhere.
 */
export function findWordsInText(text: string, words: string): { start: number; end: number }[] {
  const needle = comparable(words.trim()).folded;
  if (needle === '') return [];
  const { folded, offsets } = comparable(text);
  const found: { start: number; end: number }[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    found.push({ start: offsets[at] ?? 0, end: (offsets[at + needle.length - 1] ?? 0) + 1 });
  }
  return found;
}

/** Where `words` stand in the paragraphs of `article` in `language`, paragraph by paragraph. */
export function findWords(article: Article, language: string, words: string): FoundWords[] {
  return article.paragraphs.flatMap((paragraph) => {
    const text = paragraph.text[language];
    if (text === undefined) return [];
    return findWordsInText(text, words).map((stretch) => ({ paragraph: paragraph.id, ...stretch }));
  });
}
