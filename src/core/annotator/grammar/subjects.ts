/**
 * Who a speech cue belongs to: its subject, looked for after the verb ("sagte Berger", "so die Leiterin des
 * Bauamts, Anna Berger"), before it when the clause opens with a noun phrase ("Die Polizei warnte"), in an
 * apposition ("Der Leiter, Paul Weber, sagte") or after the word that opens a subordinate clause. Every search
 * is bounded to a few dozen tokens, so the cost per cue is constant.
 */
import { canSpeak, isSpeakingNoun } from '../speakers/animacy';
import { isAdjective, isPreposition, nounPhrase } from './noun-phrases';
import { subjectAfter } from './inverted-subjects';
import { type Cue } from './cues';
import { DETERMINERS, NAME_PARTICLES, PRONOUNS, STOP_WORDS } from '../lexicon/nouns';
import { isNameToken, isRoleToken } from '../speakers/naming-words';
import type { Token } from '../text/tokens';
import { FOCUS_PARTICLES } from '../lexicon/adverbs';
import { ATTITUDES } from '../lexicon/adjectives';
import { DEMONSTRATIVE_PRONOUNS, NOT_NOMINATIVE, RELATIVE_PRONOUNS } from '../lexicon/articles';
import {
  CLAUSE_OPENING_CONJUNCTIONS,
  COORDINATING,
  COORDINATORS,
  SUBORDINATING,
} from '../lexicon/conjunctions';
import { GENITIVE_OPENERS } from '../lexicon/prepositions';
import {
  FINITE_AUXILIARIES,
  LASSEN_FORMS,
  MODAL_VERBS,
  PERFECT_AND_MODAL_AUXILIARIES,
} from '../lexicon/verb-forms';
import {
  appositiveSubject,
  clauseStartBefore,
  opensRelativeClause,
  subjectAfterAuxiliary,
  subjectBeforeRelative,
  subordinateSubject,
} from './clause-subjects';
import { oblique, opensNounPhrase, speakerLike, trimPhrase } from './subject-phrases';
import { impersonalSource, isImpersonal } from './impersonal-sources';
import { frameSubject } from './opening-subjects';
import { relativeSubject } from './relative-subjects';
import { withoutVerbComplement } from './verb-complements';
import { agreesAsSubject, pluralBeforeSingular } from './agreement';

/** Endings of adverbs and adjectives that open a sentence without being its subject ("Offiziell", "Sinngemäß"). */
const ADVERB_ENDING =
  /(?:ell|lich|gemäß|weise|isch|bar|sam|haft|los|voll|falls|dings|halb|wärts|mals|end|zeit|fristig|[^l]en?lang)$/;

/**
 * The tokens naming the speaker of a cue, or `undefined` when the clause has no subject of its own
 * ("sagte er und fügte hinzu, …": the second verb shares the first one's subject).
 */
export function findSubject(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  return withoutVerbComplement(tokens, cue, subjectOf(tokens, cue));
}

