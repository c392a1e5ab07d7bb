/**
 * The statements of one sentence: those a speech verb introduces ("Berger sagte, …", `cued-statements.ts`) and
 * those a source frame introduces ("laut X", "X zufolge", "so X", `source-frames.ts`), with the medium that relays
 * them (`speakers/relay.ts`).
 */
import { OPENING_FRAME_NOUNS } from '../lexicon/statement-nouns';
import type { FoundQuote, Sentence, TextModel } from '../model';
import { insideQuotes } from '../text/text-model';
import type { Token } from '../text/tokens';
import type { PassState } from '../pass-state';
import { FRAME_WORDS } from '../lexicon/prepositions';
import { relayQuote } from '../speakers/relay';
import type { SpeakerBook } from '../speakers/speaker-book';
import { announcedSpeaker } from './announced-speech';
import { cueStatementsIn } from './cued-statements';
import { framedStatementsIn } from './source-frames';

/**
 * Finds the statements of sentence `index` and records the relays of its direct quotes and statements. A frame
 * that opens the sentence ("Laut X appellierte Y an Z, …", "Nach Angaben der Polizei habe …") attributes all of it
 * to X, a cue inside included; otherwise the speech verbs come first, and a frame or a noun that announces a
 * statement ("Auf den Vorwurf, der Plan sei zu teuer, antwortete X, …") counts beside them where it shares no
 * character with their statements and cues (on train +3 matched for +3 predicted against counting it only in a
 * sentence with no speech verb). A "laut X" that names the relay of a quote is not a statement of its own.
 */
export function statementsIn(state: PassState, index: number, direct: readonly FoundQuote[]): FoundQuote[] {
  const { model, book, speech } = state;
  const sentence = model.sentences[index];
  if (!sentence || asks(model, sentence)) return [];
  const [first, second] = sentence.tokens;
  const opensWithFrame =
    first?.lower === 'laut' || (first?.lower === 'nach' && OPENING_FRAME_NOUNS.has(second?.lower ?? ''));
  const opening = opensWithFrame ? framedStatementsIn(model, sentence, book, speech) : [];
  if (opening.length > 0) opening.push(...nestedFrames(model, sentence, book, speech, opening));
  const cued = opening.length > 0 ? [] : cueStatementsIn(model, sentence, book, speech, state.memo);
  const relays = noteRelays(model, [...direct, ...cued], book);
  const framed =
    opening.length > 0
      ? opening
      : cued.length === 0
        ? framedStatementsIn(model, sentence, book, speech)
        : besideCues(sentence.tokens)
          ? framedStatementsIn(model, sentence, book, speech).filter(
              (q) => !overlapsAny(q, cued) || nestedIn(q, cued, sentence.tokens),
            )
          : [];
  const statements = [...cued, ...framed.filter((q) => !relays.has(q.cue[0]?.start ?? -1))];
  if (statements.length > 0) speech.sentence = index;
  else announced(state, index);
  return statements;
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

/**
 * Whether a frame or a statement noun may stand beside a speech verb's statement in a sentence of `tokens`: both
 * need a comma of their own ("Auf den Vorwurf, der Plan sei teuer, antwortete X, dass …"), so only a sentence with
 * two commas is searched again, which keeps the second search off most sentences.
 */
function besideCues(tokens: readonly Token[]): boolean {
  let commas = 0;
  for (const token of tokens) if (token.text === ',' && ++commas >= 2) return true;
  return false;
}

/**
 * "Laut Polizei sei ein Wagen kontrolliert worden, von dem nach Angaben von Zeugen Steine flogen": a second frame,
 * in a subordinate clause of the statement an opening frame gives, frames that clause as well.
 */
function nestedFrames(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  speech: PassState['speech'],
  opening: readonly FoundQuote[],
): FoundQuote[] {
  const cueEnd = Math.max(...opening.flatMap((q) => q.cue.map((c) => c.end)));
  const next = sentence.tokens.findIndex((t) => t.start >= cueEnd);
  if (next < 0) return [];
  return framedStatementsIn(model, sentence, book, speech, next).filter((q) =>
    nestedIn(q, opening, sentence.tokens),
  );
}

/**
 * "X sagte, dass er den Sprecher angerufen habe, worauf dieser nach eigenen Angaben schwieg": a frame inside a
 * subordinate clause of a speech verb's statement makes that clause a report of its own source within the
 * statement (the frame's statement lies inside one statement's span and touches no cue).
 */
function nestedIn(quote: FoundQuote, cued: readonly FoundQuote[], tokens: readonly Token[]): boolean {
  const cue = quote.cue[0];
  const word = cue && tokens.find((t) => t.start === cue.start);
  if (!word || !FRAME_WORDS.has(word.lower)) return false;
  const cues = cued.flatMap((o) => o.cue);
  const touchesCue = [...quote.spans, ...quote.cue].some((b) =>
    cues.some((a) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end),
  );
  return (
    !touchesCue &&
    cued.some((o) =>
      o.spans.some(
        (s) =>
          quote.spans.every((b) => b.paragraph === s.paragraph && s.start <= b.start && b.end <= s.end) &&
          quote.spans.some((b) => b.start > s.start),
      ),
    )
  );
}

/** Whether `quote`'s spans or cue share a character with those of any of `others`. */
function overlapsAny(quote: FoundQuote, others: readonly FoundQuote[]): boolean {
  return others.some((o) =>
    [...o.spans, ...o.cue].some((a) =>
      [...quote.spans, ...quote.cue].some(
        (b) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end,
      ),
    ),
  );
}

/**
 * Whether the sentence is a question of its own (its last mark outside quotation marks is "?"): "Glauben Sie,
 * dass die Drohungen ernst sind?" asks and states nothing. A question inside a quotation does not count.
 */
function asks(model: TextModel, sentence: Sentence): boolean {
  const inside = insideQuotes(model, sentence.paragraph);
  for (let k = sentence.tokens.length - 1; k >= 0; k--) {
    const token = sentence.tokens[k] as Token;
    if (inside(token)) return false;
    if (token.word) return false;
    if (token.text === '?') return true;
  }
  return false;
}

/** "Die Ministerin widersprach.": who speaks in the sentences after one that says only that someone spoke. */
function announced(state: PassState, index: number): void {
  const { model, book, speech } = state;
  const sentence = model.sentences[index] as Sentence;
  const speaker = announcedSpeaker(model, sentence, book);
  if (!speaker) return;
  speech.sentence = index;
  speech.speaker = speaker;
}
