/**
 * Relayed quotations: a medium passes on what somebody said. "Die Zeitung zitiert den Minister mit den Worten:
 * „…“", "Der Minister wird von der Zeitung (mit den Worten) zitiert: „…“", "„…“, zitiert die Agentur den
 * Minister", "Der Minister sagte laut der Zeitung: „…“". The quote stays the person's; the medium is recorded as
 * the speaker who relays it, a collective speaker, since hand annotation (and a careful reader) counts both
 * attributions.
 */
import { endsClause } from '../grammar/clause-ends';
import { PASSIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import type { FoundQuote, Relay, TextModel } from '../model';
import { partOf, sentenceAt } from '../text/text-model';
import type { SpeakerBook } from './speaker-book';
import { nounPhrase } from '../grammar/noun-phrases';
import { tokenIndexAt, type Token } from '../text/tokens';
import { RELAY_ADVERBS } from '../lexicon/adverbs';
import { MEDIUM_PREPOSITIONS, VON } from '../lexicon/prepositions';
import { mediumAfter, mediumAt, mediumName, opensPhrase, phraseBefore } from './medium-names';

/** How far (in tokens) from the cue verb the medium may be named. */
const REACH = 16;

/**
 * The medium that relays `quote`, if its cue says one does; `undefined` otherwise. For an active "zitieren" whose
 * subject the speaker rules took for the speaker ("Die Agentur zitiert dazu den Minister: „…“"), the quote's
 * speaker and mention are moved to the person quoted. Looks at a bounded stretch around the cue.
 */
export function relayQuote(model: TextModel, quote: FoundQuote, book: SpeakerBook): Relay | undefined {
  const cuePart = quote.cue[0];
  if (!cuePart) return undefined;
  const sentence = model.sentences[sentenceAt(model.sentences, cuePart.paragraph, cuePart.start)];
  if (!sentence || sentence.paragraph !== cuePart.paragraph) return undefined;
  const tokens = sentence.tokens;
  const at = tokenIndexAt(tokens, cuePart.start);
  const verb = tokens[at];
  if (!verb || verb.start !== cuePart.start) return undefined;
  const [from, to] = clauseAround(tokens, at, quote, sentence.paragraph);
  const clause: Clause = { tokens, at, from, to, paragraph: sentence.paragraph };
  const found = /^zitier/u.test(verb.lower)
    ? passive(clause)
      ? passiveSource(clause, quote, book)
      : activeSubject(clause, quote, book)
    : passive(clause)
      ? undefined
      : lautSource(clause);
  if (!found) return undefined;
  const mention = partOf(sentence.paragraph, found.medium);
  const mentioned = quote.mention;
  if (!mention) return undefined;
  if (mentioned && mentioned.start < mention.end && mention.start < mentioned.end) return undefined;
  const text = model.paragraphs[sentence.paragraph]?.text ?? '';
  const speaker = book.collective(mediumName(text, found.medium));
  if (speaker === quote.speaker) return undefined;
  return {
    speaker,
    mention,
    cue: found.cue.map((t) => ({ paragraph: sentence.paragraph, start: t.start, end: t.end })),
  };
}

/** The cue verb's clause: tokens `[from, to)` of its sentence around the verb at `at`. */
interface Clause {
  tokens: readonly Token[];
  at: number;
  from: number;
  to: number;
  paragraph: number;
}

interface Found {
  medium: Token[];
  cue: Token[];
}

/**
 * The clause of the cue verb: tokens `[from, to)` between commas, colons or semicolons, stopping at the quoted
 * words themselves; bounded to {@link REACH} tokens each way.
 */
function clauseAround(
  tokens: readonly Token[],
  at: number,
  quote: FoundQuote,
  paragraph: number,
): [number, number] {
  let from = at;
  while (from > 0 && at - from < REACH && !stopsClause(tokens[from - 1] as Token, quote, paragraph)) from--;
  let to = at + 1;
  while (to < tokens.length && to - at < REACH && !stopsClause(tokens[to] as Token, quote, paragraph)) to++;
  return [from, to];
}

/** Whether `token` (of `paragraph`) bounds the cue's clause: a comma, colon or semicolon, or a word of the quote. */
function stopsClause(token: Token, quote: FoundQuote, paragraph: number): boolean {
  return (
    quote.spans.some((s) => s.paragraph === paragraph && token.start >= s.start && token.end <= s.end) ||
    (endsClause(token) && /^[,;:]$/u.test(token.text))
  );
}

/** Whether the clause's "zitiert" is passive: a form of "werden" in its clause ("wird … zitiert", "zitiert wird"). */
function passive({ tokens, from, to }: Clause): boolean {
  for (let k = from; k < to; k++) if (PASSIVE_AUXILIARIES.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * "Der Minister wird von der Zeitung zitiert", "In der Mitteilung wird der Minister wie folgt zitiert", "„…“ wird
 * der Minister im Fachblatt „Kurier“ zitiert", "wie der Minister vom „Kurier“ zitiert wird": the phrase after
 * "von" (preferred) or after a preposition of place in the verb's clause. When the quote's speaker was not found
 * in this clause, it becomes the clause's subject ("wie der Minister … zitiert wird").
 */
function passiveSource(clause: Clause, quote: FoundQuote, book: SpeakerBook): Found | undefined {
  const { tokens, at, from, to } = clause;
  let best: Found | undefined;
  let preposition = -1;
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    if (!MEDIUM_PREPOSITIONS.has(token.lower) || k === at) continue;
    const phrase = mediumAfter(tokens, k + 1, to);
    if (!phrase) continue;
    const agent = VON.has(token.lower);
    if (agent || !best) {
      best = { medium: phrase, cue: [tokens[at] as Token] };
      preposition = k;
    }
    if (agent) break;
  }
  if (best) quotedInClause(clause, quote, book, best.medium, preposition);
  return best;
}

/**
 * The person a passive "zitiert" quotes, when the speaker rules looked elsewhere or took the medium: the phrase that
 * opens the clause ("Der Minister wird …", "wie der Minister … zitiert wird"), follows its auxiliary ("„…“ wird der
 * Minister …") or stands before it between commas ("Der Leiter, Paul Weber, wird …").
 */
function quotedInClause(
  clause: Clause,
  quote: FoundQuote,
  book: SpeakerBook,
  medium: readonly Token[],
  preposition: number,
): void {
  const { tokens, from, to, paragraph } = clause;
  const first = tokens[from];
  const last = tokens[to - 1];
  const mentioned = quote.mention;
  const mediumFirst = medium[0] as Token;
  const mediumLast = medium[medium.length - 1] as Token;
  if (!first || !last) return;
  const inClause =
    mentioned?.paragraph === paragraph && mentioned.start >= first.start && mentioned.end <= last.end;
  const onMedium = mentioned && mentioned.start < mediumLast.end && mediumFirst.start < mentioned.end;
  if (inClause && !onMedium) return;
  let start = from;
  if (tokens[start]?.lower === 'wie' || tokens[start]?.lower === 'so') start++;
  let phrase: Token[] | undefined;
  if (
    start === from &&
    PASSIVE_AUXILIARIES.has(tokens[start]?.lower ?? '') &&
    tokens[from - 1]?.text === ','
  ) {
    // "Der Leiter, Paul Weber, wird von der Zeitung zitiert": the words before the comma.
    let k = from - 1;
    while (k > 0 && from - k < REACH && !endsClause(tokens[k - 1] as Token)) k--;
    phrase = opensPhrase(tokens[k]) ? phraseBefore(tokens, k, from - 1) : undefined;
  } else {
    if (PASSIVE_AUXILIARIES.has(tokens[start]?.lower ?? '')) start++;
    if (!opensPhrase(tokens[start]) || medium.includes(tokens[start] as Token)) return;
    phrase = phraseBefore(tokens, start, preposition > start ? preposition : to);
  }
  const resolved = phrase ? book.resolve(phrase) : undefined;
  const part = phrase ? partOf(paragraph, phrase) : undefined;
  if (!resolved || !part) return;
  quote.speaker = resolved.speaker;
  quote.mention = part;
}

/**
 * "Die Zeitung zitiert den Minister mit den Worten", "„…“, zitiert die Agentur den Minister": the subject of an
 * active "zitieren" relays; the person is its object. When the speaker rules attributed the quote to the subject,
 * the speaker and mention move to the object.
 */
function activeSubject(clause: Clause, quote: FoundQuote, book: SpeakerBook): Found | undefined {
  const { tokens, at, from, to, paragraph } = clause;
  const verb = tokens[at] as Token;
  let subject: Token[] | undefined;
  let objectAt = at + 1;
  const before = from < at ? nounPhrase(tokens, from, verb) : undefined;
  if (before && from + before.length === at && opensPhrase(tokens[from])) {
    subject = before;
  } else {
    // Inverted: "…, zitiert die Agentur den Minister"; the subject stands right after the verb.
    const after = mediumAt(tokens, at + 1, to);
    if (!after) return undefined;
    subject = after;
    objectAt = at + 1 + after.length;
  }
  while (objectAt < to && objectAt - at < 5 && RELAY_ADVERBS.has((tokens[objectAt] as Token).lower))
    objectAt++;
  const object = opensPhrase(tokens[objectAt]) ? phraseBefore(tokens, objectAt, to) : undefined;
  if (!object) return undefined;
  const mentioned = quote.mention;
  if (!mentioned || mentioned.start < (subject[subject.length - 1] as Token).end) {
    // The rules took the medium (or nobody) for the speaker: the person quoted is the object.
    const resolved = book.resolve(object);
    const part = partOf(paragraph, object);
    if (resolved && part) {
      quote.speaker = resolved.speaker;
      quote.mention = part;
    }
  }
  return { medium: subject, cue: [verb] };
}

/** "Der Minister sagte laut der Zeitung: „…“": the phrase after "laut" in the cue's clause. */
function lautSource({ tokens, at, from, to }: Clause): Found | undefined {
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    if (token.lower !== 'laut' || k === at) continue;
    const phrase = mediumAfter(tokens, k + 1, to);
    if (phrase) return { medium: phrase, cue: [token] };
  }
  return undefined;
}
