/**
 * Clauses with "wie" around a speech verb: "Wie die Bahn mitteilte, …", "…, wie das Gericht entschied, …" — where
 * the clause starts and ends, and who speaks in it.
 */
import { type Cue } from '../grammar/cues';
import { endsClause, endsClauseAt } from '../grammar/clause-ends';
import { isNameToken } from '../speakers/naming-words';
import { nounPhrase } from '../grammar/noun-phrases';
import { tokenIndexAt, type Token } from '../text/tokens';
import { COORDINATING } from '../lexicon/conjunctions';
import { NAMING_VERBS } from '../lexicon/quoting-words';
import { APPOSITION_INNER_WORDS } from '../lexicon/prepositions';
import { DEGREE_WORDS } from '../lexicon/adverbs';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';

/**
 * "Wie der Sprecher mitteilte, …": the clause around a cue opened by "wie"; where it starts, its comma, and
 * whether it opens the sentence (perhaps after a coordinating conjunction: "Denn wie die Zeitung berichtete, …").
 */
export function wieClause(
  tokens: readonly Token[],
  cue: Cue,
): { start: number; commaAfter: number; opening: boolean } | undefined {
  let k = cue.index - 1;
  while (k >= 0 && cue.index - k < 20) {
    const inserted = insertionStart(tokens, k);
    if (inserted !== undefined) {
      k = inserted - 1;
      continue;
    }
    if (endsClauseAt(tokens, k) || (tokens[k] as Token).lower === 'wie') break;
    k--;
  }
  if (k < 0 || (tokens[k] as Token).lower !== 'wie') return undefined;
  // "wird X wie folgt zitiert: …": "wie folgt" ("as follows") points ahead to what is said, and opens no clause.
  if (tokens[k + 1]?.lower === 'folgt') return undefined;
  // "zeige, wie wenig man darüber wisse": "wie" before a word of degree asks how much; whose words they are, the
  // clause does not say
  if (DEGREE_WORDS.has(tokens[k + 1]?.lower ?? '')) return undefined;
  // "Einflüsse wie die Lage am Golf": "wie" right after a noun compares or lists; a clause of source opens its clause
  // ("Denn wie die Zeitung berichtete, …": a coordinating conjunction opening the sentence is no noun).
  const before = tokens[k - 1];
  if (before?.word && before.capital && !(k === 1 && COORDINATING.has(before.lower))) return undefined;
  // "Er hatte wie dieser den Plan angeprangert": after a finite auxiliary "wie" compares, and the participle closes
  // the auxiliary's clause; a clause of source puts its own finite verb last ("…, wie sie angeprangert hatte").
  if (cue.participle && FINITE_AUXILIARIES.has(before?.lower ?? '')) return undefined;
  const last = cue.tokens[cue.tokens.length - 1] as Token;
  let j = tokenIndexAt(tokens, last.end);
  while (j < tokens.length && j - cue.index < 6 && tokens[j]?.text !== ',' && !endsClause(tokens[j] as Token))
    j++;
  return { start: k, commaAfter: j, opening: k === 0 || (k === 1 && COORDINATING.has(before?.lower ?? '')) };
}

/**
 * Walking back from `tokens[k]`: where an insertion into the subject starts when `tokens[k]` closes one — a
 * parenthesis ("die Mission (UNMISS)"), a quotation ("„heise online“") or an apposition set off by commas ("die
 * Sprecherin, Anna Thomas,", "Anna Thomas, Sprecherin der Behörde in Bonn,").
 */
function insertionStart(tokens: readonly Token[], k: number): number | undefined {
  const token = tokens[k] as Token;
  const opening = token.text === ')' ? '(' : token.text === '“' ? '„' : token.text === '«' ? '»' : undefined;
  if (opening) {
    for (let j = k - 1; j >= 0 && k - j <= 8; j--) if (tokens[j]?.text === opening) return j;
    return undefined;
  }
  if (token.text !== ',') return undefined;
  let j = k - 1;
  while (
    j >= 0 &&
    k - j <= 8 &&
    (isNameToken(tokens[j] as Token) ||
      (tokens[j] as Token).capital ||
      APPOSITION_INNER_WORDS.has((tokens[j] as Token).lower))
  )
    j--;
  return tokens[j]?.text === ',' && j < k - 1 && (tokens[j + 1] as Token).capital ? j : undefined;
}

/** "Wie die Bahn mitteilte": the words between "wie" and the verb. */
export function wieSubject(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  const wie = wieClause(tokens, cue);
  const first = tokenIndexAt(tokens, (cue.tokens[0] as Token).start);
  if (!wie || first - wie.start < 2) return undefined;
  const words = tokens.slice(wie.start + 1, first);
  // "wie die Sprecherin des Amts, Anna Berger, mitteilte": the name set off by commas.
  const comma = words.findIndex((t) => t.text === ',');
  const named = comma > 0 ? words.slice(comma + 1).filter((t) => t.text !== ',') : [];
  if (named.length > 0 && named.every((t) => isNameToken(t))) return named;
  // "wie das Amt am Montag mitteilte": the noun phrase, without the adverbials after it.
  return nounPhrase(tokens, wie.start + 1, tokens[first]) ?? words;
}

/**
 * Whether the cue of a "wie" clause is a verb of naming ("wie er genannt wird", "wie sie sich nannte", "wie die
 * Nutzer das Update willkommen heißen"): "wie" then stands for the name or manner, a part of the verb's own
 * clause, and the clause reports nothing. "Wie es hieß, …" with the expletive "es" is a report.
 */
export function namesWithWie(tokens: readonly Token[], cue: Cue, wieAt: number): boolean {
  if (cue.verb.lemma === 'nennen') return true;
  return tokens[wieAt + 1]?.lower !== 'es' && cue.tokens.some((t) => NAMING_VERBS.has(t.lower));
}
