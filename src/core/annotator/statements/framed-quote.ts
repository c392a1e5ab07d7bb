/**
 * A statement that a frame introduces ("laut X", "X zufolge", "so X", a noun, a colon) as a found quote: indirect,
 * its speaker resolved from the frame's phrase. The speaker becomes the one whose speech later sentences continue.
 */
import type { FoundQuote, Sentence, SpeechContext } from '../model';
import type { SpeakerBook } from '../speakers/speaker-book';
import type { QuotedPart } from '../text/quotation-marks';
import { partOf } from '../text/text-model';
import type { Token } from '../text/tokens';

/** The quote for `spans` framed by the `cue` tokens, with `phrase` naming the speaker. */
export function framedQuote(
  book: SpeakerBook,
  context: SpeechContext,
  sentence: Sentence,
  spans: QuotedPart[],
  cue: Token[],
  phrase: Token[],
): FoundQuote {
  const resolved = book.resolve(phrase);
  const mention = partOf(sentence.paragraph, phrase);
  context.speaker = resolved?.speaker ?? context.speaker;
  return {
    kind: 'indirect',
    spans,
    cue: cue.map((t) => ({ paragraph: sentence.paragraph, start: t.start, end: t.end })),
    ...(mention ? { mention } : {}),
    ...(resolved ? { speaker: resolved.speaker } : {}),
    confidence: resolved ? 0.7 : 0.5,
    needsReview: true,
  };
}
