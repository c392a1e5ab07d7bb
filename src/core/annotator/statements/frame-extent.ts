/**
 * How far a statement framed by "laut X", "X zufolge" or "so X" reaches around its frame: only the subordinate
 * clause that holds the frame, not a relative clause on the frame's source, and on past an inserted "so X".
 */
import { endsClause } from '../grammar/cues';
import { isAdjective } from '../grammar/noun-phrases';
import { isReportedVerbAt } from '../grammar/reported-verbs';
import { PREPOSITIONAL_RELATIVES, RELATIVE_PRONOUNS } from '../lexicon/articles';
import { FRAMED_CLAUSE_OPENERS } from '../lexicon/conjunctions';
import type { Token } from '../text/tokens';

/**
 * "Nach Angaben der Polizei, die den Fall prüft, war …": a relative clause on the frame's source is no part of the
 * statement; the index of the token after it (or `at` itself when no relative clause starts there).
 */
export function afterRelativeClause(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  const second = tokens[at + 1];
  if (!first || !second || !RELATIVE_PRONOUNS.has(first.lower)) return at;
  if (second.capital || isAdjective(second.lower)) return at;
  for (let k = at + 1; k < tokens.length && k - at < 25; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',') return tokens[k + 1] ? k + 1 : at;
    if (endsClause(token)) return at;
  }
  return at;
}

/**
 * "…, weil die Mission nach Angaben der UN überfordert ist": a frame inside a subordinate or relative clause
 * frames that clause only. The clause runs from its conjunction or relative pronoun (after a comma, perhaps
 * behind a preposition: "unter denen") to the next comma; token index of its start and offset of its end.
 */
export function subordinateClauseAround(
  tokens: readonly Token[],
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  let comma = from - 1;
  while (comma >= 0 && tokens[comma]?.text !== ',' && from - comma < 20) comma--;
  if (comma < 0 || tokens[comma]?.text !== ',') return undefined;
  const opener = tokens[comma + 1];
  const relative = tokens[comma + 2];
  const opens =
    (opener && FRAMED_CLAUSE_OPENERS.has(opener.lower)) ||
    // "…, unter denen …": a preposition and a relative pronoun; not the frame itself ("…, laut der Agentur, …").
    (comma + 1 !== from &&
      opener?.word &&
      !opener.capital &&
      relative &&
      PREPOSITIONAL_RELATIVES.has(relative.lower));
  if (!opens) return undefined;
  let close = to;
  while (close < tokens.length && tokens[close]?.text !== ',') close++;
  // "das der Planung, Lagerung und Tarnung diente": a comma between two nouns lists them; the clause runs on to its
  // verb, which stands last
  while (tokens[close - 1]?.capital && tokens[close + 1]?.capital && tokens[close + 1]?.word) {
    close++;
    while (close < tokens.length && tokens[close]?.text !== ',') close++;
  }
  const closing = tokens[close];
  return { start: comma + 1, end: closing ? closing.start : Number.POSITIVE_INFINITY };
}

/**
 * "Im Mai, so die Forscher, sei der Versuch beendet worden": an inserted "so X" whose statement goes on after
 * the next comma with the finite verb (lower case, not a name of an apposition), with a quotation ("…, so X,
 * „…“"), or with anything after a statement cut off right after its Konjunktiv verb ("Der Plan sei, so X, ein
 * Fehler"); the offset it goes on at.
 */
export function afterInsertedSo(tokens: readonly Token[], so: number, end: number): number | undefined {
  const cutAfterVerb = isReportedVerbAt(tokens, so - 2);
  for (let k = so + 1; k < tokens.length && k - so < 14; k++) {
    const token = tokens[k] as Token;
    if (endsClause(token) && token.text !== ',') return undefined;
    if (token.text !== ',') continue;
    const next = tokens[k + 1];
    if (!next || next.start >= end) return undefined;
    if (next.text === '„' || next.text === '»') return next.start;
    return next.word && (!next.capital || cutAfterVerb) ? next.start : undefined;
  }
  return undefined;
}
