/**
 * The subject of a cue inside a clause that is not the main one: after an auxiliary, before a relative
 * clause, in a subordinate clause, an apposition ("Der Leiter, Paul Weber, sagte") or an insertion.
 */
import { canSpeak } from '../speakers/animacy';
import { nounPhrase } from './noun-phrases';
import { subjectAfter } from './inverted-subjects';
import { endsClause } from './clause-ends';
import { DETERMINERS, NAME_PARTICLES, PRONOUNS } from '../lexicon/nouns';
import { isCollectiveToken, isNameToken, isRoleToken } from '../speakers/naming-words';
import type { Token } from '../text/tokens';
import { RELATIVE_PRONOUNS } from '../lexicon/articles';
import { CLAUSE_OPENING_CONJUNCTIONS, SUBORDINATORS_AND_RELATIVES } from '../lexicon/conjunctions';
import { PHRASE_PREPOSITIONS } from '../lexicon/prepositions';
import { QUOTE_MARKS } from '../lexicon/punctuation';
import { FINITE_AUXILIARIES, LASSEN_FORMS, MODAL_VERBS } from '../lexicon/verb-forms';
import { opensNounPhrase, opensWithRole, speakerLike, withoutParenthesis } from './subject-phrases';

/**
 * "Im Rahmen des Abkommens hat die EU zugesagt, …": when a participle's clause opens with something other than
 * its subject, the subject follows the finite auxiliary.
 */
export function subjectAfterAuxiliary(
  tokens: readonly Token[],
  clauseStart: number,
  index: number,
): Token[] | undefined {
  for (let k = clauseStart; k < index - 1; k++) {
    const verb = (tokens[k] as Token).lower;
    if (!FINITE_AUXILIARIES.has(verb) && !LASSEN_FORMS.has(verb)) continue;
    const next = tokens[k + 1] as Token;
    if (PRONOUNS.has(next.lower)) return [next];
    if (!DETERMINERS.has(next.lower) && !next.capital) return undefined;
    const phrase = nounPhrase(tokens, k + 1, tokens[index]);
    return phrase && (speakerLike(phrase) || canSpeak(phrase)) ? phrase : undefined;
  }
  return undefined;
}

/**
 * "Berger, die den Plan entworfen hatte, sagte …": the subject stands before a relative clause that ends right
 * before the verb.
 */
export function subjectBeforeRelative(tokens: readonly Token[], clauseStart: number): Token[] | undefined {
  if (tokens[clauseStart - 1]?.text !== ',') return undefined;
  const relativeStart = clauseStartBefore(tokens, clauseStart - 1);
  const opener = tokens[relativeStart];
  const pronoun = opener && PHRASE_PREPOSITIONS.has(opener.lower) ? tokens[relativeStart + 1] : opener;
  if (!pronoun || !RELATIVE_PRONOUNS.has(pronoun.lower) || tokens[relativeStart - 1]?.text !== ',')
    return undefined;
  const headStart = clauseStartBefore(tokens, relativeStart - 1);
  const head = tokens.slice(headStart, relativeStart - 1);
  const phrase = opensNounPhrase(head) ? nounPhrase(tokens, headStart) : undefined;
  const names = (t: Token): boolean => isNameToken(t) || isRoleToken(t) || isCollectiveToken(t);
  const whole = phrase && (phrase.length === head.length || placeAttribute(head.slice(phrase.length)));
  return whole && phrase.some(names) ? phrase : undefined;
}

/**
 * "aus Offenbach" of "Eine Rentnerin aus Offenbach, die …, sagte": a preposition and a noun phrase after the head
 * noun, where it lives or works, with no verb.
 */
function placeAttribute(words: readonly Token[]): boolean {
  const [preposition, ...rest] = words;
  return (
    preposition !== undefined &&
    PHRASE_PREPOSITIONS.has(preposition.lower) &&
    rest.some((t) => t.capital) &&
    rest.every((t) => t.word && (t.capital || DETERMINERS.has(t.lower)))
  );
}

/** Whether the clause at `start` opens with a relative pronoun, perhaps behind a preposition: "…, von dem". */
export function opensRelativeClause(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.text !== ',') return false;
  const first = tokens[start];
  const pronoun = first && PHRASE_PREPOSITIONS.has(first.lower) ? tokens[start + 1] : first;
  return pronoun !== undefined && pronoun !== first && RELATIVE_PRONOUNS.has(pronoun.lower);
}

/**
 * The subject of a verb that closes a subordinate clause: the phrase right after the relative pronoun or
 * conjunction that opens it, looking back over inserted infinitive clauses ("bei der die Ministerin auch den Plan,
 * die Brücke zu sperren, zurückwies").
 */
