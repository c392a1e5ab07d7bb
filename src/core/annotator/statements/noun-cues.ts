/**
 * Statements announced by a noun rather than a verb: "der Vorwurf der Opposition, der Plan sei zu teuer",
 * "mit der Begründung, dass …", "der Vorschlag, die Gebühren zu senken"; or by an adjective of conviction or hope:
 * "ist zuversichtlich, … zu können". The noun (or a compound ending in it:
 * "Rücktrittsforderung") stands a few words before a comma; after the comma comes a dass/ob clause, a clause
 * in Konjunktiv or a zu-infinitive.
 */
import { endsAsCompound } from '../lexicon/endings';
import { endsClause } from '../grammar/clause-ends';
import { infinitiveClause } from './statement-ends';
import { isReportedVerbAt } from '../grammar/reported-verbs';
import { GENITIVE_ARTICLES, RELATIVE_PRONOUNS } from '../lexicon/articles';
import { DETERMINERS } from '../lexicon/nouns';
import { STATEMENT_NOUNS } from '../lexicon/statement-nouns';
import { isAdjective, isPreposition } from '../grammar/noun-phrases';
import type { Token } from '../text/tokens';
import { ATTITUDES } from '../lexicon/adjectives';
import { HYPOTHETICAL } from '../lexicon/konjunktiv';
import { PERFECT_AUXILIARIES, REPORTATIVE_MODALS } from '../lexicon/auxiliaries';
import { SPEAKER_ATTRIBUTE_OPENERS, STATEMENT_ATTRIBUTE_PREPOSITIONS } from '../lexicon/prepositions';
import { COMPLEMENTIZERS } from '../lexicon/conjunctions';

/** Whether a capitalised token is a statement noun or a compound ending in one. */
export function isStatementNoun(token: Token): boolean {
  if (!token.capital) return false;
  return endsAsCompound(token.lower, STATEMENT_NOUNS);
}

/** A statement announced by a noun: the noun's index, where the statement starts and ends (token indices). */
export interface NounStatement {
  noun: number;
  start: number;
  /** Exclusive token index. */
  end: number;
  /** The genitive or "von" phrase after the noun that names who speaks ("der Vorwurf der Opposition"). */
  source: Token[];
}

/** Finds the first noun-announced statement in a sentence's tokens, skipping tokens inside quotation marks. */
export function nounStatementIn(
  tokens: readonly Token[],
  inside: (token: Token) => boolean,
): NounStatement | undefined {
  // "So gebe es Hinweise, dass …": a noun inside a sentence already in Konjunktiv is part of reported speech that
  // goes on from earlier sentences, not a new statement.
  const reported = tokens.findIndex((t, k) => !inside(t) && isReportedVerbAt(tokens, k));
  for (let comma = 1; comma + 1 < tokens.length; comma++) {
    if (tokens[comma]?.text !== ',' || inside(tokens[comma] as Token)) continue;
    const noun =
      statementNounBefore(tokens, comma) ?? attitudeBefore(tokens, comma) ?? extraposedFrom(tokens, comma);
    if (noun === undefined || (reported >= 0 && reported < noun)) continue;
    const start = comma + 1;
    if (!complementKind(tokens, start)) continue;
    return { noun, start, end: statementEnd(tokens, start), source: sourceAfter(tokens, noun, comma) };
  }
  return undefined;
}

/** How many lower-case words (the verb, its particle, an adverb) may stand between a statement noun and its comma. */
const MAX_VERB_WORDS = 3;

/**
 * "Seine zentrale Aussage ist, dass …", "Erneut wurden Vorwürfe laut, …", "liegt die Äußerung vor, er werde …": a
 * clause that completes a noun may be moved behind the end of the noun's own clause (its verb, particle or a
 * pronominal adverb: "Zweifel daran, ob …"), so the noun may stand a few lower-case words before the comma.
 */
function extraposedFrom(tokens: readonly Token[], comma: number): number | undefined {
  let k = comma - 1;
  while (k > 0 && comma - k <= MAX_VERB_WORDS) {
    const token = tokens[k] as Token;
    if (!token.word || token.capital || DETERMINERS.has(token.lower)) break;
    k--;
  }
  const noun = k < comma - 1 ? statementNounBefore(tokens, k + 1) : undefined;
  // A relative clause may be moved behind the verb as well ("legte Pläne vor, die …", "…, nach denen …"), and so
  // may a question after a preposition ("…, bis wann …"): neither says what the noun's content is.
  const next = tokens[comma + 1]?.lower ?? '';
  // A finite verb right after the comma is the main clause's, after a clause that opened the sentence ("Da die
  // Stadt Angst hatte, habe sie gezögert").
  if (
    noun === undefined ||
    RELATIVE_PRONOUNS.has(next) ||
    isPreposition(next) ||
    isReportedVerbAt(tokens, comma + 1)
  )
    return undefined;
  // "unter Verdacht stehen, …": a noun a preposition governs is no subject or object whose clause could be moved
  // behind the verb, nor is a genitive after another noun with its article ("Im weiteren Verlauf der Mitteilung wird deutlich, …").
  let first = noun;
  while (
    first > 0 &&
    (DETERMINERS.has(tokens[first - 1]?.lower ?? '') || isAdjective(tokens[first - 1]?.lower ?? ''))
  )
    first--;
  const before = tokens[first - 1];
  const head = tokens[first - 2]?.lower ?? '';
  const genitive = !!before?.capital && (DETERMINERS.has(head) || isAdjective(head));
  return genitive || isPreposition(before?.lower ?? '') ? undefined : noun;
}

