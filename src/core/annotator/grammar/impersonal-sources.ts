/**
 * An impersonal cue ("hieß es", "wurde mitgeteilt") and the source it names instead of a subject: "hieß es in
 * einem Bericht der Behörde", "teilte die Polizei mit".
 */
import { canSpeak, isSpeakingNoun } from '../speakers/animacy';
import { isAdjective, nounPhrase } from './noun-phrases';
import { findCues, passiveAround, type Cue } from './cues';
import { endsClause } from './clause-ends';
import { PASSIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { LASSEN_FORMS } from '../lexicon/verb-forms';
import { DETERMINERS, PERIOD_NOUNS, PRONOUNS, TIME_NOUNS } from '../lexicon/nouns';
import { MONTHS } from '../lexicon/abbreviations';
import { isCollectiveToken, isRoleToken } from '../speakers/naming-words';
import type { Token } from '../text/tokens';
import { GENITIVE_ARTICLES, INDEFINITE_PRONOUN, RELATIVE_PRONOUNS } from '../lexicon/articles';
import { SOURCE_PLACE_PREPOSITIONS, SOURCE_PREPOSITIONS, VON } from '../lexicon/prepositions';
import { opensNounPhrase, speakerLike, trimPhrase } from './subject-phrases';
import { clauseStartBefore } from './clause-subjects';
import { frameSubject } from './opening-subjects';

/**
 * Who a cue without a speaking subject quotes: "X wird … zitiert" (the person quoted), "In dem Bericht heißt es",
 * "Es heißt in dem Bericht", "Aus Paris hieß es", "In der Erklärung wurde verkündet" (the source), "Seine Werke
 * werden von Kritikern als … bezeichnet" (the agent after "von"); `undefined` when the clause names nobody.
 */
export function impersonalSource(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  const clauseStart = clauseStartBefore(tokens, cue.index);
  const auxiliary = tokens.slice(clauseStart, cue.index).findIndex((t) => PASSIVE_AUXILIARIES.has(t.lower));
  // "war von der Junta abgelehnt worden", "…, das von der Stadt vorgeschlagen wurde": the auxiliary after the participle
  const passive = auxiliary >= 0 || PASSIVE_AUXILIARIES.has(tokens[cue.index + 1]?.lower ?? '');
  if (cue.verb.lemma === 'zitieren' && auxiliary >= 0) {
    const at = clauseStart + auxiliary;
    const before = tokens.slice(clauseStart, at);
    if (before.length > 0 && opensNounPhrase(before) && speakerLike(before)) return trimPhrase(before);
    const next = tokens[at + 1];
    if (next && PRONOUNS.has(next.lower)) return [next];
    const after =
      next && (next.capital || DETERMINERS.has(next.lower)) ? nounPhrase(tokens, at + 1) : undefined;
    if (after && speakerLike(after)) return after;
  }
  // "In dieser Resolution, die … angenommen wurde, heißt es": the source stands before a relative clause
  const relativeStart =
    tokens[clauseStart - 1]?.text === ',' ? clauseStartBefore(tokens, clauseStart - 1) : -1;
  const headStart =
    relativeStart > 0 && tokens[relativeStart - 1]?.text === ','
      ? clauseStartBefore(tokens, relativeStart - 1)
      : -1;
  const opener = tokens[headStart];
  if (
    opener &&
    SOURCE_PREPOSITIONS.has(opener.lower) &&
    RELATIVE_PRONOUNS.has(tokens[relativeStart]?.lower ?? '')
  ) {
    const phrase = nounPhrase(tokens, headStart + 1);
    if (phrase) return phrase;
  }
  for (let k = clauseStart; k < Math.min(tokens.length, cue.index + 6); k++) {
    const token = tokens[k] as Token;
    if (k > cue.index && endsClause(token)) break;
    const next = tokens[k + 1];
    // "von deutscher Seite", "auf einer Konferenz": an adjective may open the phrase
    const adjective = next !== undefined && isAdjective(next.lower) && (tokens[k + 2]?.capital ?? false);
    if (!next || !(next.capital || DETERMINERS.has(next.lower) || adjective)) continue;
    const source = SOURCE_PREPOSITIONS.has(token.lower) && (k === clauseStart || k > cue.index);
    // "wurde von X kritisiert"; "hieß es vom Sprecher": after "heißen", "von" names the source
    const by = VON.has(token.lower);
    const agent = by && ((passive && k < cue.index) || (cue.verb.lemma === 'heißen' && k > cue.index));
    // "Im Mai wurde bekannt": a month or a time of day is when, not who
    if ((source || agent) && !isTime(next)) {
      // "In der letzten Woche war …": a phrase of time is when, whatever stands before its noun
      // "von Seiten der Gewerkschaft": the one who acts is the genitive after "Seiten"
      const sides = next.lower === 'seiten' && GENITIVE_ARTICLES.has(tokens[k + 2]?.lower ?? '');
      const phrase = nounPhrase(tokens, sides ? k + 2 : k + 1);
      const head = phrase?.find((t) => t.capital && !DETERMINERS.has(t.lower));
      if (!head || !(isTime(head) || PERIOD_NOUNS.has(head.lower))) return phrase;
    }
    // "So wird in einer Pressemitteilung der Organisation gefordert": a statement or document inside the clause
    if (SOURCE_PREPOSITIONS.has(token.lower) && k < cue.index) {
      const phrase = nounPhrase(tokens, k + 1);
      if (phrase && isStatementPhrase(phrase)) return phrase;
    }
  }
  return undefined;
}

/** Whether a word names a month or a time of day or week ("Mai", "Abend", "Montag"). */
function isTime(word: Token): boolean {
  return MONTHS.has(word.lower) || TIME_NOUNS.has(word.lower);
}

/** Whether a phrase's head is a statement, document or medium ("einer Pressemitteilung", "der Homepage"). */
function isStatementPhrase(phrase: readonly Token[]): boolean {
  const head = phrase.find((t) => t.capital && !DETERMINERS.has(t.lower));
  return head !== undefined && isSpeakingNoun(head) && !isRoleToken(head) && !isCollectiveToken(head);
}

/**
 * "heißt es", "wird … zitiert", "wurde verkündet", "verlautete": a cue whose grammatical subject is not who speaks.
 * "verlauten" has none but what was said ("Aus Kreisen der Partei verlautete, …"), its source stands after "aus";
 * with causative "lassen" its subject speaks ("ließ der Sprecher verlauten").
 */
export function isImpersonal(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.verb.lemma === 'heißen') return true;
  if (cue.verb.lemma === 'verlauten') {
    const clauseStart = clauseStartBefore(tokens, cue.index);
    return !tokens.slice(clauseStart, cue.index + 3).some((t) => LASSEN_FORMS.has(t.lower));
  }
  if (cue.tokens[0]?.lower !== cue.verb.participle) return false;
  const clauseStart = clauseStartBefore(tokens, cue.index);
  return (
    tokens.slice(clauseStart, cue.index).some((t) => PASSIVE_AUXILIARIES.has(t.lower)) ||
    PASSIVE_AUXILIARIES.has(tokens[cue.index + 1]?.lower ?? '')
  );
}

