/**
 * The subject that opens a sentence or a clause, without a speech verb to start from: who a Konjunktiv
 * sentence or a quotation after "Die Partei will am Kurs festhalten." reports.
 */
import { canSpeak, isSpeakingNoun } from '../speakers/animacy';
import { isAdjective, isPreposition, nounPhrase } from './noun-phrases';
import { DETERMINERS, PRONOUNS, STOP_WORDS } from '../lexicon/nouns';
import { isCollectiveToken, isNameToken, isRoleToken } from '../speakers/naming-words';
import type { Token } from '../text/tokens';
import { FOCUS_PARTICLES, TIME_ADVERBS } from '../lexicon/adverbs';
import { NOT_NOMINATIVE, RELATIVE_PRONOUNS } from '../lexicon/articles';
import { CLAUSE_OPENING_CONJUNCTIONS, COORDINATING } from '../lexicon/conjunctions';
import { GENITIVE_OPENERS, PHRASE_PREPOSITIONS } from '../lexicon/prepositions';
import { oblique, opensNounPhrase } from './subject-phrases';

/**
 * The noun phrase that opens a sentence as its subject, when a verb follows it and it names someone who can speak:
 * a role, an organisation, a name of two words or one that `knows` ("Die Umweltschutzorganisation fordert …",
 * "Auch der Verband hält dagegen …"). A lone capitalised word is as likely a plural noun ("Sirenen heulten").
 * With `holdsClause` (the sentence goes on with a clause of what was said or thought: "Die Jugendlichen haben
 * ausgesagt, dass …") any noun that can speak counts, a noun for people ("Die Jugendlichen", "Der Wahlsieger") too;
 * without one such a noun opening a sentence is as often what the sentence is about as its source.
 */
export function openingSubject(
  tokens: readonly Token[],
  knows: (phrase: readonly Token[]) => boolean,
  holdsClause = false,
): Token[] | undefined {
  let start = 0;
  while (
    start < 2 &&
    (COORDINATING.has(tokens[start]?.lower ?? '') || FOCUS_PARTICLES.has(tokens[start]?.lower ?? ''))
  )
    start++;
  const first = tokens[start];
  if (!first || !(first.capital || DETERMINERS.has(first.lower))) return undefined;
  // "Für die Händler bedauerte der Verband, …": a preposition opens no subject
  if (isPreposition(first.lower)) return undefined;
  if (PRONOUNS.has(first.lower)) return tokens[start + 1]?.word ? [first] : undefined;
  const phrase = nounPhrase(tokens, start);
  if (!phrase || !opensNounPhrase(phrase) || oblique(phrase) || !canSpeak(phrase)) return undefined;
  const names = phrase.filter(isNameToken);
  const named = names.length > 1 || (names.length === 1 && knows(names));
  const speaking = (t: Token): boolean =>
    isRoleToken(t) || isCollectiveToken(t) || (holdsClause && isSpeakingNoun(t));
  if (!named && !phrase.some(speaking)) return undefined;
  // "Der Leiter, Paul Weber, spekulierte …": the apposition closes with a comma before the verb
  const closed = tokens[start + phrase.length]?.text === ',' && phrase.some((t) => t.text === ',');
  const after = start + phrase.length;
  const skip = closed
    ? 1
    : ageApposition(tokens, after) || roleApposition(tokens, after) || relativeApposition(tokens, after);
  const next = tokens[after + skip];
  return next?.word && !next.capital && !GENITIVE_OPENERS.has(next.lower) ? phrase : undefined;
}

/**
 * How many tokens an age between commas takes after a name ("Anna Berg, 40, sagte"): German news gives a
 * person's age so, as a number standing alone; 0 when none stands at `at`.
 */
function ageApposition(tokens: readonly Token[], at: number): number {
  return tokens[at]?.text === ',' &&
    /^\d{1,3}$/.test(tokens[at + 1]?.text ?? '') &&
    tokens[at + 2]?.text === ','
    ? 3
    : 0;
}

/** How many words a relative clause between a subject and its verb may take. */
const RELATIVE_REACH = 20;

/**
 * How many tokens a relative clause between commas takes at `at` ("Anna Berg, die das Amt seit Mai führt, wies …
 * zurück"): it closes with a comma, and the main clause's finite verb follows it; 0 when none stands there. The
 * clause opens with a relative pronoun, or a preposition and one ("…, für die er zuständig ist, …").
 */
