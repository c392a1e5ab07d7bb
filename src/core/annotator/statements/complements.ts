/**
 * Where the statement after a speech verb opens: a "dass"/"ob" clause, a clause in Konjunktiv, a zu-infinitive
 * (after a comma, or right after the participle that closes the main clause), or a main clause after a saying
 * verb's comma ("sagte Berger, die Stadt brauche …").
 */
import { type Cue } from '../grammar/cues';
import { endsClause, endsClauseAt } from '../grammar/clause-ends';
import { isAdjective } from '../grammar/noun-phrases';
import { isReportedVerbAt } from '../grammar/reported-verbs';
import { INDICATIVE_AUXILIARIES, PASSIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { COMPLEMENTIZERS, RELATIVE_OR_INFINITIVE } from '../lexicon/conjunctions';
import { DETERMINERS, PRONOUNS } from '../lexicon/nouns';
import { CLOSING_MARKS, OPENING_MARKS, SENTENCE_ENDS } from '../lexicon/punctuation';
import { JUDGING_FORMS } from '../lexicon/quoting-words';
import { tokenIndexAt, type Token } from '../text/tokens';
import { appositionAfter } from './preposed';
import { infinitiveClause } from './statement-ends';

/** The token that opens the statement after a cue: "dass"/"ob", or a clause with a Konjunktiv verb. */
export function complementAfter(
  tokens: readonly Token[],
  cue: Cue,
  limit: number,
  inside: (token: Token) => boolean,
  skipTo: number,
): number | undefined {
  const last = cue.tokens[cue.tokens.length - 1] as Token;
  let j = cue.tokens.length > 1 ? tokenIndexAt(tokens, last.start) + 1 : cue.index + 1;
  j = Math.max(j, skipTo);
  // "hat angekündigt, die Preise zu erhöhen", also without the comma the 2006 spelling reform left optional: what
  // follows the participle that closes the main clause is an extraposed zu-infinitive.
  const after = tokens[j];
  if (
    cue.participle &&
    after?.word &&
    !INDICATIVE_AUXILIARIES.has(after.lower) &&
    !PASSIVE_AUXILIARIES.has(after.lower) &&
    infinitiveClause(tokens, j, limit)
  )
    return j;
  const predicate = labelPredicate(tokens, cue, limit, inside);
  while (j < limit && j < tokens.length) {
    const token = tokens[j] as Token;
    if (COMPLEMENTIZERS.has(token.lower) && j > cue.index) return j;
    if (token.text === ',' || token.text === ':') {
      const next = tokens[j + 1];
      if (!next) return undefined;
      if (inside(next)) return quotationOpensClause(tokens, j + 1, limit, inside) ? j + 1 : undefined;
      if (COMPLEMENTIZERS.has(next.lower)) return j + 1;
      if (predicate) return undefined;
      for (let k = j + 1; k < tokens.length && k < limit; k++) {
        const t = tokens[k] as Token;
        if (inside(t)) break;
        if (isReportedVerbAt(tokens, k)) return j + 1;
        if (t.text === ',' && k - j > 12) break;
      }
      if (appositionAfter(tokens, j + 1, limit)) return undefined;
      if (token.text === ':') return j + 1;
      if (infinitiveClause(tokens, j + 1, limit)) return j + 1;
      // "…, sagte Mark Abel, der Sprecher des Verbands": a cue inserted after a comma, its subject after it, follows
      // what was said; after that subject comes an apposition, not a second statement. ("Emily Lau, die
      // Vorsitzende, sagte, …" has its subject before the cue: what follows is the statement.)
      const inserted = tokens[cue.index - 1]?.text === ',' && skipTo > cue.index;
      // A verb that reports on its own, or names an act ("kritisierte den Plan"), takes no main clause as what was said.
      const acts = cue.verb.reports || cue.verb.namesAct === true;
      return acts || inserted || !opensMainClause(tokens, j + 1) ? undefined : j + 1;
    }
    const past = shortInsertionEnd(tokens, j);
    if (past !== undefined) {
      j = past;
      continue;
    }
    if (endsClauseAt(tokens, j)) return undefined;
    j++;
  }
  return undefined;
}

/**
 * "warf ihm vor, „die Daten aller Bürger“ zu missbrauchen": a quotation after the cue's comma opens its statement
 * when the clause goes on after it, outside the quotation marks, with a word up to the next comma or the end (a
 * statement that is all quotation is a direct quote, not this).
 */
function quotationOpensClause(
  tokens: readonly Token[],
  at: number,
  limit: number,
  inside: (token: Token) => boolean,
): boolean {
  let quoted = true;
  for (let k = at; k < tokens.length && k < limit; k++) {
    const token = tokens[k] as Token;
    if (inside(token)) {
      if (!quoted) return false;
      continue;
    }
    quoted = false;
    if (token.word) return true;
    if (endsClause(token) && !CLOSING_MARKS.has(token.text)) return false;
  }
  return false;
}

/** The longest quoted name or parenthesis that stays part of the clause around it, in tokens. */
const MAX_INSERTION = 12;

/**
 * "sagte der „Neuen Zeitung“, …", "erklärte (laut Protokoll) …": a short quoted name or a parenthesis inside the
 * cue's clause does not end it. The index after its closing mark, or `undefined` when `tokens[at]` opens none (or
 * what it opens holds a sentence end or runs long).
 */
function shortInsertionEnd(tokens: readonly Token[], at: number): number | undefined {
  const open = tokens[at];
  if (!open || open.word) return undefined;
  const parenthesis = open.text === '(';
  if (!parenthesis && !OPENING_MARKS.has(open.text)) return undefined;
  for (let k = at + 1; k < tokens.length && k - at <= MAX_INSERTION; k++) {
    const token = tokens[k] as Token;
    if (token.word) continue;
    if (parenthesis ? token.text === ')' : CLOSING_MARKS.has(token.text))
      return k > at + 1 ? k + 1 : undefined;
    if (SENTENCE_ENDS.has(token.text)) return undefined;
  }
  return undefined;
}

/**
 * "bezeichnete die Sperre als einen Versuch, die Presse zu behindern", "nannte die Worte, sollten sie gefallen sein,
 * als „inakzeptabel“": a verb that judges its object as something ("X als Y") takes no clause of its own; a clause
 * after a comma belongs to the predicate noun or is inserted, and the report is the sentence. Only a "dass" or "ob"
 * clause is its complement ("bezeichnete es als wichtig, dass …").
 */
function labelPredicate(
  tokens: readonly Token[],
  cue: Cue,
  limit: number,
  inside: (token: Token) => boolean,
): boolean {
  if (!JUDGING_FORMS.has(cue.tokens[0]?.lower ?? '')) return false;
  let comma = false;
  for (let k = cue.index + 1; k < limit && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.lower === 'als' && !inside(token)) {
      // "wies den Vorwurf als abwegig zurück, man habe …": before the comma an adjective leaves the clause to the
      // object noun ("Vorwurf"), which may announce a statement.
      const next = tokens[k + 1];
      return comma || (!!next && (next.capital || DETERMINERS.has(next.lower)));
    }
    if (token.text === ',') comma = true;
    if (token.text === '.' || token.text === ';' || token.text === ':') return false;
  }
  return false;
}

/**
 * "sagte Berger, die Stadt brauche …": after a saying verb and its comma, a main clause (an article and a noun,
 * a name, a pronoun) is what was said; a relative clause ("der seit 2010 …") or an infinitive is not.
 */
function opensMainClause(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  const second = tokens[at + 1];
  if (!first?.word || !second) return false;
  // "…, die einer Spur nachgehen", "…, die herumlagen": before another article, or before a lower-case word that
  // closes the clause, "der"/"die"/"das" is a relative pronoun.
  if (DETERMINERS.has(first.lower))
    return (
      !DETERMINERS.has(second.lower) &&
      (second.capital || (isAdjective(second.lower) && !endsClauseAt(tokens, at + 2)))
    );
  if (RELATIVE_OR_INFINITIVE.has(first.lower)) return false;
  return first.capital || PRONOUNS.has(first.lower) || first.lower === 'es' || first.lower === 'man';
}
