/**
 * The state of one pass over a text: what the stages of `annotate-text.ts` read and update as they go sentence by
 * sentence. Made fresh for every text by {@link startPass}; nothing of it outlives the call.
 */
import { parseDay, type Day } from './dates/date-match';
import type { FoundDate, FoundQuote, PassMemo, Sentence, SpeechContext, TextModel } from './model';
import { SpeakerBook } from './speakers/speaker-book';
import type { QuotedPassage } from './text/quotation-marks';
import { findCues, type Cue } from './grammar/cues';
import { insideQuotes, modelText, sentenceAt } from './text/text-model';

/** The state the stages of one pass share. */
export interface PassState {
  readonly model: TextModel;
  /** The speakers found so far, and who "er", "sie" or "der Minister" refers to. */
  readonly book: SpeakerBook;
  /** The publication day, against which weekdays and "gestern" are resolved. */
  readonly day: Day | undefined;
  readonly speech: SpeechContext;
  readonly memo: PassMemo;
  /** Quoted passages already part of a direct quote (the second part of „…“, sagte X, „…“). */
  readonly consumed: Set<QuotedPassage>;
  /** The words of passages found to be names ("„Nordlicht“", "„NVA“"), so that the same words later are too. */
  readonly quotedNames: Set<string>;
  /** Passages grouped by the index of the sentence their last part ends in. */
  readonly passagesEndingIn: ReadonlyMap<number, QuotedPassage[]>;
  /** Each passage's index in `model.passages`. */
  readonly passageOrder: ReadonlyMap<QuotedPassage, number>;
  /** Index of the last sentence with a direct quote or a statement with a cue, or -Infinity. */
  quotedSentence: number;
  readonly quotes: FoundQuote[];
  readonly dates: FoundDate[];
}

/** A fresh state for a pass over `input`, published on `published` (`YYYY-MM-DD`). */
export function startPass(input: string, published?: string): PassState {
  const model = modelText(input);
  return {
    model,
    book: new SpeakerBook(),
    day: parseDay(published),
    speech: { speaker: undefined, sentence: Number.NEGATIVE_INFINITY, continuation: undefined },
    memo: { cues: new Map(), konjunktiv: new Map(), paragraphHasCue: new Map() },
    consumed: new Set(),
    quotedNames: new Set(),
    passagesEndingIn: passagesBySentenceEnd(model),
    passageOrder: new Map(model.passages.map((p, i) => [p, i])),
    quotedSentence: Number.NEGATIVE_INFINITY,
    quotes: [],
    dates: [],
  };
}

/** The passage that follows `passage` in the text, if any. */
export function nextPassage(state: PassState, passage: QuotedPassage): QuotedPassage | undefined {
  return state.model.passages[(state.passageOrder.get(passage) ?? -2) + 1];
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
 * The speech cues of `sentence` outside quotation marks, found once per pass however many stages ask (the statements
 * of its cues, the report around them, the speech a direct quote's neighbours announce). Shared: do not change it.
 */
export function cuesOf(memo: PassMemo, model: TextModel, sentence: Sentence): readonly Cue[] {
  let cues = memo.cues.get(sentence);
  if (!cues) {
    cues = findCues(sentence.tokens, insideQuotes(model, sentence.paragraph));
    memo.cues.set(sentence, cues);
  }
  return cues;
}