function subjectOf(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  if (isImpersonal(tokens, cue)) return impersonalSource(tokens, cue);
  if (cue.verb.lemma === 'zitieren' && !cue.participle && !cue.verbFinal) {
    const quoted = quotedObject(tokens, cue);
    if (quoted) return quoted;
  }
  let clauseStart = clauseStartBefore(tokens, cue.index);
  // "Die Ministerin versuchte, die Lage zu erklären": an infinitive with "zu" has the subject of its clause's head
  if (tokens[cue.index - 1]?.lower === 'zu' && !cue.participle && tokens[clauseStart - 1]?.text === ',') {
    const governing = sharedSubject(tokens, clauseStart - 1);
    if (governing) return governing;
  }
  // "Ägypten, das vorschlug, …": a relative pronoun that is the subject stands for the phrase before it
  const relative = relativeSubject(tokens, clauseStart, cue);
  if (relative) return relative;
  // "…, von dem die Polizei glaubt, …": a relative clause, whatever the verb's place
  if (cue.verbFinal || opensRelativeClause(tokens, clauseStart)) {
    const subject = subordinateSubject(tokens, cue.index);
    if (subject) return subject;
  }
  while (clauseStart < cue.index && COORDINATING.has((tokens[clauseStart] as Token).lower)) clauseStart++;
  // "…, zumal X betont hatte", "wie die Zeitung schreibt" ("als" more often opens "Als Grund nannte X …")
  const conjunction = (tokens[clauseStart] as Token).lower;
  const subordinate =
    clauseStart + 1 < cue.index &&
    (SUBORDINATING.has(conjunction) ||
      (CLAUSE_OPENING_CONJUNCTIONS.has(conjunction) && conjunction !== 'als'));
  if (subordinate) clauseStart++;
  const focus = tokens[clauseStart];
  const afterFocus = tokens[clauseStart + 1];
  if (
    focus &&
    afterFocus &&
    FOCUS_PARTICLES.has(focus.lower) &&
    clauseStart + 1 < cue.index &&
    (DETERMINERS.has(afterFocus.lower) ||
      PRONOUNS.has(afterFocus.lower) ||
      isNameToken(afterFocus) ||
      isRoleToken(afterFocus))
  )
    clauseStart++;
  let before = tokens.slice(clauseStart, cue.index);
  if (before.length === 0 || PERFECT_AND_MODAL_AUXILIARIES.has(before[0]?.lower ?? '')) {
    before = appositiveSubject(tokens, clauseStart) ?? subjectBeforeRelative(tokens, clauseStart) ?? before;
  }
  // "Das war nicht der erste Streit und die Anwohner befürchten, …": a coordinated main clause has its own subject
  const conjunct =
    cue.participle || cue.verbFinal ? undefined : conjunctSubject(tokens, clauseStart, cue.index);
  if (conjunct) return conjunct;
  const after = subjectAfter(tokens, cue);
  if (COORDINATORS.has(tokens[cue.index - 1]?.lower ?? '') && !cue.participle && !cue.verbFinal) {
    // "… und nannte sie „…“": a pronoun right after the verb is its object, the subject is shared
    return sharedSubject(tokens, cue.index - 1);
  }
  const opener = before[0];
  // "Besorgt äußerte sich X": an adjective of attitude in the first position describes the subject after the verb
  const adverbial =
    opener !== undefined &&
    after !== undefined &&
    (ADVERB_ENDING.test(opener.lower) || ATTITUDES.has(opener.lower)) &&
    (before.length === 1 || (isPreposition(before[1]?.lower ?? '') && speakerLike(after)));
  // "Monatelang haben die Betriebe bestritten, …": an adverb, then the auxiliary, then the subject
  const adverbFirst =
    opener !== undefined &&
    ADVERB_ENDING.test(opener.lower) &&
    FINITE_AUXILIARIES.has(before[1]?.lower ?? '') &&
    !isNameToken(opener);
  // "Den Flüchtlingen sicherte der Präsident zu": a dative or accusative first is never the subject
  const preIsSubject =
    (opensNounPhrase(before) && !adverbial && !adverbFirst && !oblique(before)) || particleName(before);
  // in a subordinate clause the subject follows the conjunction: "wie der Landrat X am Montag in Y erklärte"
  const afterConjunction =
    subordinate && preIsSubject ? nounPhrase(tokens, clauseStart, tokens[cue.index]) : undefined;
  if (afterConjunction && afterConjunction.length < before.length && canSpeak(afterConjunction))
    return afterConjunction;
  // "Am Montag will der Minister bekannt geben, …": an infinitive after a modal is placed like a participle
  const infinitive =
    !cue.participle &&
    before.some((t) => MODAL_VERBS.has(t.lower) || LASSEN_FORMS.has(t.lower)) &&
    /en$/.test(tokens[cue.index]?.lower ?? '');
  if (cue.participle || infinitive) {
    if (preIsSubject) return trimPhrase(before);
    // "Einige der … Moslems im Königreich haben dem Premier … geschrieben": a long subject before the auxiliary
    const auxiliary = before.findIndex((t, i) => i > 0 && FINITE_AUXILIARIES.has(t.lower));
    const head = auxiliary > 0 ? before.slice(0, auxiliary) : [];
    if (!adverbial && opensNounPhrase(head) && !oblique(head) && canSpeak(head)) return head;
    // "Zu Guttenberg hatte Fehler eingeräumt": a surname with a particle before the auxiliary
    if (particleName(head)) return head;
    return after ?? subjectAfterAuxiliary(tokens, clauseStart, cue.index);
  }
  if (after?.length === 1 && after[0]?.lower === 'er') return after;
  if (
    preIsSubject &&
    after &&
    !(speakerLike(before) && canSpeak(before)) &&
    speakerLike(after) &&
    !oblique(after) &&
    agreesAsSubject(after, tokens[cue.index] as Token)
  )
    return after;
  // "Betriebsbedingte Kündigungen schloss sie nicht aus": a plural before a singular verb is its object
  if (preIsSubject && after && pluralBeforeSingular(before, tokens[cue.index] as Token)) return after;
  if (preIsSubject) return trimPhrase(before);
  // "Der Senator wollte sich nicht festlegen, sagte aber, …": a finite verb right after a comma with no subject
  // of its own goes on with the subject of the clause before, as after "und"
  if (!after && before.length === 0 && !cue.verbFinal && tokens[clauseStart - 1]?.text === ',') {
    // not after a relative clause ("X, der dort war, sagte …"), whose pronoun stands for a subject further back
    const previous = clauseStartBefore(tokens, clauseStart - 1);
    const relative =
      tokens[previous - 1]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[previous]?.lower ?? '');
    if (!relative) return sharedSubject(tokens, clauseStart - 1);
  }
  return after;
}

