/**
 * Speakers for quotes the rules found without one: a direct quote with no speech verb next to it takes the subject
 * of the words that lead up to it, of the sentence after it ("„…“ Das sagte Berger.") or before it; a partial quote
 * inside a statement takes the statement's speaker; a Konjunktiv sentence with no cue of its own reports the
 * subject of a sentence just before it. And every quote whose speaker comes from the context points at the phrase
 * that last named that speaker.
 */
import { findCues } from '../grammar/cues';
import { isAdjective, nounPhrase } from '../grammar/noun-phrases';
import { reporterOf } from '../grammar/impersonal-sources';
import { frameSubject, openingSubject } from '../grammar/opening-subjects';
import type { FoundQuote, SpeechContext, TextModel } from '../model';
import type { PassState } from '../pass-state';
import { insideQuotes, partOf, sentenceAt } from '../text/text-model';
import { subjectNumber } from '../grammar/verb-number';
import type { Token } from '../text/tokens';
import { canSpeak } from './animacy';
import { borrowSpeaker, heldByStatement } from './borrowed-speakers';
import { isNameToken, isRoleToken } from './naming-words';
import type { SpeakerBook } from './speaker-book';
import {
  opensSentence,
  speakerOfNext,
  speakerOfPrevious,
  speakerOfRecentSubject,
} from './neighbour-speakers';
import { RELATIVE_PRONOUNS } from '../lexicon/articles';
import { ATTITUDES } from '../lexicon/adjectives';
import { JUDGING_FORMS, LIGHT_VERB_SPEECH } from '../lexicon/quoting-words';
import {
  CLAUSE_OPENING_CONJUNCTIONS,
  COMMENT_OPENERS,
  COMPLEMENTIZERS,
  COORDINATING,
} from '../lexicon/conjunctions';
import { PASSIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { SEIN } from '../lexicon/verb-forms';
import { VON } from '../lexicon/prepositions';

/**
 * Gives speakers to the direct quotes of sentence `index` that have none, or no cue: from a statement of the
 * sentence that holds them, from the clause that leads up to them, from the next or the previous sentence, from
 * reported speech that continues around them. The order matters: each rule only fills what the ones before left.
 */
export function attributeDirectQuotes(
  state: PassState,
  index: number,
  direct: readonly FoundQuote[],
  statements: readonly FoundQuote[],
  continued: readonly FoundQuote[],
): void {
  const { model, book, speech } = state;
  for (const quote of direct)
    if (!quote.speaker || quote.cue.length === 0) borrowSpeaker(quote, statements);
    else heldByStatement(quote, statements);
  for (const quote of direct) if (!quote.mention) speakerOfFrame(model, quote, book, speech);
  for (const quote of direct) if (!quote.speaker) speakerOfNext(model, index, quote, book);
  for (const quote of direct)
    if (!quote.speaker && opensSentence(model, quote)) speakerOfPrevious(model, index, quote, book);
  // A partial quote inside continued reported speech is the same speaker's ("Die Lage sei „ernst“.").
  for (const quote of direct) if (quote.cue.length === 0) borrowSpeaker(quote, continued);
}

/**
 * Gives speakers to the statements of sentence `index` that continue reported speech with no cue: the sentence's
 * own framing subject, or the subject of a sentence just before it.
 */
export function attributeContinued(state: PassState, index: number, continued: readonly FoundQuote[]): void {
  const { model, book, speech } = state;
  for (const quote of continued) {
    continueFromSubject(model, index, quote, book, speech, state.quotedSentence === index - 1);
    if (!quote.speaker) speakerOfRecentSubject(model, index, quote, book);
  }
}

/** Points each quote whose speaker came from the context at the phrase that last named that speaker. */
export function pointAtLatestMentions(state: PassState, index: number, quotes: readonly FoundQuote[]): void {
  for (const quote of quotes)
    if (quote.speaker && !quote.mention) pointAtLatestMention(state.model, index, quote, state.book);
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
    (t, i) => COMPLEMENTIZERS.has(t.lower) && sentence.tokens[i - 1]?.text === ',' && !inside(t),
  );
  // "Vor Gericht sieht Berger einen „Angriff“, es gehe um …": a clause that reports a view frames what follows
  const part = quote.spans[0];
  const lead = part ? sentence.tokens.filter((t) => t.end <= part.start) : [];
  // "Die Soldaten waren davon ausgegangen, die Männer seien bewaffnet": a Konjunktiv clause after the comma of a
  // main clause depends on it, and the main clause's subject holds what it states; a relative clause belongs to
  // its noun instead ("Die Polizei sucht den Mann, der den Brand gelegt haben soll": a claim of no one named)
  const opener = sentence.tokens[lead.length]?.lower ?? '';
  const next = sentence.tokens[lead.length + 1];
  // An article takes a noun ("die Männer", "die neuen Regeln"); a relative pronoun does not ("der den Brand …").
  const relative =
    RELATIVE_PRONOUNS.has(opener) && next !== undefined && !next.capital && !isAdjective(next.lower);
  const dependent =
    lead.length > 2 &&
    lead[lead.length - 1]?.text === ',' &&
    !relative &&
    !COORDINATING.has(opener) &&
    !COMMENT_OPENERS.has(opener) &&
    !CLAUSE_OPENING_CONJUNCTIONS.has(opener) &&
    !lead.some((t) => PASSIVE_AUXILIARIES.has(t.lower));
  const own =
    (lead.length === 0 ? viewHolder(sentence.tokens) : undefined) ??
    heardFrom(lead) ??
    (frames || dependent ? openingSubject(sentence.tokens, knows, true) : undefined) ??
    (lead.length > 0 && (dependent || reportsSpeech(lead, inside)) ? frameSubject(lead, knows) : undefined);
  const from = own
    ? sentence
    : !previousQuoted &&
        previous?.paragraph === sentence.paragraph &&
        (!quote.speaker || reportsSpeech(previous.tokens, insideQuotes(model, previous.paragraph)))
      ? previous
      : undefined;
  const phrase =
    own ?? (from ? reporterOf(from.tokens, insideQuotes(model, from.paragraph), knows) : undefined);
  const resolved = phrase ? book.resolve(phrase, from && subjectNumber(from.tokens, phrase)) : undefined;
  const mention = phrase && from ? partOf(from.paragraph, phrase) : undefined;
  if (!resolved || !mention) return;
  quote.speaker = resolved.speaker;
  quote.mention = mention;
  context.speaker = resolved.speaker;
}

