/**
 * A sentence that says only that someone spoke ("Die Ministerin widersprach.", "Eva Bas hielt dagegen."): the
 * Konjunktiv sentences after it are that person's words, so the pass notes them as the one speaking.
 */
import { subjectNumber } from '../grammar/verb-number';
import { findCues, mayCloseAsCue } from '../grammar/cues';
import { findSubject } from '../grammar/subjects';
import type { Sentence, SpeakerEntity, TextModel } from '../model';
import { canSpeak } from '../speakers/animacy';
import type { SpeakerBook } from '../speakers/speaker-book';
import { insideQuotes } from '../text/text-model';
import type { Token } from '../text/tokens';

/**
 * "Die Ministerin widersprach.", "Arbeitsministerin Eva Bas hielt dagegen.": a sentence that ends with its speech verb
 * says that someone spoke, not what; the Konjunktiv sentences after it are their words. The verb's subject as a
 * speaker, when it can speak; `undefined` for any other sentence.
 */
export function announcedSpeaker(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
): SpeakerEntity | undefined {
  const tokens = sentence.tokens;
  let last = tokens.length - 1;
  while (last >= 0 && !(tokens[last] as Token).word) last--;
  const closing = tokens[last];
  if (!closing || closing.capital || !mayCloseAsCue(closing.lower)) return undefined;
  if (tokens.slice(last + 1).some((t) => t.text !== '.' && t.text !== ':')) return undefined;
  const inside = insideQuotes(model, sentence.paragraph);
  const cue = findCues(tokens, inside).find((c) => c.tokens[c.tokens.length - 1] === closing);
  // a finite verb ("widersprach", "hielt dagegen"), not an infinitive after a modal or a participle
  if (!cue || cue.participle || cue.tokens[0]?.lower === cue.verb.lemma) return undefined;
  const phrase = findSubject(tokens, cue);
  if (!phrase || !canSpeak(phrase)) return undefined;
  // a short sentence: the subject, the verb and at most a few words more ("widersprach am Montag")
  const words = tokens.filter((t) => t.word).length;
  if (words - phrase.filter((t) => t.word).length - cue.tokens.length > ANNOUNCING_EXTRA_WORDS)
    return undefined;
  return book.resolve(phrase, subjectNumber(tokens, phrase))?.speaker;
}

/** How many words besides its subject and verb a sentence that only says someone spoke may have: "am Montag". */
const ANNOUNCING_EXTRA_WORDS = 3;