/**
 * Whether the words from `start` to the conjunction at `end` are a main clause: after its first phrase (an
 * article, adjectives, capitalised words) comes a lower-case word, its finite verb ("Der Umbau dauerte …", "Das
 * war …"), not the conjunction ("Die Ärzte und Pfleger forderte er auf").
 */
function opensMainClauseBefore(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start;
  if (DETERMINERS.has((tokens[k] as Token).lower)) k++;
  while (k < end && !(tokens[k] as Token).capital && isAdjective((tokens[k] as Token).lower)) k++;
  while (k < end && (tokens[k] as Token).capital) k++;
  const verb = tokens[k] as Token;
  return k > start && k < end && verb.word && !DETERMINERS.has(verb.lower) && !isPreposition(verb.lower);
}

/**
 * The subject of the second of two coordinated main clauses, between its conjunction and the finite verb at
 * `verb`: "…, und die Anwohner befürchten", "…, aber der Verband fordert". A whole noun phrase must fill the gap,
 * so that "und nannte" (a shared subject) and "und damit sagte" (an adverb first) give none.
 */
function conjunctSubject(tokens: readonly Token[], clauseStart: number, verb: number): Token[] | undefined {
  for (let k = verb - 2; k > clauseStart; k--) {
    if (!COORDINATING.has((tokens[k] as Token).lower)) continue;
    const first = tokens[k + 1] as Token;
    if (!DETERMINERS.has(first.lower) && !first.capital) return undefined;
    // the first conjunct is a clause, with a verb of its own ("Das war …"), not a phrase ("Die Ärzte und Pfleger")
    if (!opensMainClauseBefore(tokens, clauseStart, k)) return undefined;
    const phrase = nounPhrase(tokens, k + 1, tokens[verb]);
    return phrase && phrase.length === verb - k - 1 && !oblique(phrase) && canSpeak(phrase)
      ? phrase
      : undefined;
  }
  return undefined;
}

/**
 * "Die Zeitung zitierte den Minister mit den Worten …", "Dann zitierte die Zeitung den Minister …": the one quoted
 * is the object of active "zitieren", not its subject. The noun phrase right after the verb, or the second one when
 * the subject follows the verb; `undefined` when no noun phrase follows the verb ("zitiert aus dem Bericht").
 */
