/**
 * The annotator's main pass: reads a text sentence by sentence, in order, so that "er" and "der Minister" refer
 * to the person mentioned last, and collects quotes, speakers and dates. Everything here is linear in the length
 * of the text: each sentence is scanned a bounded number of times and no regular expression can backtrack.
 */
import { parseDay, findDates, type DateMention } from './dates/date-mentions';
import { directQuotesIn, type SpeechContext } from './quotes/direct-quotes';
import { canSpeak } from './speakers/animacy';
import { nounPhrase, subjectAfter } from './grammar/noun-phrases';
import { frameSubject, openingSubject } from './grammar/subjects';
import { continuationIn } from './statements/continuation';
import { framedStatementsIn } from './statements/source-frames';
import { cueStatementsIn } from './statements/cued-statements';
import { relayQuote } from './speakers/relay';
import { type FoundQuote, type TextModel } from './model';
import { insideQuotes, modelText, partOf, sentenceAt } from './text/text-model';
import { PRONOUNS } from './lexicon/nouns';
import { SpeakerBook } from './speakers/speaker-book';
import { isNameToken, isRoleToken } from './speakers/naming-words';
import { type SpeakerEntity } from './model';
import type { QuotedPassage } from './text/quotation-marks';
import type { Token } from './text/tokens';

/** A date mention with the sentence it is in. */
export interface FoundDate extends DateMention {
  paragraph: number;
  /** Index into the model's sentences. */
  sentence: number;
}

/** Everything the annotator found in a text, with offsets relative to paragraphs of `model`. */
export interface AnnotatedText {
  model: TextModel;
  quotes: FoundQuote[];
  speakers: SpeakerEntity[];
  dates: FoundDate[];
}

/** How often (in sentences) {@link annotateText} reports progress. */
const PROGRESS_EVERY = 256;

/**
 * Annotates a text. `published` (`YYYY-MM-DD`) resolves weekdays and "gestern". `onProgress` hears the share of
 * sentences done (0..1) every few hundred sentences, for a progress bar on long texts.
 */
