/**
 * Where a report stands when its verb is not in the sentence's first clause: in the main clause after a fronted
 * subordinate clause ("Obwohl …, haben einige Länder ihre Ablehnung geäußert": the finite verb opens the main
 * clause right after the comma), or in a continuing clause ("…, wobei Moskau den Plan als Ursache nannte"), which
 * adds a statement of its own with its own subject.
 */
import { endsClauseAt, type Cue } from './cues';
import { clauseStartBefore } from './clause-subjects';
import { appositionClosedBy } from './appositions';
import { CONTINUING_OPENERS, SUBORDINATE_OPENERS } from '../lexicon/conjunctions';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import { tokenIndexAt, type Token } from '../text/tokens';

/** How many appositions a clause start is looked for over; a clause holds one or two. */
const MOST_APPOSITIONS = 2;

/** Where the clause of `tokens[index]` starts, reading over appositions between commas. */
export function clauseStartOverAppositions(tokens: readonly Token[], index: number): number {
  let start = clauseStartBefore(tokens, index);
  for (let n = 0; n < MOST_APPOSITIONS; n++) {
    const apposition = appositionClosedBy(tokens, start - 1);
    if (!apposition) break;
    start = clauseStartBefore(tokens, apposition.open);
  }
  return start;
}

/**
 * The index of the token where the report of `cue` starts when its clause is a continuing clause, or a main clause
 * after a fronted subordinate clause; `undefined` otherwise. The main clause after a fronted one counts only for a
 * stance made known (`stance`): any reporting verb there gave, on train, 3 more reports and no more gold ones, the
 * corpus leaving such narrative sentences ("Nachdem …, forderten beide …") mostly unannotated.
 */
export function reportClauseStart(tokens: readonly Token[], cue: Cue, stance: boolean): number | undefined {
  const start = clauseStartOverAppositions(tokens, cue.index);
  if (tokens[start - 1]?.text !== ',') return undefined;
  const opener = tokens[start] as Token;
  const last = cue.tokens[cue.tokens.length - 1] as Token;
  const lastIndex = Math.max(cue.index, tokenIndexAt(tokens, last.start));
  const closesClause = lastIndex + 1 >= tokens.length || endsClauseAt(tokens, lastIndex + 1);
  if (CONTINUING_OPENERS.has(opener.lower) && closesClause && cue.index > start + 1) return start + 1;
  const firstComma = tokens.findIndex((t) => t.text === ',');
  const fronted =
    stance &&
    SUBORDINATE_OPENERS.has(tokens[0]?.lower ?? '') &&
    firstComma === start - 1 &&
    (start === cue.index || (cue.participle && FINITE_AUXILIARIES.has(opener.lower)));
  return fronted ? start : undefined;
}
