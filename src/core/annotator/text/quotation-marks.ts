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

function isQuoteChar(ch: string): boolean {
  return QUOTE_CODES.has(ch.charCodeAt(0));
}

/**
 * Finds the outermost quoted passages of a text's paragraphs. A passage left open at the end of a paragraph
 * continues into the next paragraph when that one opens with a quotation mark (the German convention for a
 * quotation over several paragraphs); otherwise it is cut at the paragraph's end and marked not `closed`.
 */
export function findQuotedPassages(paragraphs: readonly TextParagraph[]): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let carried: QuotedPart[] | undefined;
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    const stack: OpenMark[] = [];
    let continuing: QuotedPart[] | undefined;
    if (carried && isQuoteChar(text[0] ?? '')) {
      continuing = carried;
      stack.push({ at: 0, closers: carried.length > 0 ? '“”"«»’‘' : '' });
    } else if (carried) {
      const last = carried[carried.length - 1];
      if (last) passages.push({ parts: carried, closed: false });
    }
    carried = undefined;
    for (let i = continuing ? 1 : 0; i < text.length; i++) {
      if (!QUOTE_CODES.has(text.charCodeAt(i))) continue;
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
    if (bottom) carried = [...(continuing ?? []), { paragraph: index, start: bottom.at, end: text.length }];
  });
  if (carried) passages.push({ parts: carried, closed: false });
  return passages;
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