/**
 * Whether a cue names nobody as its speaker by its grammar: "bekannt werden", whose subject is what became known
 * ("Im Mai wurde bekannt, dass …"), and a verb whose subject is the indefinite "man" ("befürchtete man", "geht man
 * davon aus", "wie man hört"). Neither hands the statement to whoever spoke before.
 */
export function namesNoSpeaker(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.verb.lemma === 'bekanntwerden') return true;
  return (
    tokens[cue.index + 1]?.lower === INDEFINITE_PRONOUN || tokens[cue.index - 1]?.lower === INDEFINITE_PRONOUN
  );
}

/**
 * Who a sentence names as the one who reports, for continued speech after it: its subject (opening it, or after the
 * verb when a phrase opens the sentence: "Im Landtag nahm dann der Minister Stellung"), but in a passive
 * report the agent ("Das wurde vom Presseamt bekannt gegeben"), or nobody ("Die Zahl der Toten wurde mit 20
 * angegeben"), for the subject of a passive speech verb is what was said, not who said it.
 */
export function reporterOf(
  tokens: readonly Token[],
  inside: (token: Token) => boolean,
  knows: (names: readonly Token[]) => boolean,
): Token[] | undefined {
  const cues = findCues(tokens, inside);
  if (cues.length === 0 || !cues.every((cue) => isImpersonal(tokens, cue)))
    return frameSubject(tokens, knows);
  for (const cue of cues) {
    const source = impersonalSource(tokens, cue);
    if (source && canSpeak(source)) return source;
  }
  return undefined;
}

/** "hieß es", "wird kritisiert", "wurde berichtet", "wurde bekannt", "meint man": a cue that names no speaker. */
export function isImpersonalCue(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.verb.lemma === 'heißen' || namesNoSpeaker(tokens, cue)) return true;
  const verb = cue.tokens[0];
  return !!verb && verb.lower === cue.verb.participle && passiveAround(tokens, cue.index, 11);
}

/** "In der Erklärung hieß es", "Bei der Agentur hieß es": the source named before an impersonal cue. */
export function sourceBeforeImpersonal(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  if (cue.verb.lemma !== 'heißen') return undefined;
  let k = cue.index - 1;
  while (k > 0 && cue.index - k < 12 && !endsClause(tokens[k - 1] as Token)) k--;
  const first = tokens[k];
  if (!first || !SOURCE_PLACE_PREPOSITIONS.has(first.lower)) return undefined;
  const phrase = tokens.slice(k + 1, cue.index);
  return phrase.length > 0 ? phrase : undefined;
}
