/**
 * The annotator's pass: reads a text sentence by sentence, in order, so that "er" and "der Minister" refer to the
 * person mentioned last, and collects quotes, speakers and dates. The stages, in the order they run on each
 * sentence, are the calls in {@link annotateText}; what they share is one {@link PassState}. Everything here is
 * linear in the length of the text: each sentence is scanned a bounded number of times and no regular expression
 * can backtrack.
 */
import { findDates } from './dates/date-mentions';
import type { FoundDate, FoundQuote, Sentence, SpeakerEntity, TextModel } from './model';
import { startPass, type PassState } from './pass-state';
import { directQuotesIn } from './quotes/direct-quotes';
import { attributeContinued, attributeDirectQuotes, pointAtLatestMentions } from './speakers/attribution';
import { notePersons, splitAtPronoun } from './speakers/persons';
import { continuationIn, reportedAroundStatements } from './statements/continuation';
import { interviewTurnIn, interviewTurns } from './statements/interview-turns';
import { statementsIn } from './statements/sentence-statements';

/** Everything the annotator found in a text, with offsets relative to paragraphs of `model`. */
export interface AnnotatedText {
  model: TextModel;
  quotes: FoundQuote[];
  speakers: readonly SpeakerEntity[];
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
  const state = startPass(input, published);
  const { model, book } = state;
  const turns = interviewTurns(model);
  model.sentences.forEach((sentence, index) => {
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(index / model.sentences.length);
    forgetDistantSpeaker(state, index);
    const [beforePronoun, fromPronoun] = splitAtPronoun(sentence.tokens);
    notePersons(model, sentence.paragraph, beforePronoun, book);
    const quotes = interviewTurnIn(state, turns, index) ?? quotesIn(state, index);
    pointAtLatestMentions(state, index, quotes);
    state.quotes.push(...quotes);
    notePersons(model, sentence.paragraph, fromPronoun, book);
    for (const { start, end, date, relative } of findDates(sentence.tokens, state.day))
      state.dates.push({ start, end, date, relative, paragraph: sentence.paragraph, sentence: index });
  });
  onProgress?.(1);
  return { model, quotes: state.quotes, speakers: book.speakers, dates: state.dates };
}

/**
 * The quotes of sentence `index` in running text: its direct quotes, the statements its cues and frames introduce,
 * the reported speech it continues, each with its speaker.
 */
function quotesIn(state: PassState, index: number): FoundQuote[] {
  const { model, book, speech } = state;
  const sentence = model.sentences[index] as Sentence;
  const direct = directQuotesIn(state, index);
  let statements = statementsIn(state, index, direct).filter((q) => !heldBefore(state, sentence, q));
  // A sentence that holds a direct quote can still continue reported speech (the two are annotated apart).
  const around = statements.length > 0 && reportedAroundStatements(model, sentence, statements, state.memo);
  const continued =
    statements.length === 0 || around
      ? continuationIn(model, sentence, index, speech, book, state.memo, state.day)
      : [];
  // The report around a statement holds it: "Sie habe … und frage X, ob …" is one passage.
  if (around && continued.length > 0) statements = statements.filter((q) => !within(q, continued));
  attributeContinued(state, index, continued);
  if (direct.length > 0 || statements.length > 0) state.quotedSentence = index;
  attributeDirectQuotes(state, index, direct, statements, continued);
  return [...direct, ...statements, ...continued];
}

/** A new paragraph more than four sentences after the last statement no longer continues its speaker's speech. */
function forgetDistantSpeaker(state: PassState, index: number): void {
  const { model, speech } = state;
  const sentence = model.sentences[index];
  const previous = model.sentences[index - 1];
  if (sentence && previous && previous.paragraph !== sentence.paragraph && index - speech.sentence > 4)
    speech.speaker = undefined;
}

/**
 * Whether `quote` reaches back before `sentence` over words a quote of an earlier sentence already holds: "X schläft
 * laut einer Studie schlecht. Das geht aus dem Bericht hervor" is one statement, found once.
 */
function heldBefore(state: PassState, sentence: Sentence, quote: FoundQuote): boolean {
  const first = quote.spans[0];
  if (!first || (first.paragraph === sentence.paragraph && first.start >= sentence.start)) return false;
  const overlaps = (q: FoundQuote): boolean =>
    q.spans.some((s) =>
      quote.spans.some((p) => p.paragraph === s.paragraph && p.start < s.end && s.start < p.end),
    );
  // quotes are found in text order: only the latest ones, back to the first that ends before this one, can overlap
  for (let i = state.quotes.length - 1; i >= 0; i--) {
    const q = state.quotes[i] as FoundQuote;
    const last = q.spans[q.spans.length - 1];
    if (
      last &&
      (last.paragraph < first.paragraph || (last.paragraph === first.paragraph && last.end <= first.start))
    )
      break;
    if (
      q.kind !== 'direct' &&
      (quote.speaker === undefined || q.speaker?.id === quote.speaker.id) &&
      overlaps(q)
    )
      return true;
  }
  return false;
}

/** Whether every span of `quote` lies inside a span of one of `others`. */
function within(quote: FoundQuote, others: readonly FoundQuote[]): boolean {
  return quote.spans.every((part) =>
    others.some((o) =>
      o.spans.some((s) => s.paragraph === part.paragraph && s.start <= part.start && part.end <= s.end),
    ),
  );
}
