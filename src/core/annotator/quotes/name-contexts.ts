/**
 * Contexts that make a quoted passage a name or a title rather than somebody's words, whatever stands around it:
 * a list of works ("Lieder wie „…“, „…“ und „…“"), a name something is known by ("der als „…“ bekannte"), the
 * German translation right after a quoted original in another language ("„We shall overcome“ – „Wir werden
 * siegen“"), and a passage that repeats a quoted name of earlier in the text. Bounded looks at the characters
 * around a passage; no regular expression here can backtrack.
 */
import type { TextModel } from '../model';
import type { QuotedPassage } from '../text/quotation-marks';
import {
  ATTRIBUTIVE_NAMING_STEMS,
  FOREIGN_FUNCTION_WORDS,
  KNOWN_AS_STEMS,
  LIST_HEDGES,
  LIST_JOINERS,
  WORK_LIST_NOUNS,
} from '../lexicon/quoting-words';

/** At most this many titles are walked back over to the head of a list: more is a catalogue, not a sentence. */
const MAX_LIST_ITEMS = 8;

/** A title in a list is at most this long (characters, marks included); a longer passage is a sentence. */
const LONGEST_LIST_ITEM = 120;

/** A translation follows its original within this many characters (" – ", ", also ", " zu Deutsch: "). */
const TRANSLATION_GAP = 16;

/**
 * Whether a passage is a title in a list of works introduced by a plural noun and "wie": "Lieder wie „Kalinka“
 * oder „Nachtigall“", "Vorträge wie „Mut zur Lücke“ von Paula Engel", "Klassiker wie etwa „…“, „…“ und „…“".
 * Every title of the list counts, not only the first. A passage ending like a sentence is no title.
 */
export function inListOfWorks(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return false;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  if (endsLikeSentence(text, part.start, part.end)) return false;
  let head = part.start;
  for (let n = 0; n < MAX_LIST_ITEMS; n++) {
    const previous = previousListItem(text, head);
    if (previous === undefined) break;
    head = previous;
  }
  return introducesWorks(text, head);
}

/**
 * Whether a passage is the name in "als „…“ bekannt" or "der als „…“ bezeichnete Plan": a name something goes by,
 * not a judgement somebody made ("bezeichnete den Plan als „Irrweg“" keeps the verb before the passage).
 */
export function knownAs(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return false;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  if (wordEndingAt(text, skipSpacesBack(text, part.start)).toLowerCase() !== 'als') return false;
  const after = wordStartingAt(text, skipSpaces(text, part.end));
  const lower = after.toLowerCase();
  if (KNOWN_AS_STEMS.some((stem) => lower.startsWith(stem))) return true;
  if (!ATTRIBUTIVE_NAMING_STEMS.some((stem) => lower.startsWith(stem))) return false;
  // Inflected and before a noun or an adjective: "bezeichnete Plan", "bezeichneten neuen Plan"; a finite verb
  // ("den er als „Fest“ bezeichnete, …") is followed by punctuation or a conjunction.
  const next = wordStartingAt(text, skipSpaces(text, skipSpaces(text, part.end) + after.length));
  return /^\p{Lu}/u.test(next) || /^\p{Ll}+(?:e|en|er|es|em)$/u.test(next);
}

/**
 * Whether a passage is the German translation of the quoted passage right before it: "„Yes we can“ – „Ja, wir
 * können es“", "„Liberté“, zu Deutsch „Freiheit“". The original is foreign when one of its words is a function
 * word of another language; the translation repeats it and is nobody's words of its own.
 */
