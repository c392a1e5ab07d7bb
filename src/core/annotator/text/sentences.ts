/**
 * Sentences of one paragraph, found by a hand-written scanner rather than `Intl.Segmenter`: the segmenter splits
 * after "Dr.", "z. B." and every ordinal ("am 13. Februar"), and in Node it grows quadratically with the length
 * of a long text. The scanner looks at each character once.
 */
import { ABBREVIATIONS, MONTHS, ORDINAL_NOUNS, ORDINAL_OPENERS } from '../lexicon/abbreviations';
import { isSpace } from './paragraphs';

/** A sentence as a half-open range `[start, end)` of UTF-16 offsets into its paragraph's text. */
export interface SentenceRange {
  start: number;
  /** Just after the final punctuation and any closing quotation marks or brackets. */
  end: number;
}

const TERMINALS = '.!?…';
const CLOSERS = '“”"«»‘’\')]';

/** Splits a paragraph into sentences. Every character belongs to a sentence except white space between them. */
export function splitSentences(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && TERMINALS.includes(text[end] as string)) end++;
    while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
    const next = skipSpace(text, end);
    if (
      (next > end || missingSpace(text, i, end)) &&
      next < text.length &&
      startsSentence(text, next) &&
      !continuesAfterStop(text, i, next)
    ) {
      sentences.push({ start, end });
      start = next;
      i = next;
      continue;
    }
    i = end;
  }
  const last = trimEnd(text, text.length);
  if (last > start) sentences.push({ start, end: last });
  return sentences;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** How many lower-case letters must stand before a stop glued to the next word for it to end a sentence. */
const GLUED_WORD_MIN = 3;

/**
 * "…, dass keine Leichen geborgen wurden.Das Schiff war …": a sentence that a typing slip glued to the next, a word
 * in lower case before the stop and a capitalised word after it. An abbreviation ("z.B.", "Dr.Med") has fewer
 * letters before its stop, a web address ("beispiel.de") a lower-case word after it.
 */
function missingSpace(text: string, stop: number, end: number): boolean {
  if (end !== stop + 1) return false;
  for (let k = stop - GLUED_WORD_MIN; k < stop; k++) if (!isLowerLetter(text[k] ?? '')) return false;
  const first = text[end] ?? '';
  return isUpperLetter(first) && isLowerLetter(text[end + 1] ?? '');
}

const isLowerLetter = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpperLetter = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * A new sentence opens with a capital letter, a digit, a name in camel case ("eBay"), an opening quotation mark or
 * bracket — but not with a quotation whose first word is in lower case: "sagte, Benedikt XVI. „ist ein Denker“"
 * goes on after the ordinal.
 */
function startsSentence(text: string, at: number): boolean {
  const ch = text[at] as string;
  if ('„"“»«‚‘\''.includes(ch)) return !isLowerLetter(text[at + 1] ?? '');
  if ('(['.includes(ch) || (ch >= '0' && ch <= '9')) return true;
  // "eBay hält es für möglich": a name with a capital after its lower-case first letter opens a sentence too.
  if (isLowerLetter(ch) && isUpperLetter(text[at + 1] ?? '')) return true;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a full stop at `stop` belongs to an abbreviation, an initial or an ordinal rather than ending the sentence. */
function continuesAfterStop(text: string, stop: number, next: number): boolean {
  if (text[stop] !== '.') return false;
  let wordStart = stop;
  while (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, stop);
  if (word === '') return false;
  if (/^\d{1,2}$/.test(word)) return isOrdinalFollower(nextWord(text, next)) || ordinalAfter(text, wordStart);
  if (word.length === 1 && /\p{L}/u.test(word)) return true;
  if (text[wordStart - 1] === '.' && word.length <= 2) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * "des landesweit sendenden 1. Kanals", "Der 1. FC Köln": after an article, or an adjective in one of its endings, a
 * number with a full stop is an ordinal, since the noun phrase has not ended; "auf Platz 1. Dann …" ends the
 * sentence.
 */
function ordinalAfter(text: string, numberStart: number): boolean {
  let end = numberStart;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === numberStart) return false;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end);
  // "Der 1. FC Köln …": an article that opens the sentence is written with a capital
  if (ORDINAL_OPENERS.has(word.toLowerCase())) return true;
  return isLowerLetter(word[0] ?? '') && word.length > 4 && /(?:en|er|es|em)$/.test(word);
}

function isOrdinalFollower(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTHS.has(lower) || ORDINAL_NOUNS.has(lower);
}

function nextWord(text: string, at: number): string {
  let end = at;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return text.slice(at, end);
}

/** Letters (Latin with accents, Greek, Cyrillic) and digits: enough to find the word before a full stop. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}