/** "ist davon überzeugt, dass …", "zeigte sich zuversichtlich, …": the attitude adjective right before a comma. */
function attitudeBefore(tokens: readonly Token[], comma: number): number | undefined {
  const word = tokens[comma - 1];
  return word && !word.capital && ATTITUDES.has(word.lower) ? comma - 1 : undefined;
}

/** The statement noun that heads the phrase before a comma, at most six words back ("dem Vorwurf der CDU,"). */
function statementNounBefore(tokens: readonly Token[], comma: number): number | undefined {
  for (let k = comma - 1; k >= 0 && comma - k <= 6; k--) {
    const token = tokens[k] as Token;
    if (isStatementNoun(token)) return k;
    // After the noun only its genitive or "von" phrase: an adjective there stands after an article ("der
    // neuen Regierung"), not alone ("Angst hatte,").
    const before = tokens[k - 1]?.lower ?? '';
    const attributive =
      isAdjective(token.lower) &&
      !!tokens[k + 1]?.capital &&
      (DETERMINERS.has(before) || isAdjective(before) || before === 'von');
    // "Anfragen an den Provider, …", "die Forderung nach Neuwahlen, …": a prepositional attribute of the noun
    // ("über" names a topic, whose own noun takes the clause: "Berichte über die Versuche, … zu …").
    const attribute = STATEMENT_ATTRIBUTE_PREPOSITIONS.has(token.lower) && k < comma - 1;
    const fits =
      token.word &&
      (token.capital || DETERMINERS.has(token.lower) || token.lower === 'von' || attributive || attribute);
    if (!fits) return undefined;
  }
  return undefined;
}

type Complement = 'dass' | 'konjunktiv' | 'infinitive';

/** What follows the comma: a dass/ob clause, a clause in Konjunktiv, a zu-infinitive, or nothing of these. */
function complementKind(tokens: readonly Token[], start: number): Complement | undefined {
  const first = tokens[start];
  const second = tokens[start + 1];
  if (!first?.word) return undefined;
  if (COMPLEMENTIZERS.has(first.lower)) return 'dass';
  if (RELATIVE_PRONOUNS.has(first.lower) && second && !second.capital) return undefined;
  for (let k = start; k < tokens.length && k - start < 25; k++) {
    const token = tokens[k] as Token;
    if (endsClause(token)) break;
    if (isReportedVerbAt(tokens, k)) return 'konjunktiv';
  }
  return infinitiveClause(tokens, start, tokens.length) ? 'infinitive' : undefined;
}

/**
 * Where the statement ends (exclusive token index): at a semicolon, or at the comma after which the sentence goes
 * on with its main clause, between the statement's final verb and a lower-case word ("…, die Flaggen zu
 * wechseln, nun auch …"); else at the sentence's end.
 */
export function statementEnd(tokens: readonly Token[], start: number): number {
  let k = start + 1;
  for (; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.text === ';') return k;
    // "die Behauptung, die Sorte sei sicher: „…“": a colon before a quotation opens the speaker's own words.
    if (token.text === ':' && /^[„»"]$/.test(tokens[k + 1]?.text ?? '')) return k;
    if (token.text !== ',') continue;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (
      before?.word &&
      !before.capital &&
      after?.word &&
      !after.capital &&
      !RELATIVE_PRONOUNS.has(after.lower) &&
      !reportedClauseAt(tokens, k + 1)
    )
      return k;
  }
  return k;
}

/**
 * Whether the clause opening at `tokens[at]` has a verb in Konjunktiv: then it still belongs to what was said ("die
 * Ansicht, dass das Gesetz die Firmen belaste, da der Staat seinen Einfluss nutze"), since the Konjunktiv is what
 * marks reported speech, also in a clause that depends on the statement.
 */
function reportedClauseAt(tokens: readonly Token[], at: number): boolean {
  let claim = false;
  let k = at;
  for (; k < tokens.length && !endsClause(tokens[k] as Token); k++) {
    if (isReportedVerbAt(tokens, k) && !HYPOTHETICAL.has((tokens[k] as Token).lower)) return true;
    claim ||= REPORTATIVE_MODALS.has((tokens[k] as Token).lower);
  }
  // "…, hierbei soll ihm ein Kollege geholfen haben": a claim with "soll … haben" passes on what was said, as the
  // Konjunktiv does.
  return claim && PERFECT_AUXILIARIES.has(tokens[k - 1]?.lower ?? '');
}

/** "der Vorwurf der Opposition", "Anfragen von Anwohnern": who speaks, named after the noun. */
function sourceAfter(tokens: readonly Token[], noun: number, comma: number): Token[] {
  const next = tokens[noun + 1];
  if (!next || !SPEAKER_ATTRIBUTE_OPENERS.has(next.lower)) return [];
  return tokens.slice(noun + (GENITIVE_ARTICLES.has(next.lower) ? 1 : 2), comma).filter((t) => t.word);
}
