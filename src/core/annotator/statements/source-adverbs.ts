/**
 * What "Demnach" and "Danach" ("according to that") point back to: the document the sentence before names, and
 * whether that sentence made something public and who did.
 */
import { isReportedVerb } from '../grammar/reported-verbs';
import { nounPhrase } from '../grammar/noun-phrases';
import { PASSIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { PUBLISHING_FORMS, PUBLISHING_WITH_VOR } from '../lexicon/verb-forms';
import type { Sentence, SpeakerEntity, TextModel } from '../model';
import type { SpeakerBook } from '../speakers/speaker-book';
import type { Token } from '../text/tokens';
import { documentNamedIn } from './source-phrases';
import { sentenceAt } from '../text/text-model';

/** The document the sentence before `sentence` names ("die Studie", "der Bericht"), if any. */
export function documentBefore(model: TextModel, sentence: Sentence): Token[] | undefined {
  const previous = sentenceBefore(model, sentence);
  return previous && documentNamedIn(previous.tokens);
}

/**
 * Whether the sentence before `sentence` makes something public ("Die Bank veröffentlichte neue Zahlen", "Die
 * Studie wurde in Berlin vorgestellt"): then a "Danach" that opens `sentence` means "according to it".
 */
export function publishedBefore(model: TextModel, sentence: Sentence): boolean {
  const previous = sentenceBefore(model, sentence);
  if (!previous || !reportsInPresent(sentence.tokens[1])) return false;
  const tokens = previous.tokens;
  let withVor = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (PUBLISHING_FORMS.has(token.lower)) return true;
    if (PUBLISHING_WITH_VOR.has(token.lower)) withVor = true;
    // "legte den Bericht vor.", not "stellte ihn vor Gericht": the particle closes the clause
    else if (withVor && token.lower === 'vor' && !tokens[k + 1]?.word) return true;
  }
  return false;
}

/**
 * Whether the finite verb after "Danach" is in the present or the Konjunktiv, as what a document says is told
 * ("Danach verzeichnet die Bank …", "Danach seien …"): "Danach ging er", "Danach wurde er" narrate what came next.
 * The present's third person ends in "-t" or "-en" ("-te", "-ten" are the past's).
 */
function reportsInPresent(verb: Token | undefined): boolean {
  if (!verb?.word || verb.capital) return false;
  const lower = verb.lower;
  if (isReportedVerb(verb)) return true;
  if (lower.endsWith('te') || lower.endsWith('ten')) return false;
  return lower.endsWith('t') || lower.endsWith('en') || lower === 'wird' || lower === 'sind';
}

/**
 * Who made public what the sentence before names, when it opens that sentence in the active voice ("Die Bank
 * veröffentlichte …"; in "Die Studie wurde … vorgestellt" the opener is what was published).
 */
export function publisherBefore(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
): SpeakerEntity | undefined {
  const previous = sentenceBefore(model, sentence);
  if (!previous || previous.tokens.some((t) => PASSIVE_AUXILIARIES.has(t.lower))) return undefined;
  const phrase = nounPhrase(previous.tokens, 0);
  return phrase && phrase.length > 0 ? book.resolve(phrase)?.speaker : undefined;
}

/** The sentence before `sentence` in its paragraph, if any. */
function sentenceBefore(model: TextModel, sentence: Sentence): Sentence | undefined {
  const previous = model.sentences[sentenceAt(model.sentences, sentence.paragraph, sentence.start - 1)];
  return previous && previous.paragraph === sentence.paragraph && previous.end <= sentence.start
    ? previous
    : undefined;
}
