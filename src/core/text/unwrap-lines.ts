/**
 * Joins the lines of a hard-wrapped text again. Text copied from a PDF (a press release, an e-paper) or an e-mail,
 * or saved by an editor that wraps at 72 columns, has a line break every few words; the annotator reads every line
 * as a paragraph, so a sentence broken over two lines lost its quote's beginning or its speaker ("„Wir können nicht
 * 40 Millionen Euro" as one paragraph, "in ein Gebäude stecken …“, sagte …" as the next).
 */

/**
 * Longest line of a hard-wrapped text, in UTF-16 code units. Editors wrap at 72–80 columns and a PDF's column
 * holds up to about 100 characters; a longer line is a paragraph written on one line, and a text that has one is
 * left as it is (its line breaks are paragraph breaks, as the import page says).
 */
export const MAX_WRAP_WIDTH = 120;

/**
 * Share of the text's width a line, with the next line's first word, fills when it was broken because it was full.
 * Below it the line ended early: a headline, a byline, the end of a paragraph.
 */
export const FULL_LINE_SHARE = 0.85;

/** Fewer lines than this are not a wrapped text, whatever their length. */
const MIN_WRAPPED_LINES = 3;

/**
 * Words after a hyphen at a line's end that show a suspended compound ("Kinder- und Jugendhilfe"), whose hyphen
 * and space stay, rather than a word hyphenated over two lines ("Verhand-|lungen").
 */
export const SUSPENDED_HYPHEN_FOLLOWERS: ReadonlySet<string> = new Set([
  'und',
  'oder',
  'bis',
  'sowie',
  'als',
  'wie',
  'noch',
  'beziehungsweise',
  'bzw.',
]);

/** A line that ends a sentence (closing marks and brackets may follow its full stop). */
const SENTENCE_END = /[.!?…]["'“”„«»‘’‹›)\]]*$/u;
/** A line ending in a word broken at a hyphen (or at a soft hyphen, which a PDF's copy keeps). */
const HYPHEN_AT_END = /\p{L}[-\u00ad]$/u;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/**
 * `text` with the lines of each paragraph joined (by a space, or without the hyphen of a word broken over two
 * lines) where the text is hard-wrapped: its lines are all at most {@link MAX_WRAP_WIDTH} long, and a line is joined
 * to the next when it was full ({@link FULL_LINE_SHARE} of the longest line, with the next line's first word) and,
 * unless the text puts blank lines between its paragraphs, does not end a sentence. Blank lines and lines that end
 * early stay paragraph breaks. A text that is not wrapped is returned as it is (the same string).
 */
export function unwrapLines(text: string): string {
  const lines = text.split(LINE_BREAK).map((line) => line.trim());
  const filled = lines.filter((line) => line !== '');
  if (filled.length < MIN_WRAPPED_LINES) return text;
  const width = filled.reduce((longest, line) => Math.max(longest, line.length), 0);
  if (width > MAX_WRAP_WIDTH) return text;

  // Paragraphs apart by blank lines: a full line that ends a sentence is wrapped too (else it may end a paragraph).
  const blankLinesApart = lines.some((line, i) => line === '' && i > 0 && lines[i - 1] !== '');
  const paragraphs: string[] = [];
  let joined = false;
  let paragraph = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i] ?? '';
    const glue = joint(lines[i - 1] ?? '', next, width, blankLinesApart);
    if (glue === undefined) {
      paragraphs.push(paragraph);
      paragraph = next;
    } else {
      joined = true;
      paragraph = (glue.dropLast ? paragraph.slice(0, -1) : paragraph) + glue.space + next;
    }
  }
  paragraphs.push(paragraph);
  return joined ? paragraphs.join('\n') : text;
}

/**
 * How the physical line `line` joins the line after it, `next`: with a space, or directly (a word hyphenated
 * over the two, its hyphen dropped where the word goes on in lower case); `undefined` where a paragraph ends.
 */
function joint(
  line: string,
  next: string,
  width: number,
  blankLinesApart: boolean,
): { space: '' | ' '; dropLast: boolean } | undefined {
  if (line === '' || next === '' || (!blankLinesApart && SENTENCE_END.test(line))) return undefined;
  const firstWord = next.split(/\s/u, 1)[0] ?? '';
  if (line.length + 1 + firstWord.length < FULL_LINE_SHARE * width) return undefined;
  if (!HYPHEN_AT_END.test(line)) return { space: ' ', dropLast: false };
  if (line.endsWith('\u00ad')) return { space: '', dropLast: true };
  if (SUSPENDED_HYPHEN_FOLLOWERS.has(firstWord.toLowerCase())) return { space: ' ', dropLast: false };
  // "Verhand-|lungen" is one word; "GDL-|Chef" keeps its hyphen (a compound's second part is capitalised).
  return { space: '', dropLast: /^\p{Ll}/u.test(next) };
}

/**
 * Maps a half-open range of UTF-16 offsets into `unwrapped` ({@link unwrapLines}' result for `input`) to the same
 * stretch of `input`, for the quotes the command line reports in the text it was given. Found by walking both
 * strings rather than kept while joining: `unwrapLines` only trims lines, drops the hyphen or soft hyphen of a word
 * broken over two lines and puts one space or line break in place of the line breaks and spaces between lines,
 * so every other character of `unwrapped` is the next equal character of `input`. A range's end is the end of
 * its last character, so a quote ending at a line's end does not take the line break.
 */
export function rangeInInput(
  input: string,
  unwrapped: string,
): (range: readonly [number, number]) => [number, number] {
  if (input === unwrapped) return ([start, end]) => [start, end];
  const at = new Int32Array(unwrapped.length);
  let j = 0;
  for (let i = 0; i < unwrapped.length; i++, j++) {
    const char = unwrapped.charCodeAt(i);
    const space = isSpace(char);
    while (j < input.length && input.charCodeAt(j) !== char && !(space && isSpace(input.charCodeAt(j)))) j++;
    if (j === input.length) throw new Error('rangeInInput: the text is not unwrapLines() of the input');
    at[i] = j;
  }
  const offset = (i: number): number => (i < at.length ? (at[i] ?? 0) : input.length);
  return ([start, end]) => [offset(start), end > start ? offset(end - 1) + 1 : offset(start)];
}

/** Whitespace as `String.prototype.trim` has it, which `unwrapLines` trims lines by. */
function isSpace(char: number): boolean {
  return String.fromCharCode(char).trim() === '';
}