export function subordinateSubject(tokens: readonly Token[], index: number): Token[] | undefined {
  for (let k = index - 1; k >= 0 && index - k < 40; k--) {
    const token = tokens[k] as Token;
    if (!SUBORDINATORS_AND_RELATIVES.has(token.lower)) continue;
    // a relative pronoun or conjunction opens its clause: after a comma, perhaps behind a preposition ("…, bei
    // der"); a conjunction also at the start of the sentence ("Wie Berger sagte"). "den" in "indem sie den Rat
    // aufforderte" is an article, "als" in "als Krankheit bezeichnete" a particle.
    const before = tokens[k - 1];
    const opensClause =
      before === undefined
        ? CLAUSE_OPENING_CONJUNCTIONS.has(token.lower)
        : before.text === ',' ||
          before.text === '(' ||
          (PHRASE_PREPOSITIONS.has(before.lower) && tokens[k - 2]?.text === ',');
    if (!opensClause) continue;
    const next = tokens[k + 1];
    if (!next) return undefined;
    if (PRONOUNS.has(next.lower)) return [next];
    if (DETERMINERS.has(next.lower) || next.capital) return nounPhrase(tokens, k + 1);
    // "…, denen unter anderem Berger vorwirft": adverbials before the subject (not before an infinitive that a
    // modal governs: "…, zu dem dann das Parlament Änderungen vorschlagen kann" reports nothing yet)
    if (MODAL_VERBS.has(tokens[index + 1]?.lower ?? '')) return undefined;
    const after = subjectAfter(tokens, { index: k, tokens: [] });
    const last = after?.[after.length - 1];
    return after && last && last.end <= (tokens[index] as Token).start ? after : undefined;
  }
  return undefined;
}

/** Where the clause of the token at `index` starts; parentheses such as "(SPD)" do not end a clause. */
export function clauseStartBefore(tokens: readonly Token[], index: number): number {
  let start = index;
  let depth = 0;
  while (start > 0 && index - start < 30) {
    const token = tokens[start - 1] as Token;
    if (token.text === ')') depth++;
    else if (token.text === '(') depth = Math.max(0, depth - 1);
    else if (QUOTE_MARKS.has(token.text) && (tokens[start - 2]?.word ?? false)) {
      // a quoted name inside the phrase: „Der Kurier“ meldet
    } else if (token.text === '.' && /^\d/.test(tokens[start - 2]?.text ?? '')) {
      // a point after a number does not end the clause within a sentence: "um 19.30 Uhr", "am 12. Mai"
    } else if (depth === 0 && endsClause(token)) break;
    start--;
  }
  return start;
}

/** "Der Leiter des Amts, Paul Weber, sagte": the phrase and its apposition before the comma. */
export function appositiveSubject(tokens: readonly Token[], clauseStart: number): Token[] | undefined {
  if (tokens[clauseStart - 1]?.text !== ',') return undefined;
  const nameEnd = clauseStart - 1;
  const nameStart = clauseStartBefore(tokens, nameEnd);
  const name = tokens.slice(nameStart, nameEnd);
  const bare = withoutParenthesis(name);
  const isName =
    bare.length > 0 && bare.length <= 5 && bare.every((t) => isNameToken(t) || NAME_PARTICLES.has(t.lower));
  const isRole =
    !isName &&
    ((name.length <= 8 && opensNounPhrase(name) && nounPhrase(name, 0)?.length === name.length) ||
      opensWithRole(name));
  if (!isName && !isRole) return insertionSubject(tokens, nameStart);
  if (tokens[nameStart - 1]?.text !== ',') return nameStart === 0 && isName ? name : undefined;
  const headStart = clauseStartBefore(tokens, nameStart - 1);
  const head = tokens.slice(headStart, nameEnd);
  const headOnly = tokens.slice(headStart, nameStart - 1);
  if (!opensNounPhrase(headOnly)) return isName ? name : undefined;
  return isName || headOnly.some(isNameToken) || roleWithName(name) ? head : undefined;
}

/** "der Physiker Paul Roth": a role noun and the name after it close the phrase. */
function roleWithName(phrase: readonly Token[]): boolean {
  let k = phrase.length;
  while (k > 0 && isNameToken(phrase[k - 1] as Token)) k--;
  return k < phrase.length && k > 0 && isRoleToken(phrase[k - 1] as Token);
}

/**
 * "Adidas-Vorstand Erich Berg, zuständig für das US-Geschäft, hatte angekündigt": a phrase naming someone, then an
 * insertion between commas that is no name or role, then the verb.
 */
function insertionSubject(tokens: readonly Token[], insertionStart: number): Token[] | undefined {
  if (tokens[insertionStart - 1]?.text !== ',') return undefined;
  const headStart = clauseStartBefore(tokens, insertionStart - 1);
  const head = tokens.slice(headStart, insertionStart - 1);
  if (!opensNounPhrase(head) || nounPhrase(tokens, headStart)?.length !== head.length) return undefined;
  return head.some((t) => isRoleToken(t) || isCollectiveToken(t)) || head.filter(isNameToken).length > 1
    ? head
    : undefined;
}
