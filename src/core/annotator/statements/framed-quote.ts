/**
 * A statement that a frame introduces ("laut X", "X zufolge", "so X", a noun, a colon) as a found quote: indirect,
 * its speaker resolved from the frame's phrase. The speaker becomes the one whose speech later sentences continue.
 */
import type { FoundQuote, Sentence, SpeechContext } from '../model';
import type { SpeakerBook } from '../speakers/speaker-book';
import type { QuotedPart } from '../text/quotation-marks';
import { frameSubject } from '../grammar/opening-subjects';
import { partOf } from '../text/text-model';
import type { Token } from '../text/tokens';

/**
 * "eigen" before the source noun ("nach eigenen Angaben", "eigenem Bekunden nach"): like a reflexive, it refers
 * to the subject of its clause, who is the source; the phrase stays the mention. A subject the rules cannot
 * name leaves the statement without a speaker rather than one called "Angaben".
 */
const OWN = /^eigen(?:e|en|em|er|es)?$/;

/**
 * The quote for `spans` framed by the `cue` tokens, with `phrase` naming the speaker. `mentioned` is the word that
 * stands for the speaker in the statement's clause when it is not the phrase: the relative word of a content
 * relative clause ("Gerüchte, nach denen …": "denen"), which refers to the phrase as a pronoun does. A phrase that
 * names no speaker stays the mention, since the relative word would then point to nothing shown.
 */
export function framedQuote(
  book: SpeakerBook,
  context: SpeechContext,
  sentence: Sentence,
  spans: QuotedPart[],
  cue: Token[],
  phrase: Token[],
  mentioned: Token[] = phrase,
): FoundQuote {
  const reflexive = OWN.test(phrase[0]?.lower ?? '');
  const own = reflexive ? frameSubject(sentence.tokens, (n) => book.knows(n)) : phrase;
  const resolved = own ? book.resolve(own) : undefined;
  const mention = partOf(sentence.paragraph, resolved ? mentioned : phrase);
  context.speaker = resolved?.speaker ?? context.speaker;
  return {
    kind: 'indirect',
    spans,
    cue: cue.map((t) => ({ paragraph: sentence.paragraph, start: t.start, end: t.end })),
    ...(mention ? { mention } : {}),
    ...(resolved ? { speaker: resolved.speaker } : {}),
    confidence: resolved ? 0.7 : 0.5,
  };
}
