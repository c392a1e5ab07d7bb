/**
 * Puts a paragraph's translation together from its translated units and places every span of the original in it
 * (see `paragraph-plan.ts` for how the units were chosen).
 *
 * The translation is the translated sentences joined by the original's white space between them, so each
 * sentence's place in it is known. A span becomes the smallest range covering its pieces' places:
 *
 * - a whole-sentence piece: its translated sentence;
 * - a words piece: where the words' own translation occurs in the sentence's translation (as whole words, without
 *   regard to case or the kind of quotation marks, the occurrence nearest the piece's place in the original), grown
 *   over the quotation marks the original had; a translator that reorders the sentence does not matter;
 * - when the words cannot be found (the translator chose other words in context): the clause of the translated
 *   sentence at the piece's place, and the span is marked approximate. A span is never dropped: a highlight on
 *   the right clause is more use to a reader than none.
 */
import type { ParagraphPlan, Piece } from './paragraph-plan';
import { clauseAt, findPhrase, withQuotationMarks, wordsWithin, type TextRange } from './text-match';

/** A span placed in the translation. */
export interface PlacedSpan extends TextRange {
  /** The span's words could not be found; it covers the clause or sentence that most likely holds them. */
  approximate: boolean;
}

export interface ProjectedParagraph {
  text: string;
  /** One per span of the plan, in the same order. */
  spans: PlacedSpan[];
}

/**
 * The translated paragraph and its spans, from `translated` (one text per unit of `plan`). A sentence the
 * translator returned empty keeps its original words, so that nothing of the paragraph goes missing.
 */
export function projectParagraph(plan: ParagraphPlan, translated: readonly string[]): ProjectedParagraph {
  const { text: original, sentences } = plan;
  if (sentences.length === 0) {
    // Nothing to translate: the text stays as it is, and so do the spans.
    return { text: original, spans: plan.spans.map((span) => ({ ...span, approximate: false })) };
  }
  let text = original.slice(0, sentences[0]?.start);
  const places: TextRange[] = sentences.map((sentence, i) => {
    const translation = (translated[i] ?? '').trim() || original.slice(sentence.start, sentence.end);
    const place = { start: text.length, end: text.length + translation.length };
    text += translation + original.slice(sentence.end, sentences[i + 1]?.start ?? original.length);
    return place;
  });

  const placePiece = (piece: Piece): PlacedSpan => {
    const sentence = places[piece.sentence] as TextRange;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const shift = (range: TextRange, approximate: boolean): PlacedSpan => ({
      start: sentence.start + range.start,
      end: sentence.start + range.end,
      approximate,
    });
    if (piece.kind === 'sentence') return { ...sentence, approximate: false };
    if (piece.kind === 'words') {
      const found = findPhrase(sentenceText, translated[piece.unit] ?? '', piece.near);
      if (found) return shift(withQuotationMarks(sentenceText, found, piece.marks), false);
    }
    const clause = clauseAt(sentenceText, piece.near) ?? { start: 0, end: sentenceText.length };
    return shift(clause, true);
  };

  const spans = plan.pieces.map((pieces): PlacedSpan => {
    // Pieces with words carry the span; a lone quotation mark counts only when there is nothing else.
    const carrying = pieces.some((p) => p.kind !== 'marks')
      ? pieces.filter((p) => p.kind !== 'marks')
      : pieces;
    const placed = carrying.map(placePiece);
    const start = Math.min(...placed.map((p) => p.start));
    const end = Math.max(...placed.map((p) => p.end));
    return { start, end, approximate: placed.some((p) => p.approximate) };
  });
  return { text, spans: spans.map((span) => nonEmpty(text, span)) };
}

/** A span that came out empty (a sentence of punctuation alone) covers the paragraph's words instead. */
function nonEmpty(text: string, span: PlacedSpan): PlacedSpan {
  if (span.end > span.start) return span;
  const words = wordsWithin(text, { start: 0, end: text.length }) ?? { start: 0, end: text.length };
  return { ...words, approximate: true };
}
