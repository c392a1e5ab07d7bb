/**
 * Statements with no speech verb and no source word: announced by a noun ("X ist der Ansicht, dass …", found in
 * `noun-cues.ts`) or by a name and a colon that open the sentence ("Anna Berger: Die Brücke kommt").
 */
import { isAdjective, isPreposition, nounPhrase, participleAgent } from '../grammar/noun-phrases';
import { indefiniteAlone } from '../grammar/inverted-subjects';
import { frameSubject } from '../grammar/opening-subjects';
import { CLAUSE_OPENING_CONJUNCTIONS } from '../lexicon/conjunctions';
import { DETERMINERS } from '../lexicon/nouns';
import { PLACES } from '../lexicon/group-nouns';
import { PLACE_PREPOSITIONS } from '../lexicon/prepositions';
import type { FoundQuote, Sentence, SpeechContext, TextModel } from '../model';
import { canSpeak } from '../speakers/animacy';
import { NOT_SUBJECT_START } from '../lexicon/adverbs';
import { isNameToken } from '../speakers/naming-words';
import type { SpeakerBook } from '../speakers/speaker-book';
import type { QuotedPart } from '../text/quotation-marks';
import { contentEnd, insideQuotes, partOf } from '../text/text-model';
import { isWordChar } from '../text/sentences';
import type { Token } from '../text/tokens';
import { framedQuote } from './framed-quote';
import { oblique } from '../grammar/subject-phrases';
import { nounStatementIn } from './noun-cues';

/** "X ist der Ansicht, dass …", "der Vorwurf der Opposition, der Plan sei zu teuer": see `noun-cues.ts`. */
export function nounCueStatement(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  context: SpeechContext,
): FoundQuote[] | undefined {
  const tokens = sentence.tokens;
  const found = nounStatementIn(tokens, insideQuotes(model, sentence.paragraph));
  if (!found) return undefined;
  const first = tokens[found.start] as Token;
  const last = tokens[found.end];
  const end = Math.min(contentEnd(model, sentence), last ? last.start : sentence.end);
  if (first.start >= end) return undefined;
  const spans = [{ paragraph: sentence.paragraph, start: first.start, end }];
  const noun = tokens[found.noun] as Token;
  if (found.source.length > 0) return [framedQuote(book, context, sentence, spans, [noun], found.source)];
  const opening = tokens[0];
  const ownClause = clauseSubject(tokens, found.noun);
  // "Da die Funde alt sind, stellten die Forscher die These auf, …": after a clause or a preposition that opens the
  // sentence, the subject follows the verb
  const phrase = ownClause
    ? ownClause
    : !opening
      ? undefined
      : CLAUSE_OPENING_CONJUNCTIONS.has(opening.lower) ||
          isPreposition(opening.lower) ||
          (NOT_SUBJECT_START.has(opening.lower) && !DETERMINERS.has(opening.lower))
        ? frameSubject(tokens, (names) => book.knows(names))
        : indefiniteAlone(tokens, 0)
          ? [opening]
          : opening.capital || DETERMINERS.has(opening.lower) || /^\d+$/.test(opening.text)
            ? nounPhrase(tokens, 0)
            : undefined;
  // "Die von Berger geäußerte Hoffnung, …": the participle's agent holds what the noun announces
  const agent = phrase?.includes(noun) ? participleAgent(phrase) : undefined;
  if (agent && canSpeak(agent)) return [framedQuote(book, context, sentence, spans, [noun], agent)];
  if (phrase && !phrase.includes(noun) && (phrase[phrase.length - 1] as Token).end <= noun.start) {
    // "Die Veranstaltung schloss mit dem Appell, …": what cannot speak leaves the statement to its noun
    if (canSpeak(phrase)) return [framedQuote(book, context, sentence, spans, [noun], phrase)];
    const article = tokens[found.noun - 1];
    const own = article && DETERMINERS.has(article.lower) ? [article, noun] : [noun];
    return [framedQuote(book, context, sentence, spans, [noun], own)];
  }
  // "Vorwürfe wurden laut, …", "Mehrere Anfragen an den Anbieter, …": with no holder in the sentence, the noun
  // speaks for its statement, as a document does; not one a preposition governs ("Mit der Begründung, …").
  let head = found.noun;
  while (
    head > 0 &&
    (DETERMINERS.has(tokens[head - 1]?.lower ?? '') || isAdjective(tokens[head - 1]?.lower ?? ''))
  )
    head--;
  const cue = [partOf(sentence.paragraph, [noun]) as QuotedPart];
  if (isPreposition(tokens[head - 1]?.lower ?? ''))
    return [{ kind: 'indirect', spans, cue, confidence: 0.45 }];
  const article = tokens[found.noun - 1];
  const own = article && DETERMINERS.has(article.lower) ? [article, noun] : [noun];
  return [framedQuote(book, context, sentence, spans, [noun], own)];
}

/**
 * "Die Umfrage ist neu, 40 Prozent sind der Ansicht, …": the subject of a main clause joined by a comma, which holds
 * the noun: a noun phrase that can speak right after the comma, then a lower-case word (its verb) before the noun.
 */
function clauseSubject(tokens: readonly Token[], noun: number): Token[] | undefined {
  let comma = noun - 1;
  while (comma > 0 && tokens[comma]?.text !== ',') comma--;
  const first = tokens[comma + 1];
  const opens = first && (first.capital || DETERMINERS.has(first.lower) || /^\d+$/.test(first.text));
  if (comma <= 0 || !opens) return undefined;
  const phrase = nounPhrase(tokens, comma + 1);
  const verb = phrase ? tokens[comma + 1 + phrase.length] : undefined;
  if (!phrase || !verb?.word || verb.capital || verb.end > (tokens[noun] as Token).start) return undefined;
  return canSpeak(phrase) && !oblique(phrase) ? phrase : undefined;
}

/**
 * "Anna Berger: Die Brücke kommt" — a name and a colon at the start of a sentence. A place before the colon
 * ("Bad Homburg: Die Stadt erhöht die Gebühren") is a dateline or a headline's topic, not a speaker: a place the
 * lexicon knows, or a name the text puts after a preposition of place ("in Bad Homburg").
 */
export function colonStatement(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  context: SpeechContext,
): FoundQuote[] {
  const tokens = sentence.tokens;
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 4) return [];
  const phrase = tokens.slice(0, colon);
  if (!phrase.every(isNameToken) || (phrase.length < 2 && !book.knows(phrase))) return [];
  if (namesPlace(model.input, phrase)) return [];
  const next = tokens[colon + 1];
  const end = contentEnd(model, sentence);
  if (!next || insideQuotes(model, sentence.paragraph)(next) || next.start >= end) return [];
  const spans = [{ paragraph: sentence.paragraph, start: next.start, end }];
  return [framedQuote(book, context, sentence, spans, [tokens[colon] as Token], phrase)];
}

/** Whether `phrase` names a place: one the lexicon knows, or one `text` puts after a preposition of place. */
export function namesPlace(text: string, phrase: readonly Token[]): boolean {
  const name = phrase.map((t) => t.text).join(' ');
  if (PLACES.has(name.toLowerCase())) return true;
  return PLACE_PREPOSITIONS.some((preposition) => {
    const needle = `${preposition} ${name}`;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const before = text.charCodeAt(at - 1);
      const after = text[at + needle.length] ?? ' ';
      if ((at === 0 || !isWordChar(before)) && !/[\p{L}\d]/u.test(after)) return true;
    }
    return false;
  });
}
