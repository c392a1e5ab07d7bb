/**
 * Where a clause ends, for the search of cues, subjects and phrases: a comma, a colon, a dash, a sentence's end. The
 * one test every grammar rule shares; it depends on no rule.
 */
import { CLAUSE_ENDS } from '../lexicon/punctuation';
import type { Token } from '../text/tokens';

/** Whether a token ends a clause for the purposes of cue and subject search. */
export function endsClause(token: Token): boolean {
  return !token.word && CLAUSE_ENDS.has(token.text);
}

/**
 * Whether `tokens[k]` ends a clause, like {@link endsClause}, except for a full stop glued to the word before it
 * inside a sentence: an ordinal or abbreviation ("am 25. November", "Prof. Weber"), since the sentence scanner
 * has already cut the text at every full stop that ends a sentence.
 */
export function endsClauseAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || !endsClause(token)) return false;
  if (token.text !== '.' || k + 1 >= tokens.length) return true;
  const before = tokens[k - 1];
  return !before?.word || before.end !== token.start;
}
