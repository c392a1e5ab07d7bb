/**
 * Pairs of quotation marks, found by a scanner that reads each character once and keeps a small stack of open
 * marks, so that 10,000 unbalanced or nested marks cost no more than 10,000 letters. German („…“ ‚…‘ »…«),
 * Swiss and French («…» ‹…›), English (“…” ‘…’) and straight ("…") styles are recognised; the stack is bounded
 * and an unmatched closing mark is ignored.
 */
import type { TextParagraph } from './paragraphs';

/** One stretch of a quoted passage inside a paragraph: half-open UTF-16 offsets, marks included. */
export interface QuotedPart {
  paragraph: number;
  start: number;
  end: number;
}

/** An outermost quoted passage: one part, or one per paragraph when it runs across paragraphs. */
export interface QuotedPassage {
  parts: QuotedPart[];
  /** False when the passage had no closing mark and was cut at the end of its paragraph. */
  closed: boolean;
}

interface OpenMark {
  at: number;
  /** Closing marks that end this one. */
  closers: string;
}

const MAX_DEPTH = 4;

/** What a character opens, if it can open a quotation: the closing marks that end it. */
function openerFor(text: string, i: number, stack: readonly OpenMark[]): string | undefined {
  const ch = text[i] as string;
  const before = i > 0 ? (text[i - 1] as string) : ' ';
  const after = i + 1 < text.length ? (text[i + 1] as string) : ' ';
  const atWordStart = /[\s([{\-–—/„“"'‚»«:]/.test(before) && !/\s/.test(after);
  switch (ch) {
    case '„':
      return '“”"';
    case '»':
      return '«';
    case '«':
      return '»';
    case '‹':
      return '›';
    case '›':
      return '‹';
    case '“':
      return atWordStart ? '”“' : undefined;
    case '”':
      return atWordStart ? '”' : undefined;
    case '"':
      return atWordStart ? '"' : undefined;
    case '‚':
      return atWordStart && /[\p{L}\d]/u.test(after) ? '‘’' : undefined;
    case '‘':
      return atWordStart && /[\p{L}\d]/u.test(after) && stack.length > 0 ? '’' : undefined;
    default:
      return undefined;
  }
}

const QUOTE_CODES = new Set(Array.from('„“”"»«‹›‚‘’', (ch) => ch.charCodeAt(0)));

/** Whether a UTF-16 code unit is a quotation mark. Every mark but '"' is U+00AB or above, so one comparison rules out ASCII. */
function isQuoteCode(code: number): boolean {
  return code === 34 || (code > 0xaa && QUOTE_CODES.has(code));
}

function isQuoteChar(ch: string): boolean {
  return isQuoteCode(ch.charCodeAt(0));
}

/**
 * Finds the outermost quoted passages of a text's paragraphs. A passage left open at the end of a paragraph
 * continues into the next paragraph when that one opens with a quotation mark (the German convention for a
 * quotation over several paragraphs); otherwise it is cut at the paragraph's end and marked not `closed`.
 */
export function findQuotedPassages(paragraphs: readonly TextParagraph[]): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let carried: QuotedPart[] | undefined;
  let carriedClosers = '';
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    const stack: OpenMark[] = [];
    let continuing: QuotedPart[] | undefined;
    if (carried && (isQuoteChar(text[0] ?? '') || closedAhead(paragraphs, index, carriedClosers))) {
      continuing = carried;
      stack.push({ at: 0, closers: isQuoteChar(text[0] ?? '') ? '“”"«»’‘' : carriedClosers });
    } else if (carried) {
      const last = carried[carried.length - 1];
      if (last) passages.push({ parts: carried, closed: false });
    }
    carried = undefined;
    for (let i = continuing ? 1 : 0; i < text.length; i++) {
      if (!isQuoteCode(text.charCodeAt(i))) continue;
      const ch = text[i] as string;
      const depth = closingDepth(stack, ch, text, i);
      if (depth !== undefined) {
        const open = stack[depth] as OpenMark;
        stack.length = depth;
        if (depth === 0) {
          const part = { paragraph: index, start: open.at, end: i + 1 };
          passages.push({ parts: [...(continuing ?? []), part], closed: true });
          continuing = undefined;
        }
        continue;
      }
      const closers = openerFor(text, i, stack);
      if (closers !== undefined && stack.length < MAX_DEPTH) stack.push({ at: i, closers });
    }
    const bottom = stack[0];
    if (bottom) {
      carried = [...(continuing ?? []), { paragraph: index, start: bottom.at, end: text.length }];
      carriedClosers = bottom.closers;
    }
  });
  if (carried) passages.push({ parts: carried, closed: false });
  return passages;
}

/** How many paragraphs ahead a quotation left open may find its closing mark without opening marks between. */
const MAX_AHEAD = 3;

/**
 * Whether a quotation left open at the end of the paragraph before `index` closes in one of the next few
 * paragraphs although they do not open with a quotation mark: a quoted law text or speech set as several
 * paragraphs with only one pair of marks. Each paragraph is scanned at most {@link MAX_AHEAD} times.
 */
function closedAhead(paragraphs: readonly TextParagraph[], index: number, closers: string): boolean {
  const end = Math.min(paragraphs.length, index + MAX_AHEAD);
  for (let k = index; k < end; k++) {
    const text = (paragraphs[k] as TextParagraph).text;
    if (k > index && isQuoteChar(text[0] ?? '')) return false;
    if (closesOutside(text, closers)) return true;
  }
  return false;
}

/**
 * Whether a paragraph has a closing mark among `closers` outside any quotation of its own, attached to the word
 * before it or ending the paragraph. Straight marks never count: they open as well as close.
 */
function closesOutside(text: string, closers: string): boolean {
  const stack: OpenMark[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!QUOTE_CODES.has(text.charCodeAt(i))) continue;
    const ch = text[i] as string;
    const depth = closingDepth(stack, ch, text, i);
    if (depth !== undefined) {
      stack.length = depth;
      continue;
    }
    if (stack.length === 0 && ch !== '"' && closers.includes(ch)) {
      if (i === text.length - 1 || !/\s/.test(text[i - 1] ?? ' ')) return true;
    }
    const opens = openerFor(text, i, stack);
    if (opens !== undefined && stack.length < MAX_DEPTH) stack.push({ at: i, closers: opens });
  }
  return false;
}

/** The depth of the open mark that `ch` at `i` closes, searching the bounded stack from the top. */
function closingDepth(stack: readonly OpenMark[], ch: string, text: string, i: number): number | undefined {
  if (ch === '’' && /[\p{L}]/u.test(text[i + 1] ?? '')) return undefined;
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const open = stack[depth] as OpenMark;
    if (open.closers.includes(ch)) {
      if (ch === '"' && i === open.at) return undefined;
      return depth;
    }
  }
  return undefined;
}