export function annotateText(
  input: string,
  published?: string,
  onProgress?: (fraction: number) => void,
): AnnotatedText {
  const model = modelText(input);
  const book = new SpeakerBook();
  const context: SpeechContext = { speaker: undefined, sentence: Number.NEGATIVE_INFINITY };
  const day = parseDay(published);
  const quotes: FoundQuote[] = [];
  let quotedSentence = Number.NEGATIVE_INFINITY;
  const dates: FoundDate[] = [];
  const consumed = new Set<QuotedPassage>();
  const endsIn = passagesBySentenceEnd(model);
  const order = new Map(model.passages.map((p, i) => [p, i]));
  const next = (passage: QuotedPassage): QuotedPassage | undefined =>
    model.passages[(order.get(passage) ?? -2) + 1];

  model.sentences.forEach((sentence, index) => {
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(index / model.sentences.length);
    const previous = model.sentences[index - 1];
    if (previous && previous.paragraph !== sentence.paragraph && index - context.sentence > 4) {
      context.speaker = undefined;
    }
    // Persons named after the sentence's first "er"/"sie" cannot be what it refers to: they are noted afterwards.
    const pronoun = sentence.tokens.findIndex((t) => PRONOUNS.has(t.lower));
    const split = pronoun < 0 ? sentence.tokens.length : pronoun;
    notePersons(model, sentence.paragraph, sentence.tokens.slice(0, split), book);
    const direct = directQuotesIn(
      model,
      model.sentences,
      index,
      endsIn.get(index) ?? [],
      book,
      context,
      consumed,
      next,
    );
    // "Laut X appellierte Y an Z, …", "Nach Angaben der Polizei habe …": a frame that opens the sentence
    // attributes all of it to X, a cue inside included.
    const [first, second] = sentence.tokens;
    const opensWithFrame =
      first?.lower === 'laut' ||
      (first?.lower === 'nach' &&
        /^(angaben|ansicht|meinung|auffassung|informationen)$/.test(second?.lower ?? ''));
    const opening = opensWithFrame ? framedStatementsIn(model, sentence, book, context) : [];
    const cued = opening.length > 0 ? [] : cueStatementsIn(model, sentence, book, context);
    const relays = noteRelays(model, [...direct, ...cued], book);
    const framed =
      opening.length > 0
        ? opening
        : cued.length === 0
          ? framedStatementsIn(model, sentence, book, context)
          : [];
    const statements = [...cued, ...framed.filter((q) => !relays.has(q.cue[0]?.start ?? -1))];
    for (const quote of direct)
      if (!quote.speaker || quote.cue.length === 0) borrowSpeaker(quote, statements);
    if (statements.length > 0) context.sentence = index;
    // A sentence that holds a direct quote can still continue reported speech (the two are annotated apart).
    const continued = statements.length === 0 ? continuationIn(model, sentence, index, context, book) : [];
    for (const quote of continued) {
      continueFromSubject(model, index, quote, book, context, quotedSentence === index - 1);
      if (!quote.speaker) speakerOfRecentSubject(model, index, quote, book);
    }
    if (direct.length > 0 || statements.length > 0) quotedSentence = index;
    for (const quote of direct) if (!quote.mention) speakerOfFrame(model, quote, book, context);
    for (const quote of direct) if (!quote.speaker) speakerOfNext(model, index, quote, book);
    for (const quote of direct)
      if (!quote.speaker && opensSentence(model, quote)) speakerOfPrevious(model, index, quote, book);
    // A partial quote inside continued reported speech is the same speaker's ("Die Lage sei „ernst“.").
    for (const quote of direct) if (quote.cue.length === 0) borrowSpeaker(quote, continued);
    for (const quote of [...direct, ...statements, ...continued])
      if (quote.speaker && !quote.mention) pointAtLatestMention(model, index, quote, book);
    quotes.push(...direct, ...statements, ...continued);
    notePersons(model, sentence.paragraph, sentence.tokens.slice(split), book);
    for (const mention of findDates(sentence.tokens, day))
      dates.push({ ...mention, paragraph: sentence.paragraph, sentence: index });
  });
  onProgress?.(1);
  return { model, quotes, speakers: book.speakers, dates };
}

/**
 * Records the medium that relays each quote, where there is one ("zitiert die Zeitung den Minister", "sagte laut
 * der Zeitung"). Returns the start offsets of the relay cues, so that "laut X" is not read as a statement of its
 * own as well.
 */
function noteRelays(model: TextModel, quotes: readonly FoundQuote[], book: SpeakerBook): Set<number> {
  const cues = new Set<number>();
  for (const quote of quotes) {
    const relay = relayQuote(model, quote, book);
    if (!relay) continue;
    quote.relay = relay;
    for (const part of relay.cue) cues.add(part.start);
  }
  return cues;
}

/** A partial quote inside a statement of its sentence ("Die Stadt müsse „…“ handeln, so Berger") takes its speaker. */
function borrowSpeaker(quote: FoundQuote, statements: readonly FoundQuote[]): void {
  const part = quote.spans[0];
  if (!part) return;
  const host = statements.find(
    (s) =>
      s.speaker &&
      s.spans.some((p) => p.paragraph === part.paragraph && p.start <= part.start && p.end >= part.end),
  );
  if (!host?.speaker) return;
  quote.speaker = host.speaker;
  if (host.mention) quote.mention = host.mention;
  else delete quote.mention;
}

/**
 * Who a Konjunktiv sentence with no cue of its own reports. When the sentence frames a clause itself ("Die
 * Behörde hegt den Verdacht, dass …"), its opening subject. Otherwise, after a sentence with no quote of its own
 * ("Der Verband fordert einen Plan. Dieser solle bis Mai vorliegen."), that sentence's subject rather than the
 * speaker quoted further back.
 */
