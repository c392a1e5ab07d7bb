/**
 * The number a finite verb shows its subject to have. German verbs agree with their subject: "sie sagt" is one
 * woman (or a feminine group, "die Regierung"), "sie sagen" several people — the one way to tell the plural "sie"
 * from the singular.
 */
import { AUXILIARY_NUMBER } from '../lexicon/auxiliaries';
import { SUBORDINATING } from '../lexicon/conjunctions';
import { RELATIVE_PRONOUNS } from '../lexicon/articles';
import { SPEECH_VERBS } from '../lexicon/speech-verbs';
import { CONNECTIVES_AFTER_SUBJECT } from '../lexicon/adverbs';
import type { Token } from '../text/tokens';

/** Singular or plural, as a verb shows it. */
export type GrammaticalNumber = 'singular' | 'plural';

/**
 * The finite speech verb forms by number: the present and past in the third person singular and the Konjunktiv I
 * ("sagt", "sagte", "sage") are singular, the infinitive-like present and the past plural ("sagen", "sagten")
 * plural. A form that two verbs give different numbers is left out.
 */
const SPEECH_VERB_NUMBER = new Map<string, GrammaticalNumber | null>();
for (const verb of SPEECH_VERBS)
  verb.forms.forEach((form, i) => {
    const number = i === 1 || i === 3 ? 'plural' : 'singular';
    const known = SPEECH_VERB_NUMBER.get(form);
    SPEECH_VERB_NUMBER.set(form, known === undefined || known === number ? number : null);
  });

/** The number a lower-case finite form shows: an auxiliary, a modal or a speech verb; `undefined` for any other word. */
export function finiteNumber(word: string): GrammaticalNumber | undefined {
  return AUXILIARY_NUMBER.get(word) ?? SPEECH_VERB_NUMBER.get(word) ?? undefined;
}

/**
 * The number the finite verb next to a subject `phrase` of `tokens` shows: the verb right after it ("Sie verlangen
 * …", "Die Arbeitgeber wiesen …", "Die Ermittler hingegen sagen …") or, with the subject after the verb, right
 * before it ("Darin verlangen sie …"). `undefined` when neither neighbour is a finite form the lexicon knows, and in
 * a subordinate clause, whose finite verb stands at its end ("…, dass sie berichten dürfe": "berichten" is an
 * infinitive there).
 */
export function subjectNumber(
  tokens: readonly Token[],
  phrase: readonly Token[],
): GrammaticalNumber | undefined {
  const start = tokens.indexOf(phrase[0] as Token);
  if (start < 0) return undefined;
  const before = tokens[start - 1];
  if (before && (SUBORDINATING.has(before.lower) || RELATIVE_PRONOUNS.has(before.lower))) return undefined;
  // "Die Ermittler hingegen sagen": a connective may stand between the subject and its verb
  let after = start + phrase.length;
  if (CONNECTIVES_AFTER_SUBJECT.has(tokens[after]?.lower ?? '')) after++;
  return numberOf(tokens[after]) ?? numberOf(before);
}

/** The number a lower-case word next to a subject shows as a finite verb, if it is one the lexicon knows. */
function numberOf(token: Token | undefined): GrammaticalNumber | undefined {
  return token !== undefined && token.word && !token.capital ? finiteNumber(token.lower) : undefined;
}