function quotedObject(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  const opensPhrase = (token: Token | undefined): boolean =>
    token !== undefined &&
    token.word &&
    (DETERMINERS.has(token.lower) || (token.capital && !STOP_WORDS.has(token.lower)));
  // "die Zeitung einen Augenzeugen": a second article after the head starts the next phrase
  const phraseAt = (at: number): Token[] | undefined => {
    const phrase = nounPhrase(tokens, at);
    const next = phrase?.findIndex(
      (t, i) => i > 0 && DETERMINERS.has(t.lower) && !GENITIVE_OPENERS.has(t.lower),
    );
    return phrase && next !== undefined && next > 0 ? phrase.slice(0, next) : phrase;
  };
  const start = clauseStartBefore(tokens, cue.index);
  const first = cue.index + 1;
  if (!opensPhrase(tokens[first])) return undefined;
  const phrase = phraseAt(first);
  if (!phrase) return undefined;
  if (opensNounPhrase(tokens.slice(start, cue.index))) return phrase;
  const second = first + phrase.length;
  return opensPhrase(tokens[second]) ? phraseAt(second) : undefined;
}

/**
 * "Der Vertreter nannte die Sanktionen richtig und rief die Armee auf, …": a verb after "und" shares the subject
 * of the clause before it, whatever follows the verb; `undefined` when that clause opens with no such subject.
 */
function sharedSubject(tokens: readonly Token[], conjunction: number): Token[] | undefined {
  let start = clauseStartBefore(tokens, conjunction);
  if (start === conjunction && tokens[conjunction - 1]?.text === ',')
    start = clauseStartBefore(tokens, conjunction - 1);
  while (start < conjunction && COORDINATING.has((tokens[start] as Token).lower)) start++;
  const first = tokens[start];
  if (first && start < conjunction - 1 && !first.capital && first.word && !DETERMINERS.has(first.lower)) {
    // "…, biss der Mann den Gast und rief": the verb opens the clause and its subject follows it
    const next = tokens[start + 1] as Token;
    if (PRONOUNS.has(next.lower)) return [next];
    // "Einer der Putschisten, Paul Abel, dankte den Menschen und ergänzte": the subject is the apposition's
    if (NOT_NOMINATIVE.has(next.lower)) return appositiveSubject(tokens, start);
    return DETERMINERS.has(next.lower) || next.capital ? nounPhrase(tokens, start + 1) : undefined;
  }
  // "Diese baten ihn um Geld und drohten …": a demonstrative standing alone before the verb is the subject
  const verb = tokens[start + 1];
  if (
    first &&
    DEMONSTRATIVE_PRONOUNS.has(first.lower) &&
    verb?.word &&
    !verb.capital &&
    start + 1 < conjunction
  )
    return [first];
  const phrase = opensNounPhrase(tokens.slice(start, conjunction)) ? nounPhrase(tokens, start) : undefined;
  if (phrase) return speakerLike(phrase) ? phrase : undefined;
  const framed = frameSubject(tokens.slice(start, conjunction), () => false);
  return framed && PRONOUNS.has(framed[0]?.lower ?? '') ? framed : undefined;
}

/**
 * Whether the words before the verb are a surname with a particle ("Von der Leyen betonte", "De Vries sagte"),
 * which opens like a prepositional phrase ("von der Regierung") but names a person: a particle, perhaps "der",
 * then name tokens only, none of them a role or an organisation.
 */
function particleName(before: readonly Token[]): boolean {
  const first = before[0];
  if (!first || !NAME_PARTICLES.has(first.lower) || before.length > 4) return false;
  const rest = before.slice(first.lower === 'von' && before[1]?.lower === 'der' ? 2 : 1);
  return rest.length > 0 && rest.every((t) => isNameToken(t) && !isSpeakingNoun(t));
}