function relativeApposition(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',') return 0;
  const opener = isPreposition(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  if (!RELATIVE_PRONOUNS.has(tokens[opener]?.lower ?? '')) return 0;
  for (let k = opener + 1; k < tokens.length && k - at <= RELATIVE_REACH; k++) {
    const text = (tokens[k] as Token).text;
    if (text === ',') return k - at + 1;
    if (!(tokens[k] as Token).word && text !== '-' && text !== '„' && text !== '“') return 0;
  }
  return 0;
}

/**
 * How many tokens an apposition between commas that opens with an article takes at `at` ("Die Kernaussage von
 * Paul Weber, dem Chef des Vereins, lautete …"): it names the phrase before it again, in the same case, and the
 * verb follows it; 0 when none stands there. A relative clause ("…, der das Amt führt, …") is no noun phrase.
 */
function roleApposition(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',' || !DETERMINERS.has(tokens[at + 1]?.lower ?? '')) return 0;
  const apposition = nounPhrase(tokens, at + 1);
  const close = apposition ? at + 1 + apposition.length : at;
  return apposition && tokens[close]?.text === ',' ? close - at + 1 : 0;
}

/**
 * Who speaks in the words before a quotation that has no speech verb next to it: the subject of the main clause,
 * before its verb ("Die Gewerkschaft nannte den Plan „…“") or right after it when the clause opens with an adverb
 * or a prepositional phrase ("Dabei griff sie den Plan an: „…“", "Vor Gericht sieht Keller einen „Angriff“").
 * Only a pronoun, a role, an organisation, a two-word name or a name that `knows` counts.
 */
export function frameSubject(
  tokens: readonly Token[],
  knows: (phrase: readonly Token[]) => boolean,
): Token[] | undefined {
  const opening = openingSubject(tokens, knows);
  if (opening) return opening;
  const first = tokens[0];
  // an opening article is the subject's, unless it is a dative or accusative ("Den Ärger brachte X zum Ausdruck")
  const objectFirst = NOT_NOMINATIVE.has(first?.lower ?? '');
  if (!first || (DETERMINERS.has(first.lower) && !objectFirst) || PRONOUNS.has(first.lower)) return undefined;
  // "Da ihre Mandantin Angst hatte, habe Berger …": after a subordinate clause the verb opens the main clause
  const comma = CLAUSE_OPENING_CONJUNCTIONS.has(first.lower) ? tokens.findIndex((t) => t.text === ',') : -1;
  let verb = comma > 0 ? comma + 1 : 1;
  while (
    comma < 0 &&
    verb < tokens.length &&
    verb < 12 &&
    !finiteVerbLike(tokens[verb] as Token, tokens[verb + 1])
  )
    verb++;
  if (comma > 0 && !finiteVerbLike(tokens[verb] ?? first, tokens[verb + 1])) return undefined;
  // "Dann nahm jetzt auch der Minister Stellung": adverbs and focus particles may stand between verb and subject
  let skip = 0;
  while (skip < 3 && isMiddleAdverb(tokens[verb + 1 + skip])) skip++;
  verb += skip;
  const next = tokens[verb + 1];
  if (verb >= tokens.length || (comma < 0 && verb >= 12 + skip) || !next) return undefined;
  if (PRONOUNS.has(next.lower)) return [next];
  if (!DETERMINERS.has(next.lower) && !next.capital) return undefined;
  const phrase = nounPhrase(tokens, verb + 1);
  if (!phrase) return undefined;
  const names = phrase.filter(isNameToken);
  const named = names.length > 1 || (names.length === 1 && knows(names));
  return named || phrase.some((t) => isRoleToken(t) || isCollectiveToken(t)) ? phrase : undefined;
}

/**
 * An adverb or focus particle that can stand between a finite verb and its subject ("nahm jetzt auch der …"), or
 * a reflexive pronoun, which precedes a subject that is a full noun phrase ("war sich die Behörde sicher").
 */
function isMiddleAdverb(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    !token.capital &&
    (FOCUS_PARTICLES.has(token.lower) || TIME_ADVERBS.has(token.lower) || token.lower === 'sich')
  );
}

/**
 * A lower-case word that can be the finite verb after a sentence's first phrase: not an article or preposition,
 * and not an adjective before its noun ("legte" can be a verb, "neue" before "Plan" cannot).
 */
function finiteVerbLike(token: Token, next: Token | undefined): boolean {
  if (!token.word || token.capital || /^\d/.test(token.lower)) return false;
  return (
    !DETERMINERS.has(token.lower) &&
    !PHRASE_PREPOSITIONS.has(token.lower) &&
    !STOP_WORDS.has(token.lower) &&
    !(isAdjective(token.lower) && (next?.capital ?? false))
  );
}
