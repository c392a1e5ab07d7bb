/**
 * Where a statement after a speech verb ends, short of its sentence's end: at a semicolon or a colon before a
 * quotation, before a "so X" frame, before the main clause of the next cue, after a zu-infinitive that the writer
 * comments on, or where the main clause begins when the cue stands in a subordinate clause that opens the
 * sentence. Each function gives an offset into the paragraph, or infinity when the statement goes on.
 */
import { type Cue } from '../grammar/cues';
import { endsClauseAt } from '../grammar/clause-ends';
import { AUXILIARY_AFTER, MODALS } from '../lexicon/verb-forms';
import { INDICATIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { PREPOSITIONS } from '../lexicon/prepositions';
import { DASHES } from '../lexicon/punctuation';
import { COMPLEMENTIZERS, RELATIVE_OR_INFINITIVE, SUBORDINATE_OPENERS } from '../lexicon/conjunctions';
import { DETERMINERS, PRONOUNS } from '../lexicon/nouns';
import { isReportedVerb, isReportedVerbAt } from '../grammar/reported-verbs';
import { tokenIndexAt, type Token } from '../text/tokens';
import {
  ADDING_CONJUNCTIONS,
  CLAUSE_OPENERS,
  COMMENT_OPENERS,
  CONTRASTING,
  COORDINATING,
  INFINITIVE_CONJUNCTIONS,
} from '../lexicon/conjunctions';
import { NOT_FINITE, SEPARABLE_ZU_INFINITIVE } from '../lexicon/verb-forms';

/**
 * Where the statement that starts at `tokens[from]` ends (an offset): at a semicolon, which joins the writer's
 * next sentence; at a colon that opens a quotation ("…, die Lage sei ernst: „…“"); or before a "so X" frame
 * that names the speaker again; or at a comma before a finite auxiliary in the indicative, which opens the writer's
 * main clause ("…, dass die Fahrgäste schuld seien, wird nun doch investiert").
 */
export function complementEnd(
  tokens: readonly Token[],
  from: number,
  inside: (token: Token) => boolean,
): number {
  // Whether the statement has its own finite verb yet: a dass/ob clause is complete at its first comma; a main
  // clause in Konjunktiv once its verb has come ("Bürger, die nichts wissen, sind nicht frei" is one clause).
  let complete = COMPLEMENTIZERS.has(tokens[from]?.lower ?? '');
  let reported = false;
  for (let k = from + 1; k < tokens.length && k - from < 150; k++) {
    const token = tokens[k] as Token;
    if (inside(token)) continue;
    const next = tokens[k + 1];
    const afterNext = tokens[k + 2];
    if (token.text === ';') return token.start;
    if (token.text === ':' && next && inside(next)) return token.start;
    const frame =
      next?.lower === 'so' && afterNext && (afterNext.capital || DETERMINERS.has(afterNext.lower));
    if (token.text === ',' && frame) return token.start;
    if (token.text === ',' && next && INDICATIVE_AUXILIARIES.has(next.lower) && !inside(next) && complete)
      return token.start;
    // "…, dass das Amt schließe, mehrmals wurde der Plan geändert": one word and a finite auxiliary in the
    // indicative after the comma are the writer's main clause, its verb second.
    if (
      token.text === ',' &&
      complete &&
      next?.word &&
      !next.capital &&
      !inside(next) &&
      !CLAUSE_OPENERS.has(next.lower) &&
      !COORDINATING.has(next.lower) &&
      afterNext &&
      INDICATIVE_AUXILIARIES.has(afterNext.lower) &&
      // "…, einer der Gründer, verübt hatte": a participle and its auxiliary close the statement's own clause.
      !!tokens[k + 3]?.word
    )
      return token.start;
    // "…, er sei unschuldig, erkannte das Gericht nicht an", "…, sie müssten nachgeben und bemühte ein Bild": a
    // past tense right after a comma or "und", with no subject of its own, goes on with the subject of the cue's
    // clause; the reported clause, in Konjunktiv, has ended.
    if (reported && (token.text === ',' || token.lower === 'und') && next && pastTenseAt(tokens, k + 1))
      return token.text === ',' ? token.start : (tokens[k - 1] as Token).end;
    const konjunktiv = isReportedVerbAt(tokens, k);
    reported ||= konjunktiv;
    complete ||= konjunktiv;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Whether `tokens[k]` is a finite verb in the past tense of the indicative: a lower-case form in -te of a weak
 * verb ("erkannte", "weigerte"), with no noun after it, which would make it an adjective ("die letzte Woche"); the
 * forms in -te that are Konjunktiv II ("hätte", "könnte", "sollte") are left out.
 */
function pastTenseAt(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  const after = tokens[k + 1];
  return (
    !!verb?.word &&
    !verb.capital &&
    verb.lower.length > 4 &&
    verb.lower.endsWith('te') &&
    !isReportedVerb(verb) &&
    !NOT_FINITE.has(verb.lower) &&
    !DETERMINERS.has(verb.lower) &&
    !!after?.word &&
    !after.capital
  );
}

/**
 * "Nachdem die Anwältin mitgeteilt hatte, dass der Mann gesucht werde, hatte dieser versucht …": when the cue
 * stands in a subordinate clause that opens the sentence, its statement ends where the main clause begins, at a
 * comma followed by the main clause's finite verb and its subject; an offset.
 */
export function beforeMainClause(
  tokens: readonly Token[],
  cue: Cue,
  from: number,
  inside: (token: Token) => boolean,
): number {
  // The cue closes the subordinate clause ("Als er sagte, …"), unlike "Als Grund nannte die NASA, …".
  let last = tokenIndexAt(tokens, (cue.tokens[cue.tokens.length - 1] as Token).start);
  if (AUXILIARY_AFTER.has(tokens[last + 1]?.lower ?? '') || MODALS.has(tokens[last + 1]?.lower ?? '')) last++;
  if (!SUBORDINATE_OPENERS.has(tokens[0]?.lower ?? '') || tokens[last + 1]?.text !== ',')
    return Number.POSITIVE_INFINITY;
  for (let k = from + 1; k + 2 < tokens.length && k - from < 60; k++) {
    const comma = tokens[k] as Token;
    if (comma.text !== ',' || inside(comma)) continue;
    const verb = tokens[k + 1] as Token;
    const subject = tokens[k + 2] as Token;
    const finite =
      verb.word &&
      !verb.capital &&
      !NOT_FINITE.has(verb.lower) &&
      !DETERMINERS.has(verb.lower) &&
      !PRONOUNS.has(verb.lower) &&
      !RELATIVE_OR_INFINITIVE.has(verb.lower) &&
      !SUBORDINATE_OPENERS.has(verb.lower) &&
      !PREPOSITIONS.has(verb.lower);
    if (
      finite &&
      subject.word &&
      (subject.capital || DETERMINERS.has(subject.lower) || PRONOUNS.has(subject.lower))
    )
      return comma.start;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * "Er kündigte an, den Plan prüfen zu lassen, stellt sich aber …", "…, Gelder zu erhalten, was bisher nicht
 * bestätigt wurde": a statement that is a zu-infinitive ends with it when the clause after it is the writer's — a
 * comment ("wobei", "was", "nachdem") or the main clause, which opens with its finite verb; not when it goes on
 * with another infinitive, a relative clause, a purpose or a clause in Konjunktiv. An offset.
 */
export function infinitiveEnd(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!first || COMPLEMENTIZERS.has(first.lower)) return Number.POSITIVE_INFINITY;
  // "…, ihre Häuser zu verlassen – die Hälfte davon in Hiroshima": a dash after the infinitive adds the writer's
  // words.
  for (let k = from + 2; k < tokens.length; k++) {
    const dash = tokens[k] as Token;
    if (DASHES.has(dash.text) && infinitiveClause(tokens, from, k)) return (tokens[k - 1] as Token).end;
    if (endsClauseAt(tokens, k)) break;
  }
  if (!infinitiveClause(tokens, from, tokens.length)) return Number.POSITIVE_INFINITY;
  let k = from;
  while (k < tokens.length && !endsClauseAt(tokens, k)) k++;
  const comma = tokens[k];
  const opener = tokens[k + 1];
  if (comma?.text !== ',' || !opener?.word || opener.capital) return Number.POSITIVE_INFINITY;
  if (COMMENT_OPENERS.has(opener.lower)) return comma.start;
  const functionWord =
    DETERMINERS.has(opener.lower) ||
    PRONOUNS.has(opener.lower) ||
    RELATIVE_OR_INFINITIVE.has(opener.lower) ||
    SUBORDINATE_OPENERS.has(opener.lower) ||
    /^(welche[rsmn]?|dem|den|deren|dessen|denen|ob|dass|daß|wie|sowie|oder|sondern|aber|ohne|statt)$/.test(
      opener.lower,
    );
  if (functionWord || infinitiveClause(tokens, k + 1, tokens.length)) return Number.POSITIVE_INFINITY;
  for (let j = k + 1; j < tokens.length && !endsClauseAt(tokens, j); j++)
    if (isReportedVerbAt(tokens, j)) return Number.POSITIVE_INFINITY;
  return comma.start;
}

/**
 * "Sie sagte, der Plan sei gescheitert, doch der Minister erklärte, …", "Er räumte ein, es gebe Fehler, sprach
 * aber von …", "Sie bestätigte, dass … und kündigte an, …": a statement ends where the main clause of a later cue
 * in its sentence begins — at a comma followed by a contrasting conjunction or by the cue's finite verb, or at an
 * "und" right before it; an offset. A cue in Konjunktiv ("…, er fordere …") or not finite is part of the statement.
 */
export function beforeNextCue(
  tokens: readonly Token[],
  from: number,
  later: readonly Cue[],
  inside: (token: Token) => boolean,
): number {
  for (const next of later) {
    const verb = next.tokens[0] as Token;
    // The form of stem and -e ("frage", "betone") is the Konjunktiv I of the third person: the cue is reported too.
    const konjunktiv = isReportedVerb(verb) || verb.lower === next.verb.forms[4];
    if (next.participle || next.verbFinal || verb.lower === next.verb.lemma || konjunktiv) continue;
    const before = tokens[next.index - 1];
    if (before && ADDING_CONJUNCTIONS.has(before.lower) && next.index - 1 > from && !inside(before))
      return tokens[next.index - 2]?.text === ','
        ? (tokens[next.index - 2] as Token).start
        : (tokens[next.index - 2] as Token).end;
    for (let k = next.index - 1; k > from && next.index - k < 12; k--) {
      const token = tokens[k] as Token;
      if (token.text !== ',' || inside(token)) continue;
      const opener = tokens[k + 1];
      if (opener && (k + 1 === next.index || CONTRASTING.has(opener.lower))) return token.start;
      break;
    }
  }
  return Number.POSITIVE_INFINITY;
}

/** "bat ihn, im Amt zu bleiben", "bestreitet, beteiligt gewesen zu sein": a clause ending in a zu-infinitive. */
export function infinitiveClause(tokens: readonly Token[], at: number, limit: number): boolean {
  let k = at;
  while (k < tokens.length && k < limit && k - at < 40) {
    // Quotation marks and a parenthesis inside the clause: "der „Sozialen Partei“ (SP) beizutreten".
    const text = (tokens[k] as Token).text;
    if (text === '(') {
      let close = k + 1;
      while (close < tokens.length && close - k <= 8 && tokens[close]?.text !== ')') close++;
      if (tokens[close]?.text !== ')') break;
      k = close + 1;
      continue;
    }
    if (/^[„“»«]$/.test(text) && k > at) {
      k++;
      continue;
    }
    if (endsClauseAt(tokens, k)) break;
    k++;
  }
  const last = tokens[k - 1];
  if (!last?.word || k - at < 2) return false;
  if (INFINITIVE_CONJUNCTIONS.has(tokens[at]?.lower ?? '')) return false;
  if (tokens[k - 2]?.lower === 'zu') return true;
  return SEPARABLE_ZU_INFINITIVE.test(last.lower);
}