/**
 * Whether a sentence reports what its subject says, asks for or holds (a speech, stance or reporting verb: "Der
 * Verband fordert einen Plan."; a judgement or an attitude: "Das Amt sieht keine Gefahr.", "Der Minister ist
 * besorgt."): only then does a Konjunktiv sentence after it go on with that subject's words.
 * After narration ("Alle Verletzten stammen aus der Stadt.") the subject is what the report is about, and the
 * reported speech goes on from whoever spoke before.
 */
function reportsSpeech(tokens: readonly Token[], inside: (token: Token) => boolean): boolean {
  const judges = tokens.some(
    (t) => !inside(t) && !t.capital && (ATTITUDES.has(t.lower) || JUDGING_FORMS.has(t.lower)),
  );
  return judges || speechAct(tokens, inside) || findCues(tokens, inside).length > 0;
}

/** Whether a noun and its light verb make an act of speech in the sentence ("nahm dazu Stellung"). */
function speechAct(tokens: readonly Token[], inside: (token: Token) => boolean): boolean {
  // one pass over the sentence for each noun of the (short) lexicon, not for each noun found: linear
  const outside = tokens.filter((t) => !inside(t));
  return [...LIGHT_VERB_SPEECH].some(
    ([noun, forms]) =>
      outside.some((t) => t.capital && t.lower === noun) && outside.some((t) => forms.has(t.lower)),
  );
}

/**
 * "Aus dem Ministerium war zu hören, …": "sein" with a zu-infinitive is a passive with no agent, so the phrase after
 * an opening "aus" is where the words come from.
 */
function heardFrom(lead: readonly Token[]): Token[] | undefined {
  const [first] = lead;
  if (first?.lower !== 'aus' || lead[lead.length - 1]?.text !== ',') return undefined;
  const zu = lead.findIndex((t, i) => t.lower === 'zu' && SEIN.has(lead[i - 1]?.lower ?? ''));
  const verb = lead[zu + 1];
  if (zu < 0 || !verb || verb.capital || lead[zu + 2]?.text !== ',') return undefined;
  const phrase = nounPhrase(lead, 1);
  return phrase && canSpeak(phrase) ? phrase : undefined;
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
  const phrase = passiveAgent(lead) ?? frameSubject(lead, (names) => book.knows(names));
  const resolved = phrase ? book.resolve(phrase, subjectNumber(sentence.tokens, phrase)) : undefined;
  const mention = phrase ? partOf(part.paragraph, phrase) : undefined;
  if (!resolved || !mention) return;
  quote.speaker = resolved.speaker;
  quote.mention = mention;
  context.speaker = resolved.speaker;
}

/**
 * "Die Lage wird vom Wetterdienst als „sehr ernst“ eingestuft": in a passive the one who acts, and so speaks, is
 * the agent after "von" (the last such phrase that can speak, since "von" also opens an attribute: "die Gefahr von
 * Bränden vom Wetterdienst"), not the subject, which is what is spoken of.
 */
function passiveAgent(lead: readonly Token[]): Token[] | undefined {
  // one pass from the end over the quotation's clause, and over the clause before it when the quotation's opens with
  // "um" ("…, um auf „…“ aufmerksam zu machen": an infinitive of purpose has the main clause's doer)
  let passive = false;
  let agent: Token[] | undefined;
  for (let k = lead.length - 1; k >= 0; k--) {
    const word = lead[k] as Token;
    if (word.text === ',') {
      if (passive && agent) return agent;
      if (lead[k + 1]?.lower !== 'um') return undefined;
      passive = false;
      agent = undefined;
    } else if (PASSIVE_AUXILIARIES.has(word.lower)) passive = true;
    else if (!agent && VON.has(word.lower)) {
      const phrase = nounPhrase(lead, k + 1);
      if (phrase && canSpeak(phrase)) agent = phrase;
    }
  }
  return passive ? agent : undefined;
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
