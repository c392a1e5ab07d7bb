/**
 * "Die Innung sieht in dem Tarif keine Lösung", "sieht darin eine Gefahr": "sehen" with a phrase of "in" and
 * then an object judges what the phrase names, as "sehen … als" does. The order tells the judgement from a time or
 * place: in "sah die gelbe Karte in der letzten Minute" the object stands before "in" and nothing follows the phrase.
 */
import { DETERMINERS } from '../lexicon/nouns';
import type { Token } from '../text/tokens';
import { endsClauseAt } from './clause-ends';
import { isAdjective } from './noun-phrases';

/** How many words after the verb the phrase of "in" may start, and how many words that phrase may hold. */
const CLAUSE_REACH = 14;
const PHRASE_REACH = 4;

/**
 * Whether the clause of the verb at `tokens[index]` has "darin", or "in"/"im" with a noun phrase, followed by
 * an object that opens with an article or an adjective ("keine Lösung", "große Chancen").
 */
export function judgedIn(tokens: readonly Token[], index: number): boolean {
  for (let k = index + 1; k < tokens.length && k - index <= CLAUSE_REACH; k++) {
    if (endsClauseAt(tokens, k)) return false;
    const lower = (tokens[k] as Token).lower;
    const after =
      lower === 'darin' ? k + 1 : lower === 'in' || lower === 'im' ? nounAfter(tokens, k) : undefined;
    if (after !== undefined && opensObject(tokens, after)) return true;
  }
  return false;
}

/** The index after the first noun (a capitalised word) within a few words after `k`. */
function nounAfter(tokens: readonly Token[], k: number): number | undefined {
  for (let j = k + 1; j < tokens.length && j - k <= PHRASE_REACH; j++) {
    const token = tokens[j] as Token;
    if (!token.word) return undefined;
    if (token.capital) return j + 1;
  }
  return undefined;
}

/** Whether a noun phrase opens at `k`: an article or pronoun, or an adjective before a noun ("große Chancen"). */
function opensObject(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  const next = tokens[k + 1];
  if (!token?.word || token.capital || !next?.word) return false;
  return DETERMINERS.has(token.lower) || (isAdjective(token.lower) && next.capital);
}