function continueFromSubject(
  model: TextModel,
  index: number,
  quote: FoundQuote,
  book: SpeakerBook,
  context: SpeechContext,
  previousQuoted: boolean,
): void {
  const sentence = model.sentences[index];
  const previous = model.sentences[index - 1];
  if (quote.cue.length > 0 || !sentence) return;
  const knows = (names: readonly Token[]): boolean => book.knows(names);
  const inside = insideQuotes(model, sentence.paragraph);
  const frames = sentence.tokens.some(
    (t, i) => (t.lower === 'dass' || t.lower === 'ob') && sentence.tokens[i - 1]?.text === ',' && !inside(t),
  );
  const own = viewHolder(sentence.tokens) ?? (frames ? openingSubject(sentence.tokens, knows) : undefined);
  const from = own
    ? sentence
    : !previousQuoted && previous?.paragraph === sentence.paragraph
      ? previous
      : undefined;
  const phrase = own ?? (from ? openingSubject(from.tokens, knows) : undefined);
  const resolved = phrase ? book.resolve(phrase) : undefined;
  const mention = phrase && from ? partOf(from.paragraph, phrase) : undefined;
  if (!resolved || !mention) return;
  quote.speaker = resolved.speaker;
  quote.mention = mention;
  context.speaker = resolved.speaker;
}

/** How many sentences back a statement with no speaker looks for a subject that can speak. */
const SUBJECT_REACH = 2;

/**
 * A statement with no cue and no speaker from the context ("Er soll resistent sein." after "Die Behörden haben ein
 * neues Virus entdeckt.") reports the subject of one of the sentences just before it, in its paragraph: the
 * nearest one that can speak.
 */
