/**
 * Reportative "sollen" in a subordinate clause: "soll" with a perfect infinitive ("soll … angegriffen haben")
 * passes on a claim about the past without vouching for it. In a main clause the claim is the sentence
 * (`continuation.ts`); in a subordinate clause the finite modal stands last, right after the perfect infinitive,
 * and the claim is that clause alone: "…, welcher den Brand verursacht haben soll", "…, die dort verschwunden sein
 * sollen".
 */
import { isPerfectParticiple } from '../grammar/participle-attributes';
import { PERFECT_AUXILIARIES, REPORTATIVE_MODALS } from '../lexicon/auxiliaries';
import type { Token } from '../text/tokens';

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
