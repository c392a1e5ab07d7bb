/**
 * What to translate for one paragraph so that every annotation's span can be found again in the translation.
 *
 * The paragraph is cut into sentences (the annotator's scanner, which knows German abbreviations and ordinals
 * where `Intl.Segmenter` splits after "Dr." and "am 13."), and each sentence is translated on its own, so the
 * translation is a sequence of translated sentences whose offsets are known. Each span in the original is then
 * cut into one piece per sentence it touches:
 *
 * - a piece that covers its sentence (give or take punctuation and quotation marks) maps to the whole translated
 *   sentence: exact, whatever the translator did inside it;
 * - a piece that covers part of a sentence (a quoted phrase, a cue verb, a speaker's name, a date) has its words
 *   translated as a unit of their own, which is then searched for in the sentence's translation;
 * - a piece with no words at all (a lone quotation mark) carries nothing to search for.
 *
 * Units are deduplicated, so a paragraph with ten "sagte" translates the word once.
 */
import { splitSentences, type SentenceRange } from '../annotator/text/sentences';
import { isQuotationMark, wordsWithin, type TextRange } from './text-match';

/** The part of one span that lies in one sentence. */
export type Piece =
  | { kind: 'sentence'; sentence: number }
  | {
      kind: 'words';
      sentence: number;
      /** Index into {@link ParagraphPlan.units} of the piece's words. */
      unit: number;
      /** Where the piece's words stand in their sentence, 0 (its start) to 1 (its end). */
      near: number;
      /** Whether the piece begins / ends with a quotation mark, which its translation should then include. */
      marks: { left: boolean; right: boolean };
    }
  | { kind: 'marks'; sentence: number; near: number };

export interface ParagraphPlan {
  text: string;
  /** The spans to carry across, as given. */
  spans: readonly TextRange[];
  sentences: SentenceRange[];
  /** The texts to translate: the sentences first (unit `i` is sentence `i`), then the partial pieces' words. */
  units: string[];
  /** Per span given to {@link planParagraph}, in the same order: its pieces in text order. */
  pieces: Piece[][];
}

/** Plans the translation of paragraph `text` carrying `spans` (half-open UTF-16 ranges into `text`). */
export function planParagraph(text: string, spans: readonly TextRange[]): ParagraphPlan {
  const sentences = splitSentences(text);
  const units = sentences.map((s) => text.slice(s.start, s.end));
  const unitIndex = new Map<string, number>();
  const unitFor = (words: string) => {
    let index = unitIndex.get(words);
    if (index === undefined) {
      index = units.length;
      units.push(words);
      unitIndex.set(words, index);
    }
    return index;
  };

  const piecesOf = (span: TextRange): Piece[] =>
    sentences.flatMap((sentence, index): Piece[] => {
      const start = Math.max(span.start, sentence.start);
      const end = Math.min(span.end, sentence.end);
      if (end <= start) return [];
      const near = ((start + end) / 2 - sentence.start) / (sentence.end - sentence.start);
      const words = wordsWithin(text, { start, end });
      if (!words) return [{ kind: 'marks', sentence: index, near }];
      const before = wordsWithin(text, { start: sentence.start, end: start });
      const after = wordsWithin(text, { start: end, end: sentence.end });
      if (!before && !after) return [{ kind: 'sentence', sentence: index }];
      return [
        {
          kind: 'words',
          sentence: index,
          unit: unitFor(text.slice(words.start, words.end)),
          near,
          marks: {
            left: hasQuotationMark(text, start, words.start),
            right: hasQuotationMark(text, words.end, end),
          },
        },
      ];
    });
  // A span in the white space between sentences (none touched) stands for the sentence before it.
  const pieces = spans.map((span) => {
    const found = piecesOf(span);
    if (found.length > 0 || sentences.length === 0) return found;
    const before = sentences.findLastIndex((s) => s.start <= span.start);
    return [{ kind: 'marks', sentence: Math.max(0, before), near: 1 } satisfies Piece];
  });
  return { text, spans, sentences, units, pieces };
}

function hasQuotationMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isQuotationMark(text[i])) return true;
  return false;
}
