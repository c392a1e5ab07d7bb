/**
 * Reportative "sollen" in a subordinate clause: "soll" with a perfect infinitive ("soll … angegriffen haben")
 * passes on a claim about the past without vouching for it. In a main clause the claim is the sentence
 * (`continuation.ts`); in a subordinate clause the finite modal stands last, right after the perfect infinitive,
 * and the claim is that clause alone: "…, welcher den Brand verursacht haben soll", "…, die dort verschwunden sein
 * sollen". A run of main clauses with an early "soll" reports a plan or a claim (`sollFollows`).
 */
import { isPerfectParticiple } from '../grammar/participle-attributes';
import { PERFECT_AUXILIARIES, REPORTATIVE_MODALS } from '../lexicon/auxiliaries';
import type { Token } from '../text/tokens';
import type { TextModel } from '../model';
import { insideQuotes } from '../text/text-model';
import { DETERMINERS, PRONOUNS } from '../lexicon/nouns';
import { PREPOSITIONS } from '../lexicon/prepositions';
import { NOT_FINITE } from '../lexicon/verb-forms';
import { COORDINATORS } from '../lexicon/conjunctions';

/** Token indices of a claim: `[start, end)`. */
export interface ClaimClause {
  start: number;
  end: number;
}

/**
 * The subordinate clause of `tokens` that reports a claim with a perfect infinitive and a closing "soll" or
 * "sollen", if there is one: from the comma before it (or the sentence's start) to the modal. Measured on train
 * against the same test in a main clause ("X soll … bedroht haben, was …"), which gained 5 quotations for 11
 * predictions there and stays out.
 */
export function claimClause(
  tokens: readonly Token[],
  inside: (token: Token) => boolean,
): ClaimClause | undefined {
  for (let j = 1; j < tokens.length - 1; j++) {
    const auxiliary = tokens[j] as Token;
    if (!PERFECT_AUXILIARIES.has(auxiliary.lower) || inside(auxiliary)) continue;
    const participle = tokens[j - 1] as Token;
    const modal = tokens[j + 1] as Token;
    if (participle.capital || !isPerfectParticiple(participle.lower) || !REPORTATIVE_MODALS.has(modal.lower))
      continue;
    let comma = j - 1;
    while (comma > 0 && tokens[comma]?.text !== ',') comma--;
    return { start: comma > 0 ? comma + 1 : 0, end: j + 2 };
  }
  return undefined;
}

/** Whether a lower-case word may be a verb: no article, pronoun, preposition, conjunction or particle. */
function verbLike(token: Token): boolean {
  const lower = token.lower;
  return (
    token.word &&
    !token.capital &&
    !/^\d/.test(token.text) &&
    !DETERMINERS.has(lower) &&
    !PRONOUNS.has(lower) &&
    !PREPOSITIONS.has(lower) &&
    !NOT_FINITE.has(lower) &&
    !COORDINATORS.has(lower)
  );
}

/**
 * "Ein Wärter wurde festgenommen, er soll den Häftlingen geholfen haben", "Drei Menschen starben, zehn sollen
 * verletzt worden sein": a main clause with "soll" joined by a comma to a main clause of the writer's before it
 * (one with a verb of its own in the indicative), its own subject between the comma and the modal. The writer
 * states the first clause and adds the claim to it; the corpus annotates none of the four such sentences on the
 * train split. Not an insertion before the modal ("Die Figur, mit der man spielt, soll …": the modal right after
 * the comma), a list of nouns ("Firmen aus Polen, Belgien und Spanien sollen …": no verb before the comma) nor a
 * subordinate clause, whose modal stands last.
 */
export function claimAfterWritersClause(outside: readonly Token[], modal: number): boolean {
  // A modal that closes its clause ("…, die verschwunden sein sollen") is a subordinate claim: `claimClause`.
  if (!outside[modal + 1]?.word) return false;
  let comma = modal - 1;
  while (comma > 0 && outside[comma]?.text !== ',') comma--;
  if (comma <= 0 || comma >= modal - 1) return false;
  const opener = outside[comma + 1] as Token;
  if (
    !opener.capital &&
    !PRONOUNS.has(opener.lower) &&
    !DETERMINERS.has(opener.lower) &&
    !/^\d/.test(opener.text)
  )
    return false;
  for (let k = comma - 1; k >= 0 && outside[k]?.text !== ','; k--)
    if (verbLike(outside[k] as Token)) return true;
  return false;
}

/** How far into its main clause a reportative "soll" stands (in tokens outside quotations). */
const EARLY_MODAL = 8;

/** Whether "soll"/"sollen" stands early in the main clause of `tokens`, before any comma or colon. */
function earlySoll(tokens: readonly Token[], inside: (token: Token) => boolean): boolean {
  let words = 0;
  for (const token of tokens) {
    if (inside(token)) continue;
    if (REPORTATIVE_MODALS.has(token.lower)) return true;
    if (token.text === ',' || token.text === ':' || ++words > EARLY_MODAL) return false;
  }
  return false;
}

/** Whether the next sentence, in the same paragraph, has a "soll" early in its main clause. */
export function sollFollows(model: TextModel, index: number): boolean {
  const next = model.sentences[index + 1];
  const sentence = model.sentences[index];
  if (!next || !sentence || next.paragraph !== sentence.paragraph) return false;
  return earlySoll(next.tokens, insideQuotes(model, next.paragraph));
}
