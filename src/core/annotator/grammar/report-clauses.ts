/**
 * Where a report stands when its verb is not in the sentence's first clause: in the main clause after a fronted
 * subordinate clause ("Obwohl …, haben einige Länder ihre Ablehnung geäußert": the finite verb opens the main
 * clause right after the comma), or in a continuing clause ("…, wobei Moskau den Plan als Ursache nannte"), which
 * adds a statement of its own with its own subject.
 */
import { type Cue } from './cues';
import { endsClauseAt } from './clause-ends';
import { clauseStartBefore } from './clause-subjects';
import { appositionClosedBy } from './appositions';
import {
  ADVERBIAL_SUBORDINATORS,
  CLAUSE_OPENERS,
  CONTINUING_OPENERS,
  REPORT_SUBORDINATORS,
  SUBORDINATE_OPENERS,
} from '../lexicon/conjunctions';
import { DETERMINERS } from '../lexicon/nouns';
import { SUBJECT_PRONOUNS } from '../lexicon/articles';
import { isAdjective } from './noun-phrases';
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
  if (joinedMainClause(tokens, start, cue)) return start;
  const firstComma = tokens.findIndex((t) => t.text === ',');
  const fronted =
    stance &&
    SUBORDINATE_OPENERS.has(tokens[0]?.lower ?? '') &&
    firstComma === start - 1 &&
    (start === cue.index || (cue.participle && FINITE_AUXILIARIES.has(opener.lower)));
  return fronted ? start : undefined;
}

/**
 * "…, die Betreiber sprechen von 850 Stellen": a main clause joined by a comma alone, its subject first and its
 * finite verb second with more of the clause after it. A relative clause ("…, die von Stellen sprachen") puts its
 * verb last, a subordinate clause opens with its conjunction, so neither is taken.
 */
function joinedMainClause(tokens: readonly Token[], start: number, cue: Cue): boolean {
  if (cue.index <= start || cue.index - start > 6) return false;
  // A relative pronoun ("…, die von Stellen sprachen") or a conjunction opens no main clause; an article does.
  const opener = tokens[start] as Token;
  if (CLAUSE_OPENERS.has(opener.lower) && !(DETERMINERS.has(opener.lower) && tokens[start + 1]?.capital))
    return false;
  for (let k = start; k < cue.index; k++) {
    const token = tokens[k] as Token;
    if (!token.word || !(token.capital || DETERMINERS.has(token.lower) || isAdjective(token.lower)))
      return false;
  }
  return cue.index + 1 < tokens.length && !endsClauseAt(tokens, cue.index + 1);
}

/**
 * The clause of a report that a conjunction of `REPORT_SUBORDINATORS` subordinates: "…, während die Zeitung von 900
 * Toten sprach", "Nachdem die Behörden vor dem Sturm gewarnt hatten, …". The report's verb (with an auxiliary after
 * it) closes the clause, as a verb does in every subordinate clause; the clause is the report. Its pluperfect is the
 * tense such a clause takes ("nachdem" asks for it), not the background a pluperfect gives in a main clause. Gives
 * the indices of the conjunction and of the token that ends the clause (`tokens.length` at the sentence's end).
 */
export function subordinateReport(
  tokens: readonly Token[],
  cue: Cue,
): { start: number; end: number } | undefined {
  const start = clauseStartBefore(tokens, cue.index);
  const opener = tokens[start];
  if (!opener || !REPORT_SUBORDINATORS.has(opener.lower)) return undefined;
  if (start > 0 && tokens[start - 1]?.text !== ',') return undefined;
  const last = cue.tokens[cue.tokens.length - 1] as Token;
  let end = Math.max(cue.index, tokenIndexAt(tokens, last.start)) + 1;
  if (FINITE_AUXILIARIES.has(tokens[end]?.lower ?? '')) end++;
  if (end < tokens.length && !endsClauseAt(tokens, end)) return undefined;
  return { start, end };
}

/**
 * Where a report ends whose verb closes its clause ("gehen von einem Defekt aus", "wird vom Verband als zu teuer
 * bezeichnet"): at the comma right after the verb when an adverbial clause follows ("…, obwohl …") or a main clause
 * with a pronoun subject of its own and no speech verb ("…, sie prüfen die Anlage noch"), which the writer
 * adds; `Infinity` otherwise. A relative clause, a "wie" or "um" clause goes on with the report.
 */
export function reportClauseEnd(tokens: readonly Token[], cue: Cue, later: readonly Cue[]): number {
  const last = cue.tokens[cue.tokens.length - 1] as Token;
  const index = Math.max(cue.index, tokenIndexAt(tokens, last.start));
  const comma = tokens[index + 1];
  const next = tokens[index + 2];
  if (comma?.text !== ',' || !next) return Infinity;
  if (ADVERBIAL_SUBORDINATORS.has(next.lower)) return comma.start;
  const verb = tokens[index + 3];
  const mainClause = SUBJECT_PRONOUNS.has(next.lower) && !!verb?.word && !verb.capital;
  return mainClause && !later.some((c) => c.index > index) ? comma.start : Infinity;
}

/**
 * "Hitzewelle: Feuerwehr warnt vor Bränden", "Die Lage bleibt ernst: Die Feuerwehr warnt …": a colon before the
 * clause of a report's verb at `cue` (and before its subject, which starts at `subjectStart`) ends a lead-in — a
 * headline's topic, a sentence announcing the report — and the report starts after it, as a statement does. A colon
 * in brackets ("(Stand: 22 Uhr)") leads in nothing. The start offset, or `undefined` when no such colon stands there.
 * `colons` gives, for each token, the index of the last lead-in colon before it (`leadInColons` of
 * `statements/preposed.ts`).
 */
export function reportAfterLeadIn(
  tokens: readonly Token[],
  cue: number,
  colons: Int32Array,
  subjectStart: number | undefined,
): number | undefined {
  const colon = colons[cue] ?? -1;
  if (colon <= 0 || (subjectStart !== undefined && (tokens[colon] as Token).end > subjectStart))
    return undefined;
  if (tokens.slice(colon, cue).some((t) => t.text === ')')) return undefined;
  return tokens[colon + 1]?.start;
}
