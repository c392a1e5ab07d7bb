/**
 * Whether a reporting verb on its own reports an act of speech ("Die Opposition forderte den Rücktritt"): it has
 * something to report, it is not a negated or hypothetical infinitive, and a verb spelled like its participle is
 * a present tense. Used by `indirect.ts`.
 */
import { isFiniteSpeechForm, passiveAround, type Cue } from '../grammar/cues';
import { endsClauseAt } from '../grammar/clause-ends';
import { FINITE_PASSIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { AUXILIARY_AFTER, FINITE_AUXILIARIES, HABEN, MODALS, PRESENT_HABEN } from '../lexicon/verb-forms';
import type { Token } from '../text/tokens';
import { stepBack } from '../grammar/insertions';
import { FIRST_PERSON, OBJECT_CASE_ARTICLES, RELATIVE_PRONOUNS } from '../lexicon/articles';
import { AGENT_OR_PREDICATE, PREPOSITIONS, SPEAKING_OF_PREPOSITIONS, VON } from '../lexicon/prepositions';
import { DENYING_VERBS, NEGATABLE } from '../lexicon/verb-forms';
import { isKonjunktivI, isReportedVerbAt } from '../grammar/reported-verbs';
import { CLAUSE_OPENING_CONJUNCTIONS, COMPARISON_PARTICLES, COMPLEMENTIZERS } from '../lexicon/conjunctions';
import { isStanceNoun } from '../grammar/stance-objects';
import { STANCE_VERBS } from '../lexicon/speech-verbs';
import { nounPhrase } from '../grammar/noun-phrases';
import { canSpeak } from '../speakers/animacy';

/**
 * Whether a reporting verb has something to report in its clause besides its subject: not "(Die Zeitung
 * berichtete.)", and for "sprechen" a topic ("sprach von einem Erfolg", "sprach über …"), not a partner or a prayer
 * ("sprach mit seiner Frau", "sprach ein Gebet"); for "berichten" what was told ("berichtete von …"), not only
 * its topic ("berichtete über die Demonstration").
 */
export function reportsSomething(
  tokens: readonly Token[],
  cue: Cue,
  phrase: readonly Token[] | undefined,
): boolean {
  // The sentence, or the parenthesis the cue stands in ("(Die Zeitung berichtete.)").
  let start = cue.index;
  while (start > 0 && tokens[start - 1]?.text !== '(') start--;
  let end = cue.index + 1;
  while (end < tokens.length && tokens[end]?.text !== ')') end++;
  if (start === 0 || end === tokens.length) [start, end] = [0, tokens.length];
  // A long subject phrase may have run over the clause ("der … vorwarf"): then only the verb is left out.
  const own = new Set<Token>([...(phrase && phrase.length <= 4 ? phrase : []), ...cue.tokens]);
  const words = tokens.slice(start, end).filter((t) => t.word);
  if (words.every((t) => own.has(t))) return false;
  // "berichtete von langen Schlangen" reports what was told; "berichtete über die Demonstration" names its topic.
  if (cue.verb.lemma === 'berichten') return words.some((t) => VON.has(t.lower));
  return cue.verb.lemma !== 'sprechen' || words.some((t) => SPEAKING_OF_PREPOSITIONS.has(t.lower));
}

/**
 * "Der Sender berichtet von …", "Die Ministerin bezeichnet den Plan als …": a verb spelled like its participle is
 * a present tense when it follows its subject in a main clause, or closes a subordinate clause, and no auxiliary
 * follows it ("berichtet hat"), and the subject is not the "man" of a definition ("Als Lichtjahr bezeichnet man …").
 */
export function presentTense(
  tokens: readonly Token[],
  cue: Cue,
  phrase: readonly Token[] | undefined,
): boolean {
  const subject = phrase?.[0];
  const verb = cue.tokens[0] as Token;
  if (!phrase || !subject || subject.start > verb.start || phrase.some((t) => t.lower === 'man'))
    return false;
  // "Den Piloten erwartet eine Anklage": a phrase in the dative or accusative is no subject.
  if (OBJECT_CASE_ARTICLES.has(subject.lower)) return false;
  if (AUXILIARY_AFTER.has(tokens[cue.index + 1]?.lower ?? '') || tokens[0]?.lower === 'als') return false;
  // "…, während die Polizei von zwei Verletzten berichtet": a participle closing a subordinate clause would have its
  // auxiliary after it, so the form alone there is the present tense.
  const opener = tokens[tokens.indexOf(subject) - 1];
  if (opener && CLAUSE_OPENING_CONJUNCTIONS.has(opener.lower) && endsClauseAt(tokens, cue.index + 1))
    return true;
  // "Das Wort bezeichnet eine Strecke" names a meaning; "Sie bezeichnet den Plan als Fehler" judges.
  if (cue.verb.lemma === 'bezeichnen' && !asLater(tokens, cue.index)) return false;
  return secondPlace(tokens, cue, phrase) && tokens.slice(0, cue.index).every((t) => t.text !== ',');
}

/**
 * "Der Trainer gab sich nach dem Spiel betont gelassen": a present tense is the finite verb in second place, right
 * after its subject. With more words of the clause before it, or with a finite verb in what was taken for the
 * subject ("gab", "hat"), the clause's finite verb stands earlier, and the form is an adverb or an adjective
 * ("betont gelassen"). Only the phrase before its first comma is looked at: a relative clause has a verb of its own.
 */
function secondPlace(tokens: readonly Token[], cue: Cue, phrase: readonly Token[]): boolean {
  const last = phrase[phrase.length - 1] as Token;
  if (tokens.slice(tokens.indexOf(last) + 1, cue.index).some((t) => t.word)) return false;
  const comma = phrase.findIndex((t) => t.text === ',');
  const head = comma < 0 ? phrase : phrase.slice(0, comma);
  return !head.some(
    (t) => t.word && !t.capital && (FINITE_AUXILIARIES.has(t.lower) || isFiniteSpeechForm(t.lower)),
  );
}

/** Whether "als" follows in the clause of `tokens[index]`. */
function asLater(tokens: readonly Token[], index: number): boolean {
  for (let k = index + 1; k < tokens.length && k - index < 25 && !endsClauseAt(tokens, k); k++)
    if ((tokens[k] as Token).lower === 'als') return true;
  return false;
}

/**
 * "Ein Sprecher wollte nicht bestätigen, dass …", "Man kann sagen, dass …", "Ich würde nicht sagen, …": an
 * infinitive after a negated modal, or after a modal with "man", says what was not or need not be said; so does a
 * negated confirmation ("konnte weder bestätigen noch ausschließen, dass …"). "Ich glaube, …" right next to the
 * verb is the writer or an interviewee, not a report.
 */
export function unsaid(tokens: readonly Token[], cue: Cue): boolean {
  const verb = cue.tokens[0] as Token;
  if (
    FIRST_PERSON.has(tokens[cue.index - 1]?.lower ?? '') ||
    FIRST_PERSON.has(tokens[cue.index + 1]?.lower ?? '')
  )
    return true;
  let modal = false;
  let negated = false;
  let denied = false;
  for (
    let k = stepBack(tokens, cue.index);
    k >= 0 && cue.index - k <= 20 && !endsClauseAt(tokens, k);
    k = stepBack(tokens, k)
  ) {
    const lower = (tokens[k] as Token).lower;
    modal ||= MODALS.has(lower);
    negated ||= lower === 'nicht' || lower === 'man' || lower === 'ich';
    denied ||= lower === 'nicht' || lower === 'weder' || lower === 'noch';
  }
  if (denied && NEGATABLE.has(cue.verb.lemma)) return true;
  // "Er wusste, dass …": known, not said; "Sie wisse, dass …", "will wissen, dass …" report.
  if (cue.verb.factive && verb.lower !== cue.verb.lemma && !isKonjunktivI(verb.lower)) return true;
  if (cue.tokens.length !== 1 || cue.participle || verb.lower !== cue.verb.lemma) return false;
  return modal && negated;
}

/**
 * "gab den Grund nicht bekannt", "konnte nicht festgestellt werden", "Das heißt nicht, dass …": "nicht" right
 * before the verb's closing part (participle, particle, infinitive), or right after a finite verb that ends its
 * clause, negates the verb itself: what was not made known or not said is no statement. Elsewhere "nicht" negates
 * one phrase ("nicht im Parlament, sondern vor der Presse erklärte sie"). A verb of denial negated affirms
 * ("schloss nicht aus"). Such a verb introduces no indirect statement, nor a reported one, unless a later cue of
 * its sentence says what was said instead ("gab Einzelheiten nicht bekannt, verwies aber auf …"; `cued-statements.ts`).
 */
export function negatedVerb(tokens: readonly Token[], cue: Cue): boolean {
  if (DENYING_VERBS.has(cue.verb.lemma)) return false;
  const closing = cue.tokens[cue.tokens.length - 1] as Token;
  const at = cue.tokens.length > 1 ? tokens.indexOf(closing) : cue.index;
  if (tokens[at - 1]?.lower === 'nicht') return true;
  if (cue.tokens.length > 1 || tokens[cue.index + 1]?.lower !== 'nicht') return false;
  const after = tokens[cue.index + 2];
  return !after || endsClauseAt(tokens, cue.index + 2) || COMPLEMENTIZERS.has(after.lower);
}

/** "wurde als Erfolg gewertet": a participle after a finite "werden" in its clause is a passive. */
export function passiveBefore(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 20; j--) {
    if (endsClauseAt(tokens, j)) return false;
    if (FINITE_PASSIVE_AUXILIARIES.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}

/**
 * "wurde von der Opposition kritisiert", "wird als Erfolg gewertet", "Als Grund wurde … genannt": a passive with an
 * agent or a predicate reports what someone said; a bare one ("Außerdem wurde … gefordert") is too often a plan.
 */
export function agentOrPredicate(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 30; j--) {
    if (endsClauseAt(tokens, j)) return false;
    if (AGENT_OR_PREDICATE.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}

/** How many words on each side of the verb a stance noun may stand: "hat ihre Ablehnung eines Beitritts geäußert". */
const STANCE_REACH = 8;

/**
 * "äußerte ihre Ablehnung", "hat Bedenken geäußert", "bekundete seine Unterstützung": a verb of making a stance known
 * (`STANCE_VERBS`) with a stance noun in its clause reports a statement on its own, as "kritisieren" does. On the
 * train split the corpus leaves two of the three such sentences unannotated; they stay, as reported speech.
 */
export function statesStance(tokens: readonly Token[], cue: Cue): boolean {
  if (!STANCE_VERBS.has(cue.verb.lemma)) return false;
  const stance = (k: number): boolean => isStanceNoun(tokens[k] as Token);
  for (let k = cue.index - 1; k >= 0 && cue.index - k <= STANCE_REACH && !endsClauseAt(tokens, k); k--)
    if (stance(k)) return true;
  for (
    let k = cue.index + 1;
    k < tokens.length && k - cue.index <= STANCE_REACH && !endsClauseAt(tokens, k);
    k++
  )
    if (stance(k)) return true;
  return false;
}

/**
 * "Die Partei hat den Rücktritt gefordert": a participle whose auxiliary in its clause is the present of "haben"
 * (before it, or right after it in a verb-final clause) is a present perfect, which reports news as the simple past
 * does. A pluperfect ("hatte … gefordert") gives background and is left out.
 */
export function presentPerfect(tokens: readonly Token[], cue: Cue): boolean {
  if (!cue.participle) return false;
  if (PRESENT_HABEN.has(tokens[cue.index + 1]?.lower ?? '')) return true;
  for (let j = stepBack(tokens, cue.index); j >= 0 && cue.index - j <= 20; j = stepBack(tokens, j)) {
    if (endsClauseAt(tokens, j)) return false;
    const lower = (tokens[j] as Token).lower;
    if (HABEN.has(lower)) return PRESENT_HABEN.has(lower);
  }
  return false;
}

/**
 * The source a reported clause names with "laut" between `from` and `to` ("Die Partei hält den Plan laut Berger
 * für machbar"): the report is what that source says of the subject's stance, so the source speaks, when its noun
 * phrase can speak. Undefined when the clause has no such "laut".
 */
export function sourceInReport(
  tokens: readonly Token[],
  from: number,
  to: number,
  inside: (token: Token) => boolean,
): Token[] | undefined {
  for (let k = from; k < to - 1; k++) {
    const token = tokens[k] as Token;
    if (token.lower !== 'laut' || inside(token)) continue;
    const phrase = nounPhrase(tokens, k + 1);
    return phrase && canSpeak(phrase) ? phrase : undefined;
  }
  return undefined;
}

/**
 * "Es wird erwartet, dass …", "wie erwartet": the passive of a verb whose passive is no act of speech (`erwarten`,
 * `schätzen`: `reportsInPassive: false`) states an expectation or estimate with nobody saying it, and so does its
 * participle in a comparison ("wie erwartet", "früher als erwartet").
 */
export function statesExpectation(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.verb.reportsInPassive !== false || !cue.participle) return false;
  return COMPARISON_PARTICLES.has(tokens[cue.index - 1]?.lower ?? '') || passiveAround(tokens, cue.index);
}

/**
 * "wies auf die Gefahren hin, die den Weg zum „gläsernen Menschen“ ebnen": the span of a relative clause after the
 * cue that holds a quotation and no Konjunktiv of its own, [comma, next comma or end); undefined when there is none.
 */
export function quotingRelative(
  tokens: readonly Token[],
  index: number,
  inside: (token: Token) => boolean,
): [number, number] | undefined {
  for (let k = index + 1; k < tokens.length - 2; k++) {
    if (tokens[k]?.text !== ',') continue;
    const next = tokens[k + 1] as Token;
    const after = tokens[k + 2] as Token;
    const opens =
      (RELATIVE_PRONOUNS.has(next.lower) && !after.capital) ||
      (PREPOSITIONS.has(next.lower) && RELATIVE_PRONOUNS.has(after.lower));
    if (!opens) continue;
    let end = k + 1;
    while (end < tokens.length && (tokens[end]?.text !== ',' || inside(tokens[end] as Token))) end++;
    const clause = tokens.slice(k + 1, end);
    if (!clause.some((t) => inside(t))) return undefined;
    return clause.some((t, j) => !inside(t) && isReportedVerbAt(tokens, k + 1 + j)) ? undefined : [k, end];
  }
  return undefined;
}
