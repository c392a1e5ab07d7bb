/**
 * The first stage: a text cut into paragraphs, sentences and tokens, with its quoted passages, and the lookups the
 * later stages share (which sentence holds an offset, whether a token is inside quotation marks). Offsets are UTF-16,
 * half-open, relative to a paragraph.
 */
import type { QuotedPart } from './quotation-marks';
import type { Sentence, TextModel } from '../model';
import { splitParagraphs } from './paragraphs';
import { findQuotedPassages } from './quotation-marks';
import { splitSentences } from './sentences';
import { tokenize, WordForms, type Token } from './tokens';

/** Builds the model of a text. Linear in its length. */
export function modelText(input: string): TextModel {
  const paragraphs = splitParagraphs(input);
  const sentences: Sentence[] = [];
  const forms = new WordForms();
  paragraphs.forEach((paragraph, index) => {
    for (const range of splitSentences(paragraph.text)) {
      const start = range.start === 0 ? afterDateline(paragraph.text) : range.start;
      if (start >= range.end) continue;
      sentences.push({
        paragraph: index,
        start,
        end: range.end,
        tokens: tokenize(paragraph.text, start, range.end, forms),
      });
    }
  });
  const passages = findQuotedPassages(paragraphs);
  const quotedParts: QuotedPart[][] = paragraphs.map(() => []);
  for (const passage of passages) for (const part of passage.parts) quotedParts[part.paragraph]?.push(part);
  for (const parts of quotedParts) parts.sort((a, b) => a.start - b.start);
  return { input, paragraphs, sentences, passages, quotedParts };
}

/** A predicate telling whether a token of paragraph `paragraph` lies inside quotation marks. */
export function insideQuotes(model: TextModel, paragraph: number): (token: Token) => boolean {
  const parts = model.quotedParts[paragraph] ?? [];
  return (token) => {
    let lo = 0;
    let hi = parts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const part = parts[mid] as QuotedPart;
      if (token.end <= part.start) hi = mid - 1;
      else if (token.start >= part.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** A part of a paragraph for a run of tokens. */
export function partOf(paragraph: number, tokens: readonly Token[]): QuotedPart | undefined {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? { paragraph, start: first.start, end: last.end } : undefined;
}

/** The sentence's text without its final punctuation (and closing marks), as an end offset. */
export function contentEnd(model: TextModel, sentence: Sentence): number {
  const text = model.paragraphs[sentence.paragraph]?.text ?? '';
  let end = sentence.end;
  while (end > sentence.start && '.!?…'.includes(text[end - 1] as string)) end--;
  return end;
}

/**
 * Where the text proper starts after a dateline such as "(dpa) – ", "BERLIN (AFP) - " or "Frankfurt/Main (dpa) - "
 * at the start of a paragraph: a place in capitals or of one to three capitalised words, an agency in brackets and
 * a dash, or such a place and a dash alone ("Hamburg – "); 0 when there is none. Bounded to the first 60 characters.
 */
export function afterDateline(text: string): number {
  const head = text.slice(0, 60);
  const match = DATELINE.exec(head) ?? PLACE_DATELINE.exec(head);
  return match ? match[0].length : 0;
}

const DATELINE =
  /^(?:[\p{Lu}\s./-]{0,30}|(?:\p{Lu}[\p{Ll}.'’-]*[ /]){0,2}\p{Lu}[\p{Ll}.'’-]* ?)\([^()\n]{1,25}\)\s*[–—-]\s*/u;

/**
 * "Hamburg – Nach dem Sieg …", "Berlin/Kiew – Die …": a place without an agency, and a dash between spaces before a
 * capital. A sentence does not open with a name, a dash and a new capitalised phrase ("Berger – eine Ärztin –"
 * goes on in lower case), so the place is a dateline, not a speaker or the subject of the first sentence.
 */
const PLACE_DATELINE = /^(?:\p{Lu}[\p{Ll}.'’-]*[ /]){0,2}\p{Lu}[\p{Ll}.'’-]* [–—-] (?=\p{Lu})/u;

/**
 * The index of the sentence of `paragraph` that contains `offset`, or the nearest one before it; the paragraph's
 * first sentence when the offset lies before all of them; -1 when the paragraph has no sentence. Binary search.
 */
export function sentenceAt(sentences: readonly Sentence[], paragraph: number, offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (s.paragraph < paragraph || (s.paragraph === paragraph && s.start <= offset)) {
      if (s.paragraph === paragraph) best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best >= 0) return best;
  const next = sentences[lo];
  return next?.paragraph === paragraph ? lo : -1;
}
