/**
 * A verb's prepositional object is no part of its subject: in a clause that puts its verb last, the object stands
 * right before the verb, where a noun phrase's attribute would also stand ("während die Polizei von zwei Verletzten
 * berichtet": "von zwei Verletzten" is what the police report, not a part of "die Polizei").
 */
import { VON_OBJECT_VERBS } from '../lexicon/speech-verbs';
import { CLAUSE_OPENING_CONJUNCTIONS, COMPLEMENTIZERS } from '../lexicon/conjunctions';
import { VON } from '../lexicon/prepositions';
import type { Token } from '../text/tokens';
import type { Cue } from './cues';

/**
 * `phrase` without a "von" phrase that reaches the verb of `cue` in a subordinate clause, when the verb's object
 * takes "von" ("sprechen von", "berichten von"); `phrase` itself otherwise. The subject then ends before "von": the speaker of "weil die
 * Regierung von einem Erfolg spricht" is "die Regierung", not a "Regierung von einem Erfolg".
 */
export function withoutVerbComplement(
  tokens: readonly Token[],
  cue: Cue,
  phrase: Token[] | undefined,
): Token[] | undefined {
  if (!phrase || !VON_OBJECT_VERBS.has(cue.verb.lemma)) return phrase;
  if (phrase[phrase.length - 1] !== tokens[cue.index - 1]) return phrase;
  // the verb is last when the phrase stands after a conjunction that opens a subordinate clause ("weil", "wie")
  const before = tokens[cue.index - phrase.length - 1];
  if (!before || !(CLAUSE_OPENING_CONJUNCTIONS.has(before.lower) || COMPLEMENTIZERS.has(before.lower)))
    return phrase;
  const von = phrase.findIndex((t, i) => i > 0 && VON.has(t.lower));
  return von > 0 ? phrase.slice(0, von) : phrase;
}
