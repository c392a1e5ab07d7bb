/**
 * Paragraphs of a plain text. A paragraph ends at a line break (one or more); its text is kept verbatim, only
 * the white space around it is left out, so that `input.slice(start, start + text.length) === text` always holds
 * and every offset inside a paragraph maps back to the input by adding `start`.
 */

/** One paragraph: its verbatim text and where it starts in the input (UTF-16 offset). */
export interface TextParagraph {
  /** Offset of the paragraph's first character in the input text. */
  start: number;
  /** The paragraph's text, without surrounding white space. */
  text: string;
}

/** Splits `input` into paragraphs at line breaks; blank lines are skipped. Linear in the length of the input. */
export function splitParagraphs(input: string): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  let lineStart = 0;
  const length = input.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? input.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13 && code !== 0x2028 && code !== 0x2029) continue;
    let start = lineStart;
    let end = i;
    while (start < end && isSpace(input.charCodeAt(start))) start++;
    while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, text: input.slice(start, end) });
    lineStart = i + 1;
  }
  return paragraphs;
}

/** White space that may surround a paragraph: ASCII blanks, no-break space, and the Unicode spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 11 ||
    code === 12 ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
