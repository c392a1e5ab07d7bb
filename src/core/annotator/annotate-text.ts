/**
 * The annotator's main pass: reads a text sentence by sentence, in order, so that "er" and "der Minister" refer
 * to the person mentioned last, and collects quotes, speakers and dates. Everything here is linear in the length
 * of the text: each sentence is scanned a bounded number of times and no regular expression can backtrack.
 */
import { parseDay, findDates, type DateMention } from './dates';
import { directQuotesIn, type SpeechContext } from './direct';
import { frameSubject, openingSubject } from './subjects';
import { continuationIn } from './continuation';
import { framedStatementsIn } from './frames';
import { cueStatementsIn } from './indirect';
import { insideQuotes, modelText, partOf, sentenceAt, type FoundQuote, type TextModel } from './model';
import { SpeakerBook, isNameToken, isRoleToken, type SpeakerEntity } from './speakers';
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
    notePersons(model, sentence.paragraph, sentence.tokens, book);
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
    const framed =
      opening.length > 0
        ? opening
        : cued.length === 0
          ? framedStatementsIn(model, sentence, book, context)
          : [];
    const statements = [...cued, ...framed];
    for (const quote of direct)
      if (!quote.speaker || quote.cue.length === 0) borrowSpeaker(quote, statements);
    if (statements.length > 0) context.sentence = index;
    // A sentence that holds a direct quote can still continue reported speech (the two are annotated apart).
    const continued = statements.length === 0 ? continuationIn(model, sentence, index, context, book) : [];
    for (const quote of continued)
      continueFromSubject(model, index, quote, book, context, quotedSentence === index - 1);
    if (direct.length > 0 || statements.length > 0) quotedSentence = index;
    for (const quote of direct) if (!quote.mention) speakerOfFrame(model, quote, book, context);
    // A partial quote inside continued reported speech is the same speaker's ("Die Lage sei „ernst“.").
    for (const quote of direct) if (quote.cue.length === 0) borrowSpeaker(quote, continued);
    for (const quote of [...direct, ...statements, ...continued])
      if (quote.speaker && !quote.mention) pointAtLatestMention(model, index, quote, book);
    quotes.push(...direct, ...statements, ...continued);
    for (const mention of findDates(sentence.tokens, day))
      dates.push({ ...mention, paragraph: sentence.paragraph, sentence: index });
  });
  onProgress?.(1);
  return { model, quotes, speakers: book.speakers, dates };
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
  const own = frames ? openingSubject(sentence.tokens, knows) : undefined;
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
  const lead = sentence.tokens.filter((t) => t.end <= part.start);
  const phrase = frameSubject(lead, (names) => book.knows(names));
  const resolved = phrase ? book.resolve(phrase) : undefined;
  const mention = phrase ? partOf(part.paragraph, phrase) : undefined;
  if (!resolved || !mention) return;
  quote.speaker = resolved.speaker;
  quote.mention = mention;
  context.speaker = resolved.speaker;
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

/** Records persons named after a role noun ("Umweltminister Jonas Keller") for later pronouns. */
function notePersons(model: TextModel, paragraph: number, tokens: readonly Token[], book: SpeakerBook): void {
  const inside = insideQuotes(model, paragraph);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
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
