/**
 * The modal passive of "lassen": "Anders ließen sich die Passagen nicht erklären", "…, weil sich das kaum sagen
 * lässt". "lassen" with "sich" and an infinitive says what can be done, and its subject is what is done, not a
 * speaker; so the infinitive is no speech cue.
 */
import type { SpeechVerb } from '../lexicon/speech-verb-forms';
import { LASSEN_FORMS } from '../lexicon/verb-forms';
import { CLAUSE_ENDS } from '../lexicon/punctuation';
import type { Token } from '../text/tokens';

/** How far back in its clause "sich" and "lassen" are looked for: a middle field of a few phrases. */
const REACH = 15;

/**
 * Whether the speech verb's form at `index` is the infinitive of a modal passive of "lassen" in its clause. Not
 * "ließ sich … zitieren", where the subject lets their own words be quoted ("ließ sich mit den Worten zitieren").
 */
export function modalPassive(tokens: readonly Token[], index: number, verb: SpeechVerb): boolean {
  if (verb.lemma === 'zitieren') return false;
  const lassenAfter = LASSEN_FORMS.has(tokens[index + 1]?.lower ?? '');
  let sich = false;
  for (let j = index - 1; j >= 0 && j >= index - REACH; j--) {
    const token = tokens[j] as Token;
    if (!token.word && CLAUSE_ENDS.has(token.text)) break;
    if (token.lower === 'sich') sich = true;
    else if (LASSEN_FORMS.has(token.lower)) return sich;
  }
  return lassenAfter && sich;
}
