/**
 * Speakers from the sentences around a quote that has none: the subject of a sentence just before a statement with
 * no cue, the subject of a "Das sagte X." sentence after a quotation, the opening subject of the sentence before a
 * quotation that is a sentence of its own. Called by `attribution.ts`, which decides in which order they are tried.
 */
import { subjectAfter } from '../grammar/inverted-subjects';
import { frameSubject, openingSubject } from '../grammar/opening-subjects';
import { POINTING_BACK } from '../lexicon/articles';
import type { FoundQuote, TextModel } from '../model';
import { partOf, sentenceAt } from '../text/text-model';
import type { Token } from '../text/tokens';
import { canSpeak } from './animacy';
import type { SpeakerBook } from './speaker-book';

/** How many sentences back a statement with no speaker looks for a subject that can speak. */
const SUBJECT_REACH = 2;

/**
 * A statement with no cue and no speaker from the context ("Er soll resistent sein." after "Die Behörden haben ein
 * neues Virus entdeckt.") reports the subject of one of the sentences just before it, in its paragraph: the
 * nearest one that can speak.
 */
export function speakerOfRecentSubject(
  model: TextModel,
  index: number,
  quote: FoundQuote,
  book: SpeakerBook,
): void {
  const paragraph = model.sentences[index]?.paragraph ?? 0;
  for (let k = index - 1; k >= 0 && index - k <= SUBJECT_REACH; k--) {
    const sentence = model.sentences[k];
    if (!sentence || paragraph - sentence.paragraph > 1) return;
    const phrase = frameSubject(sentence.tokens, (names) => book.knows(names));
    const resolved = phrase ? book.resolve(phrase) : undefined;
    const mention = phrase ? partOf(sentence.paragraph, phrase) : undefined;
    if (resolved && mention) {
      quote.speaker = resolved.speaker;
      quote.mention = mention;
      return;
    }
  }
}

/**
 * "„Ja, es gibt Zumutungen.“ Das musste der Minister zugeben.": a quotation that ends its sentence, with no speaker,
 * followed in its paragraph by a sentence that opens with "das" or "dies" and a verb, is the words of that
 * sentence's subject.
 */
export function speakerOfNext(model: TextModel, index: number, quote: FoundQuote, book: SpeakerBook): void {
  const last = quote.spans[quote.spans.length - 1];
  const sentence = model.sentences[index];
  const next = model.sentences[index + 1];
  if (
    !last ||
    !sentence ||
    !next ||
    next.paragraph !== sentence.paragraph ||
    last.paragraph !== sentence.paragraph
  )
    return;
  const text = model.paragraphs[sentence.paragraph]?.text ?? '';
  if (text.slice(last.end, sentence.end).trim().replace(/[.!?]/g, '') !== '') return;
  const [first, verb] = next.tokens;
  if (!first || !verb || !POINTING_BACK.has(first.lower) || !verb.word || verb.capital) return;
  const phrase = subjectAfter(next.tokens, { index: 1, tokens: [verb] });
  if (!phrase || !canSpeak(phrase)) return;
  const resolved = book.resolve(phrase);
  const mention = partOf(next.paragraph, phrase);
  if (!resolved || !mention) return;
  quote.speaker = resolved.speaker;
  quote.mention = mention;
}

/** Whether a quote's first part opens its sentence: a quotation that is a sentence of its own. */
export function opensSentence(model: TextModel, quote: FoundQuote): boolean {
  const part = quote.spans[0];
  const sentence = part && model.sentences[sentenceAt(model.sentences, part.paragraph, part.start)];
  return sentence !== undefined && part !== undefined && sentence.tokens[0]?.start === part.start;
}

/**
 * A quotation that is a sentence of its own, with no speaker around ("Die Partei will am Kurs festhalten. „Wir
 * wollen …“"): the opening subject of the sentence before it, in its paragraph, when that can speak.
 */
export function speakerOfPrevious(
  model: TextModel,
  index: number,
  quote: FoundQuote,
  book: SpeakerBook,
): void {
  const part = quote.spans[0];
  const at = part ? sentenceAt(model.sentences, part.paragraph, part.start) : -1;
  const previous = model.sentences[at - 1];
  if (!part || !previous || previous.paragraph !== part.paragraph || at > index) return;
  const phrase = openingSubject(clauseAfterColon(previous.tokens), (names) => book.knows(names));
  const resolved = phrase ? book.resolve(phrase) : undefined;
  const mention = phrase ? partOf(previous.paragraph, phrase) : undefined;
  if (!resolved || !mention) return;
  quote.speaker = resolved.speaker;
  quote.mention = mention;
}

/** The words after the first colon of a sentence, when a heading opens it ("Europapolitik: Die Partei will …"). */
function clauseAfterColon(tokens: readonly Token[]): readonly Token[] {
  const colon = tokens.findIndex((t) => t.text === ':');
  return colon > 0 && colon < 4 ? tokens.slice(colon + 1) : tokens;
}
