/**
 * Which words are verbs in the Konjunktiv of reported speech: the forms listed in `lexicon/konjunktiv.ts`, and the
 * Konjunktiv I of any other verb where its place in the clause gives it away ("…, weil das Amt das Gesetz
 * anwende.", "Er erwarte …", "Die Schätzung basiere …").
 */
import { endsClauseAt } from './clause-ends';
import { KONJUNKTIV_I, KONJUNKTIV_II } from '../lexicon/konjunktiv';
import type { Token } from '../text/tokens';
import {
  PHRASE_PARTICLES,
  QUANTIFYING_ARTICLES,
  SUBJECT_PRONOUNS,
  V2_SUBJECT_OPENERS,
} from '../lexicon/articles';
import { NOT_VERBS } from '../lexicon/verb-forms';
import { DETERMINERS } from '../lexicon/nouns';
import { INDICATIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { isAdjective } from './noun-phrases';

/** How many adjectives may stand between an article and its noun before the finite verb ("die neue Regierung"). */
const MAX_ADJECTIVES = 2;

/** How many capitalised words a noun phrase may end in before the finite verb ("die Bundesrepublik Deutschland"). */
const MAX_NOUNS = 3;

/** How many name words a subject without an article may have ("Deutschland", "Anna Berger"). */
const MAX_BARE_NAMES = 2;

/**
 * Whether `tokens[k]` stands right after a noun phrase that opens a main clause (at the start of the sentence or
 * after a comma or colon): an article, perhaps adjectives, and capitalised words ("die neue Regierung", "die
 * Bundesrepublik Deutschland"), or a name without an article after a comma ("…, Deutschland bekenne sich …"). A main clause puts
 * its finite verb second, so the word there is that verb ("Der Wert basiere auf …", "…, die Firma plane …").
 */
function afterOpeningPhrase(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= MAX_NOUNS) {
    const word = tokens[j] as Token;
    if (!word.word || !word.capital || DETERMINERS.has(word.lower)) break;
    j--;
  }
  const nouns = k - 1 - j;
  if (nouns === 0) return false;
  const opens = (at: number): boolean => at < 0 || /^[,:]$/.test(tokens[at]?.text ?? '');
  // after a comma only: a capitalised word there is a noun or a name; at a sentence's start it may be anything
  if (nouns <= MAX_BARE_NAMES && j >= 0 && opens(j)) return true;
  for (let adjectives = 0; adjectives < MAX_ADJECTIVES; adjectives++) {
    const word = tokens[j];
    if (!word || word.capital || DETERMINERS.has(word.lower) || QUANTIFYING_ARTICLES.has(word.lower)) break;
    if (!isAdjective(word.lower)) break;
    j--;
  }
  const article = tokens[j];
  if (!article || !(DETERMINERS.has(article.lower) || QUANTIFYING_ARTICLES.has(article.lower))) return false;
  // "…, nur etwa jeder dritte Zug fahre …": particles may stand before the phrase
  let start = j - 1;
  while (start >= 0 && j - start <= MAX_PARTICLES && PHRASE_PARTICLES.has(tokens[start]?.lower ?? ''))
    start--;
  return opens(start);
}

/** How many particles may stand before a clause's opening noun phrase ("nur etwa"). */
const MAX_PARTICLES = 2;

/** The shortest Konjunktiv I in "-iere" ("zitiere"); shorter words in "-iere" are no verb of that class. */
const MIN_IEREN_FORM = 7;

/**
 * Whether a lower-case word is a Konjunktiv I that no indicative of the third person shares: a listed form, or the
 * "-iere" form of a verb in "-ieren" ("funktioniere", "reagiere", "existiere"), whose indicative is "-iert".
 */
export function isKonjunktivI(lower: string): boolean {
  return KONJUNKTIV_I.has(lower) || (lower.length >= MIN_IEREN_FORM && lower.endsWith('iere'));
}

/**
 * Whether a token is a Konjunktiv form (I, or the II that stands in for it). A capitalised word is a noun that
 * looks like one ("Kämpfe", "Stelle", "Ende"): a verb in reported speech never opens its sentence.
 */
export function isReportedVerb(token: Token): boolean {
  return !token.capital && (KONJUNKTIV_I.has(token.lower) || KONJUNKTIV_II.has(token.lower));
}

/**
 * Whether `tokens[k]` is a verb in Konjunktiv: a listed form, or the third-person Konjunktiv I of another verb
 * (stem and -e), which is told from an adjective or a past tense by its place: at the end of a clause, after a
 * word that is no article ("…, dass das Werk die Regeln einhalte,"), or second in a main clause: right after a
 * subject pronoun ("Er erwarte …") or a noun phrase ("Die Schätzung basiere …") that opens it. Forms in -te are left out: they are as often a past tense ("sagte").
 */
export function isReportedVerbAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token?.word) return false;
  if (isReportedVerb(token)) return true;
  const lower = token.lower;
  // "der Zugang funktioniere": an "-iere" form is a verb wherever it stands, but after an article an adjective
  // ("die schiere Zahl").
  if (!token.capital && isKonjunktivI(lower) && !DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return true;
  if (token.capital || lower.length < 4 || !lower.endsWith('e') || NOT_VERBS.has(lower)) return false;
  // "-ene", "-ende": a participle used as an adjective ("die getragene, …", "alle bestehende,").
  if (/(?:te|ie|ee|rde|ene|ende)$/.test(lower)) return false;
  const before = tokens[k - 1];
  if (!before?.word) return false;
  if (SUBJECT_PRONOUNS.has(before.lower)) return k === 1 || endsClauseAt(tokens, k - 2);
  // "Jedoch ruhe die Mitgliedschaft …", "Dort fehle es an …": the second word of a sentence, after an adverb and
  // before its subject, is the finite verb.
  if (k === 1 && before.capital && V2_SUBJECT_OPENERS.has(tokens[2]?.lower ?? '')) return true;
  if (afterOpeningPhrase(tokens, k)) return true;
  return (k + 1 >= tokens.length || endsClauseAt(tokens, k + 1)) && !/^(?:d|ein|kein|zu)/.test(before.lower);
}

/**
 * "Sie hätte gern mehr Geld bekommen, hatte aber keines erhalten", "Dass der Bau länger dauern würde, hatte sich
 * gezeigt":
 * a sentence whose only Konjunktiv is a Konjunktiv II ("würde", "hätte", "wäre"), too weak to mark reported speech
 * alone, and whose main clause has a finite verb in the indicative right after a comma (the verb after a fronted
 * clause, or a second verb sharing the subject), is the writer's: a report keeps its main clause in Konjunktiv.
 */
export function writersConditional(tokens: readonly Token[], inside: (token: Token) => boolean): boolean {
  let indicative = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (inside(token) || !token.word) continue;
    if (isReportedVerbAt(tokens, k) && !KONJUNKTIV_II.has(token.lower)) return false;
    indicative ||= tokens[k - 1]?.text === ',' && INDICATIVE_AUXILIARIES.has(token.lower);
  }
  return indicative;
}
