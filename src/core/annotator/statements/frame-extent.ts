/**
 * How far a statement framed by "laut X", "X zufolge" or "so X" reaches around its frame: only the subordinate
 * clause that holds the frame, not a relative clause on the frame's source, and on past an inserted "so X".
 */
import { endsClause } from '../grammar/clause-ends';
import { isAdjective, isPreposition } from '../grammar/noun-phrases';
import { isReportedVerbAt } from '../grammar/reported-verbs';
import { PREPOSITIONAL_RELATIVES, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/articles';
import { INDICATIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { CLAUSE_OPENERS, COORDINATING, FRAMED_CLAUSE_OPENERS } from '../lexicon/conjunctions';
import { DETERMINERS } from '../lexicon/nouns';
import { MODALS } from '../lexicon/verb-forms';
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

/** How far a parenthesis may reach around a frame inside it, in tokens. */
const PARENTHESIS_REACH = 40;

/**
 * "… getroffen (nach anderen Angaben liegt die Stadt weiter entfernt)": a parenthesis is a clause of its own, so a
 * frame inside it frames what the parenthesis says, not the sentence around it. Its first token and the offset of
 * its closing mark, when words stand between the frame (`tokens[from]` to `tokens[to - 1]`) and that mark; a
 * frame alone in brackets ("(laut Polizei)") frames the sentence, so it gives undefined.
 */
export function parenthesisAround(
  tokens: readonly Token[],
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  let open = from - 1;
  while (open >= 0 && from - open < PARENTHESIS_REACH && !/^[()]$/.test(tokens[open]?.text ?? '')) open--;
  if (tokens[open]?.text !== '(') return undefined;
  let close = to;
  while (close < tokens.length && close - to < PARENTHESIS_REACH && !/^[()]$/.test(tokens[close]?.text ?? ''))
    close++;
  const closing = tokens[close];
  if (closing?.text !== ')' || !tokens.slice(to, close).some((t) => t.word)) return undefined;
  return { start: open + 1, end: closing.start };
}

/** How far back the comma before a frame's main clause may stand, in tokens. */
const MAIN_CLAUSE_REACH = 20;

/**
 * "…, die Polizei nahm laut Zeugen drei Männer fest", "…, und laut Polizei wurden drei Männer festgenommen": a main
 * clause joined to another by a comma is a clause of its own, so a frame in it frames that clause, from the comma
 * on (a coordinating conjunction after the comma with it). A main clause puts its finite verb second: after a
 * subject (a pronoun, or articles, adjectives and nouns) before the frame, or right after the frame when the frame
 * opens it. Its first token and no end (the clause runs to the sentence's), or undefined when the clause after
 * the comma is no main clause.
 */
export function mainClauseAround(
  tokens: readonly Token[],
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  const start = mainClauseStart(tokens, from, to);
  return start === undefined ? undefined : { start, end: Number.POSITIVE_INFINITY };
}

/** The first token of the main clause around a frame (`mainClauseAround`). */
function mainClauseStart(tokens: readonly Token[], from: number, to: number): number | undefined {
  let comma = from - 1;
  while (comma >= 0 && from - comma < MAIN_CLAUSE_REACH && !/^[,;:()]$/.test(tokens[comma]?.text ?? ''))
    comma--;
  if (tokens[comma]?.text !== ',' && tokens[comma]?.text !== ';') return undefined;
  const start = comma + 1;
  const first = COORDINATING.has(tokens[start]?.lower ?? '') ? start + 1 : start;
  if (first === from) return finiteAt(tokens, to) ? start : undefined;
  const opener = tokens[first];
  if (
    !opener ||
    (CLAUSE_OPENERS.has(opener.lower) && !(DETERMINERS.has(opener.lower) && tokens[first + 1]?.capital))
  )
    return undefined;
  let k = first;
  if (SUBJECT_PRONOUNS.has(opener.lower)) k++;
  else
    while (
      k < from &&
      tokens[k]?.word &&
      (tokens[k]?.capital || DETERMINERS.has(tokens[k]?.lower ?? '') || isAdjective(tokens[k]?.lower ?? ''))
    )
      k++;
  return k > first && k < from && verbAfterSubject(tokens, k) ? start : undefined;
}

/**
 * Whether `tokens[k]`, right after the subject that opens a main clause, is its finite verb: any lower-case word
 * there that is no preposition ("…, die Firma in Berlin …") and no inflected adjective or article.
 */
function verbAfterSubject(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token?.word || token.capital) return false;
  if (finiteAt(tokens, k)) return true;
  return !isPreposition(token.lower) && !isAdjective(token.lower) && !DETERMINERS.has(token.lower);
}

/** Whether `tokens[k]` is a finite verb by its form: an auxiliary or modal, a Konjunktiv, a past tense in -te(n). */
function finiteAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token?.word || token.capital) return false;
  return (
    INDICATIVE_AUXILIARIES.has(token.lower) ||
    MODALS.has(token.lower) ||
    isReportedVerbAt(tokens, k) ||
    /.{3}ten?$/.test(token.lower)
  );
}

/**
 * "Im Mai, so die Forscher, sei der Versuch beendet worden": an inserted "so X" whose statement goes on after
 * the next comma with the finite verb (lower case, not a name or an article of an apposition), with a quotation ("…, so X,
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
    // "…, so Anna Roth, die Leiterin der Stelle.": an article and a noun after the name are an apposition to it
    // (a relative pronoun, "…, so X, der dort ermittelt, seien …", is followed by no noun)
    const apposition = DETERMINERS.has(next.lower) && !!tokens[k + 2]?.capital;
    const verb = !next.capital && !apposition;
    return next.word && (verb || cutAfterVerb) ? next.start : undefined;
  }
  return undefined;
}
