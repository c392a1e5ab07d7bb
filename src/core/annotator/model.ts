/**
 * The annotator's model types, in one module that imports no rule: a text's paragraphs, sentences with their
 * tokens and quoted passages; the quotes, speakers and relays the rules find. Offsets are UTF-16, half-open, relative to a paragraph unless a name says otherwise.
 */
import type { QuoteKind } from '../article/schema';
import type { DateMention } from './dates/date-match';
import type { Cue } from './grammar/cues';
import type { TextParagraph } from './text/paragraphs';
import type { QuotedPart, QuotedPassage } from './text/quotation-marks';
import type { Token } from './text/tokens';

/** A sentence of a paragraph with its tokens (offsets relative to the paragraph). */
export interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
}

/** A statement found by the rules, before it becomes a format-v1 `Quote`. */
export interface FoundQuote {
  kind: QuoteKind;
  /** What was said; for a direct quote the quotation marks are included. */
  spans: QuotedPart[];
  cue: QuotedPart[];
  mention?: QuotedPart;
  speaker?: SpeakerEntity;
  /** The medium that relays the quotation ("zitiert die Zeitung den Minister"), when the text names one. */
  relay?: Relay;
  /** 0-1, set by the rule that found it; the output marks it for review below `REVIEW_BELOW` (`review.ts`). */
  confidence: number;
}

/** A text cut into paragraphs, sentences and tokens, with its quoted passages. */
export interface TextModel {
  input: string;
  paragraphs: TextParagraph[];
  sentences: Sentence[];
  passages: QuotedPassage[];
  /** Per paragraph, the closed quoted parts sorted by start, for "is this token inside quotation marks?". */
  quotedParts: QuotedPart[][];
}

/** A speaker found in the text, before it becomes a format-v1 `Speaker`. */
export interface SpeakerEntity {
  id: string;
  name: string;
  kind: 'person' | 'collective';
  /** The role as written next to the name, e.g. "US-Verteidigungsminister". */
  role?: string;
  /**
   * A person's gender where the text shows it beyond the role noun ("der Vorsitzende", "eine Abgeordnete"), for the
   * pronouns that take the person up; a role of one gender ("Ministerin") shows it by itself.
   */
  gender?: 'f' | 'm';
  /**
   * The number the verb of the speaker's first mention with one showed ("die Arbeitgeber wiesen" several, "die
   * Regierung wies" one), for a plural "sie" that takes the speakers up.
   */
  number?: 'singular' | 'plural';
}

/** How a mention was resolved, for the confidence of the quote it belongs to. */
export type Resolution = 'name' | 'pronoun' | 'role' | 'collective';

/** Who relays a quotation, and where the text says so. */
export interface Relay {
  /** The relaying medium: a newspaper, an agency, a broadcaster, a press release. Always collective. */
  speaker: SpeakerEntity;
  /** Where the medium is named. */
  mention: QuotedPart;
  /** The word that makes it a relay: the form of "zitieren", or "laut". */
  cue: QuotedPart[];
}

/** A date mention with the sentence it is in. */
export interface FoundDate extends DateMention {
  paragraph: number;
  /** Index into the model's sentences. */
  sentence: number;
}

/**
 * The speaker last quoted and where, so that a following quote or sentence can continue their speech. Kept by the
 * pass over one text; each stage that finds a statement updates it.
 */
export interface SpeechContext {
  speaker: SpeakerEntity | undefined;
  /** Index of the sentence of the last statement, or -Infinity. */
  sentence: number;
  /**
   * The last statement that continues speech with no cue of its own, the sentence it ends in, and whether it
   * spans its whole sentence: a run of such sentences becomes one statement.
   */
  continuation: { quote: FoundQuote; index: number; whole: boolean } | undefined;
}

/**
 * What several rules ask of the same sentence or paragraph, worked out once per pass: the speech-verb cues of a
 * sentence, whether it has a Konjunktiv I verb outside quotation marks, whether a paragraph has a cue at all.
 */
export interface PassMemo {
  readonly cues: Map<Sentence, readonly Cue[]>;
  readonly konjunktiv: Map<Sentence, boolean>;
  readonly paragraphHasCue: Map<number, boolean>;
}