function speakerOfRecentSubject(model: TextModel, index: number, quote: FoundQuote, book: SpeakerBook): void {
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

/** Demonstratives that open a sentence pointing back at a quotation: "„…“ Das sagte Berger." */
const POINTING_BACK = new Set(['das', 'dies', 'diese', 'dieses']);

/**
 * "„Ja, es gibt Zumutungen.“ Das musste der Minister zugeben.": a quotation that ends its sentence, with no speaker,
 * followed in its paragraph by a sentence that opens with "das" or "dies" and a verb, is the words of that
 * sentence's subject.
 */
function speakerOfNext(model: TextModel, index: number, quote: FoundQuote, book: SpeakerBook): void {
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
function opensSentence(model: TextModel, quote: FoundQuote): boolean {
  const part = quote.spans[0];
  const sentence = part && model.sentences[sentenceAt(model.sentences, part.paragraph, part.start)];
  return sentence !== undefined && part !== undefined && sentence.tokens[0]?.start === part.start;
}

/**
 * A quotation that is a sentence of its own, with no speaker around ("Die Partei will am Kurs festhalten. „Wir
 * wollen …“"): the opening subject of the sentence before it, in its paragraph, when that can speak.
 */
function speakerOfPrevious(model: TextModel, index: number, quote: FoundQuote, book: SpeakerBook): void {
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

/**
 * "Für den Theologen Hans Berg sei der Rücktritt verständlich": a Konjunktiv sentence that opens with "für" and
 * someone who can speak gives that someone's view.
 */
function viewHolder(tokens: readonly Token[]): Token[] | undefined {
  if (tokens[0]?.lower !== 'für') return undefined;
  const phrase = nounPhrase(tokens, 1);
  return phrase && phrase.some((t) => isRoleToken(t) || isNameToken(t)) && canSpeak(phrase)
    ? phrase
    : undefined;
}

/**
 * A direct quote with no speaker phrase of its own (no speech verb next to it) takes the subject of the words
 * that lead up to it in its sentence, when there is one: "Dabei griff sie den Plan an: „…“".
 */
function speakerOfFrame(
  model: TextModel,
  quote: FoundQuote,
  book: SpeakerBook,
  context: SpeechContext,
): void {
  const part = quote.spans[0];
  const sentence = part && model.sentences[sentenceAt(model.sentences, part.paragraph, part.start)];
  if (!part || !sentence || sentence.paragraph !== part.paragraph) return;
  const lead = clauseBefore(sentence.tokens.filter((t) => t.end <= part.start));
  const phrase = frameSubject(lead, (names) => book.knows(names));
  const resolved = phrase ? book.resolve(phrase) : undefined;
  const mention = phrase ? partOf(part.paragraph, phrase) : undefined;
  if (!resolved || !mention) return;
  quote.speaker = resolved.speaker;
  quote.mention = mention;
  context.speaker = resolved.speaker;
}

/**
 * The clause that leads up to a quotation: the words after the last colon or semicolon before it, not counting a
 * colon right before the quotation ("Steuern: Die Partei will …: „…“" gives "Die Partei will …").
 */
function clauseBefore(lead: readonly Token[]): readonly Token[] {
  let end = lead.length;
  while (end > 0 && !(lead[end - 1] as Token).word) end--;
  for (let k = end - 1; k >= 0; k--) {
    const text = (lead[k] as Token).text;
    if (text === ':' || text === ';') return lead.slice(k + 1);
  }
  return lead;
}

/** How many sentences back a speaker's latest mention may lie for a statement that does not name them. */
const MENTION_REACH = 8;

/**
 * A statement whose speaker comes from the context ("Die Lage sei ernst." after "Er sagte, …") points its mention
 * at the phrase that last named that speaker, the way a reader links it, when that phrase is a few sentences back.
 */
function pointAtLatestMention(model: TextModel, index: number, quote: FoundQuote, book: SpeakerBook): void {
  const tokens = quote.speaker ? book.latestMention(quote.speaker) : undefined;
  const first = tokens?.[0];
  if (!tokens || !first) return;
  for (let k = index; k >= 0 && index - k <= MENTION_REACH; k--) {
    const sentence = model.sentences[k];
    if (!sentence?.tokens.includes(first)) continue;
    const mention = partOf(sentence.paragraph, tokens);
    if (mention) quote.mention = mention;
    return;
  }
}

/** Passages grouped by the sentence their last part ends in. */
function passagesBySentenceEnd(model: TextModel): Map<number, QuotedPassage[]> {
  const result = new Map<number, QuotedPassage[]>();
  for (const passage of model.passages) {
    const last = passage.parts[passage.parts.length - 1];
    if (!last) continue;
    const index = sentenceAt(model.sentences, last.paragraph, last.end - 1);
    if (index < 0) continue;
    const list = result.get(index);
    if (list) list.push(passage);
    else result.set(index, [passage]);
  }
  return result;
}

/**
 * Records persons named after a role noun ("Umweltminister Jonas Keller") or before an apposition with one ("Jonas
 * Keller, der zuständige Minister,") for later pronouns.
 */
function notePersons(model: TextModel, paragraph: number, tokens: readonly Token[], book: SpeakerBook): void {
  const inside = insideQuotes(model, paragraph);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    const role = appositiveRole(tokens, i);
    if (role && !inside(token)) {
      book.notePerson(role.name.map((t) => t.text).join(' '), role.role.text, role.name);
      i += role.name.length - 1;
      continue;
    }
    if (!isRoleToken(token) || inside(token)) continue;
    let j = i + 1;
    if (tokens[j]?.text === ',') j++;
    let end = j;
    while (end < tokens.length && end - j < 4 && isNameToken(tokens[end] as Token)) end++;
    if (end > j) {
      book.notePerson(
        tokens
          .slice(j, end)
          .map((t) => t.text)
          .join(' '),
        token.text,
        tokens.slice(i, end),
      );
      i = end - 1;
    }
  }
}

/**
 * "Jonas Keller, der zuständige Minister, …", "Anna Berg, Sprecherin des Amts": two or more name tokens at `at`,
 * then a comma and, within a few words, a role noun.
 */
function appositiveRole(tokens: readonly Token[], at: number): { name: Token[]; role: Token } | undefined {
  if (at > 0 && isNameToken(tokens[at - 1] as Token)) return undefined;
  let end = at;
  while (end < tokens.length && end - at < 4 && isNameToken(tokens[end] as Token)) end++;
  if (end - at < 2 || tokens[end]?.text !== ',') return undefined;
  for (let k = end + 1; k < tokens.length && k - end <= 9; k++) {
    const token = tokens[k] as Token;
    if (!token.word) return undefined;
    if (isRoleToken(token)) return { name: tokens.slice(at, end), role: token };
  }
  return undefined;
}