export function translatesPrevious(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return false;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  const close = lastIndexWithin(text, '“', part.start, TRANSLATION_GAP);
  if (close < 0) return false;
  const gap = text.slice(close + 1, part.start);
  // "„Yes we can“ – „Ja, wir können es“", "„Liberté“ („Freiheit“)", "„Liberté“, zu Deutsch „Freiheit“"
  if (!/^[\s,:–-]*\(?(?:(?:also|zu deutsch|auf deutsch|übersetzt|etwa)[\s,:]*)?$/iu.test(gap)) return false;
  const open = lastIndexWithin(text, '„', close, LONGEST_LIST_ITEM);
  if (open < 0) return false;
  return text
    .slice(open + 1, close)
    .split(/[\s,.!?;:]+/u)
    .some((word) => FOREIGN_FUNCTION_WORDS.has(word.toLowerCase()));
}

/**
 * The words of the list item right before a passage ("„Nackt im Regen“ oder „…“", "„A“, „B“ und „…“"), if the
 * passage continues a list: a title listed with titles is one too.
 */
export function previousInList(model: TextModel, passage: QuotedPassage): string | undefined {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return undefined;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  if (endsLikeSentence(text, part.start, part.end)) return undefined;
  const previous = previousListItem(text, part.start);
  if (previous === undefined) return undefined;
  const close = text.indexOf('“', previous + 1);
  return close > previous ? text.slice(previous + 1, close) : undefined;
}

/**
 * Whether a passage is in another language (one of its words is a function word of English, French, Spanish,
 * Italian or Latin): a title, a term or a motto ("„Let it be“", "„safer Sex“") unless a cue stands next to it.
 */
export function foreignWords(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return false;
  const inner = (model.paragraphs[part.paragraph]?.text ?? '').slice(part.start + 1, part.end - 1);
  return inner.split(/[\s,.!?;:]+/u).some((word) => FOREIGN_FUNCTION_WORDS.has(word.toLowerCase()));
}

/** The inner text of a passage, by which a repeated name is recognised ("„NVA“" again after "(„NVA“)"). */
export function passageWords(model: TextModel, passage: QuotedPassage): string {
  const part = passage.parts[0];
  if (!part) return '';
  return (model.paragraphs[part.paragraph]?.text ?? '').slice(part.start + 1, part.end - 1);
}

/** The start of the list item before the one that starts at `start`, if a joiner and a quotation stand there. */
function previousListItem(text: string, start: number): number | undefined {
  let i = skipSpacesBack(text, start);
  if (text[i - 1] === ',') i = skipSpacesBack(text, i - 1);
  else {
    const joiner = wordEndingAt(text, i);
    if (!LIST_JOINERS.has(joiner)) return undefined;
    i = skipSpacesBack(text, i - joiner.length);
    if (text[i - 1] === ',') i = skipSpacesBack(text, i - 1);
  }
  if (text[i - 1] !== '“') return undefined;
  const open = lastIndexWithin(text, '„', i - 1, LONGEST_LIST_ITEM);
  if (open < 0 || endsLikeSentence(text, open, i)) return undefined;
  return open;
}

/** Whether "<plural noun of works> wie" (with "etwa", "zum Beispiel" between) stands right before `start`. */
function introducesWorks(text: string, start: number): boolean {
  let i = skipSpacesBack(text, start);
  for (let n = 0; n < 3; n++) {
    const word = wordEndingAt(text, i, true);
    if (!LIST_HEDGES.has(word.toLowerCase())) break;
    i = skipSpacesBack(text, i - word.length);
  }
  const wie = wordEndingAt(text, i);
  if (wie !== 'wie') return false;
  const noun = wordEndingAt(text, skipSpacesBack(text, i - wie.length)).toLowerCase();
  return WORK_LIST_NOUNS.some((plural) => noun.endsWith(plural));
}

function endsLikeSentence(text: string, start: number, end: number): boolean {
  return /[.!?…]/u.test(text[end - 2] ?? '') || /[.!?] \p{Lu}/u.test(text.slice(start, end));
}

/** The index of the last `mark` in the `within` characters before `before`, or -1. */
function lastIndexWithin(text: string, mark: string, before: number, within: number): number {
  for (let i = before - 1; i >= 0 && before - i <= within; i--) if (text[i] === mark) return i;
  return -1;
}

function skipSpacesBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] === ' ') i--;
  return i;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] === ' ') i++;
  return i;
}

/** The word (letters, hyphens; with `dots`, also dots) that ends at `end`. */
function wordEndingAt(text: string, end: number, dots = false): string {
  let start = end;
  while (start > 0 && (/[\p{L}-]/u.test(text[start - 1] as string) || (dots && text[start - 1] === '.')))
    start--;
  return text.slice(start, end);
}

/** The word (letters and hyphens) that starts at `start`. */
function wordStartingAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && /[\p{L}-]/u.test(text[end] as string)) end++;
  return text.slice(start, end);
}
