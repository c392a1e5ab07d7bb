/**
 * Who a speech cue belongs to: its subject, looked for after the verb ("sagte Berger", "so die Leiterin des
 * Bauamts, Anna Berger"), before it when the clause opens with a noun phrase ("Die Polizei warnte"), in an
 * apposition ("Der Leiter, Paul Weber, sagte") or after the word that opens a subordinate clause. Every search
 * is bounded to a few dozen tokens, so the cost per cue is constant.
 */
import { canSpeak, isSpeakingNoun } from '../speakers/animacy';
import { isAdjective, isPreposition, nounPhrase, subjectAfter } from './noun-phrases';
import { endsClause, type Cue } from './cues';
import { PASSIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { DETERMINERS, NAME_PARTICLES, PRONOUNS, STOP_WORDS } from '../lexicon/nouns';
import { isCollectiveToken, isNameToken, isRoleToken } from '../speakers/naming-words';
import type { Token } from '../text/tokens';
import { FOCUS_PARTICLES, NOT_SUBJECT_START } from '../lexicon/adverbs';
import { NOT_NOMINATIVE, RELATIVE_PRONOUNS, SINGULAR_ARTICLES } from '../lexicon/articles';
import {
  CLAUSE_OPENING_CONJUNCTIONS,
  COORDINATING,
  COORDINATORS,
  SUBORDINATING,
  SUBORDINATORS_AND_RELATIVES,
} from '../lexicon/conjunctions';
import { GENITIVE_OPENERS, PHRASE_PREPOSITIONS, SOURCE_PREPOSITIONS } from '../lexicon/prepositions';
import { QUOTE_MARKS } from '../lexicon/punctuation';
import { FINITE_AUXILIARIES, MODAL_VERBS, PERFECT_AND_MODAL_AUXILIARIES } from '../lexicon/verb-forms';

/** Endings of adverbs and adjectives that open a sentence without being its subject ("Offiziell", "Sinngemäß"). */
const ADVERB_ENDING =
  /(?:ell|lich|gemäß|weise|isch|bar|sam|haft|los|voll|falls|dings|halb|wärts|mals|end|zeit)$/;

/**
 * The tokens naming the speaker of a cue, or `undefined` when the clause has no subject of its own
 * ("sagte er und fügte hinzu, …": the second verb shares the first one's subject).
 */
export function findSubject(tokens: readonly Token[], cue: Cue): Token[] | undefined {
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
  const after = subjectAfter(tokens, cue);
  if (COORDINATORS.has(tokens[cue.index - 1]?.lower ?? '') && !cue.participle && !cue.verbFinal) {
    // "… und nannte sie „…“": a pronoun right after the verb is its object, the subject is shared
    return sharedSubject(tokens, cue.index - 1);
  }
  const opener = before[0];
  const adverbial =
    opener !== undefined &&
    after !== undefined &&
    ADVERB_ENDING.test(opener.lower) &&
    (before.length === 1 || (isPreposition(before[1]?.lower ?? '') && speakerLike(after)));
  // "Den Flüchtlingen sicherte der Präsident zu": a dative or accusative first is never the subject
  const preIsSubject = (opensNounPhrase(before) && !adverbial && !oblique(before)) || particleName(before);
  // in a subordinate clause the subject follows the conjunction: "wie der Landrat X am Montag in Y erklärte"
  const afterConjunction =
    subordinate && preIsSubject ? nounPhrase(tokens, clauseStart, tokens[cue.index]) : undefined;
  if (afterConjunction && afterConjunction.length < before.length && canSpeak(afterConjunction))
    return afterConjunction;
  if (cue.participle) {
    if (preIsSubject) return trimPhrase(before);
    // "Einige der … Moslems im Königreich haben dem Premier … geschrieben": a long subject before the auxiliary
    const auxiliary = before.findIndex((t, i) => i > 0 && FINITE_AUXILIARIES.has(t.lower));
    const head = auxiliary > 0 ? before.slice(0, auxiliary) : [];
    if (!adverbial && opensNounPhrase(head) && !oblique(head) && canSpeak(head)) return head;
    return after ?? subjectAfterAuxiliary(tokens, clauseStart, cue.index);
  }
  if (after?.length === 1 && after[0]?.lower === 'er') return after;
  if (
    preIsSubject &&
    after &&
    !(speakerLike(before) && canSpeak(before)) &&
    speakerLike(after) &&
    agreesAsSubject(after, tokens[cue.index] as Token)
  )
    return after;
  if (preIsSubject) return trimPhrase(before);
  return after;
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

/**
 * Whether a phrase is in the dative or accusative by its article: "dem", "den", "einem" … ("Den Familien sicherte
 * sie zu"), or "der" before an adjective in "-en" ("Der englischen Zeitung sagte er": the nominative would be "der
 * englische Verleger").
 */
function oblique(phrase: readonly Token[]): boolean {
  const first = phrase[0]?.lower ?? '';
  if (NOT_NOMINATIVE.has(first)) return true;
  const next = phrase[1];
  return (
    first === 'der' &&
    next !== undefined &&
    !next.capital &&
    next.lower.endsWith('en') &&
    isAdjective(next.lower)
  );
}

/**
 * Whether `phrase` after the verb can be the verb's subject by case and number: "Die Prüfer kritisierten das Amt"
 * has a plural verb, so "das Amt" is its object, not a subject that the word order put after the verb.
 */
function agreesAsSubject(phrase: readonly Token[], verb: Token): boolean {
  const first = phrase[0]?.lower ?? '';
  if (NOT_NOMINATIVE.has(first)) return false;
  return !(verb.lower.endsWith('en') && SINGULAR_ARTICLES.has(first));
}

/**
 * Whether a phrase can name someone who speaks: a pronoun, a role, an organisation or place, or a name that does
 * not stand after an article or adjective. In "Eine Verschiebung der Wahl bezeichnete Berger als fatal" the phrase
 * before the verb names nothing that speaks and "Berger" after it does, so German's free word order puts the
 * object first and the subject after the verb.
 */
function speakerLike(phrase: readonly Token[]): boolean {
  return phrase.some((token, i) => {
    if (PRONOUNS.has(token.lower)) return true;
    if (!token.capital) return false;
    if (isRoleToken(token) || isCollectiveToken(token) || isSpeakingNoun(token)) return true;
    const previous = phrase[i - 1];
    const acronym = token.text.length > 1 && token.text === token.text.toUpperCase();
    const lead = previous === undefined || acronym || (previous.capital && !DETERMINERS.has(previous.lower));
    const next = phrase[i + 1];
    return isNameToken(token) && (lead || (next !== undefined && isNameToken(next)));
  });
}

/**
 * "Im Rahmen des Abkommens hat die EU zugesagt, …": when a participle's clause opens with something other than
 * its subject, the subject follows the finite auxiliary.
 */
function subjectAfterAuxiliary(
  tokens: readonly Token[],
  clauseStart: number,
  index: number,
): Token[] | undefined {
  for (let k = clauseStart; k < index - 1; k++) {
    if (!FINITE_AUXILIARIES.has((tokens[k] as Token).lower)) continue;
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
function subjectBeforeRelative(tokens: readonly Token[], clauseStart: number): Token[] | undefined {
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
  return phrase && phrase.length === head.length && phrase.some(names) ? phrase : undefined;
}

/** Whether the clause at `start` opens with a relative pronoun, perhaps behind a preposition: "…, von dem". */
function opensRelativeClause(tokens: readonly Token[], start: number): boolean {
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
function subordinateSubject(tokens: readonly Token[], index: number): Token[] | undefined {
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
function clauseStartBefore(tokens: readonly Token[], index: number): number {
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
function appositiveSubject(tokens: readonly Token[], clauseStart: number): Token[] | undefined {
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
  return isName || headOnly.some(isNameToken) ? head : undefined;
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

/** "Sprecher des Zentrums", "ein Sprecher des Zentrums in Bonn": an apposition that opens with a role noun. */
function opensWithRole(phrase: readonly Token[]): boolean {
  if (phrase.length > 16) return false;
  const first = phrase[0];
  const head = first && DETERMINERS.has(first.lower) ? phrase.slice(1, 4).find((t) => t.capital) : first;
  return head !== undefined && isRoleToken(head);
}

/** A phrase without a trailing parenthesis: "Henning Scherf" of "Henning Scherf (SPD)". */
function withoutParenthesis(phrase: readonly Token[]): readonly Token[] {
  const open = phrase.findIndex((t) => t.text === '(');
  return open > 0 && phrase[phrase.length - 1]?.text === ')' && phrase.length - open <= 6
    ? phrase.slice(0, open)
    : phrase;
}

/** Whether tokens before a verb are its subject: a determiner, pronoun or noun first, no adverb or preposition. */
function opensNounPhrase(phrase: readonly Token[]): boolean {
  const first = phrase[0];
  return (
    first !== undefined &&
    phrase.length <= 16 &&
    !(NOT_SUBJECT_START.has(first.lower) && !(DETERMINERS.has(first.lower) && phrase.length > 1)) &&
    !PHRASE_PREPOSITIONS.has(first.lower) &&
    !CLAUSE_OPENING_CONJUNCTIONS.has(first.lower) &&
    (DETERMINERS.has(first.lower) ||
      PRONOUNS.has(first.lower) ||
      (first.capital && !STOP_WORDS.has(first.lower)) ||
      (isAdjective(first.lower) && (phrase[1]?.capital ?? false)) ||
      QUOTE_MARKS.has(first.text))
  );
}

function trimPhrase(phrase: readonly Token[]): Token[] | undefined {
  const auxiliary = phrase.findIndex((t, i) => i > 0 && FINITE_AUXILIARIES.has(t.lower));
  let end = auxiliary > 0 ? auxiliary : phrase.length;
  while (end > 0 && STOP_WORDS.has((phrase[end - 1] as Token).lower)) end--;
  return end > 0 ? phrase.slice(0, end) : undefined;
}

/**
 * The noun phrase that opens a sentence as its subject, when a verb follows it and it names someone who can speak:
 * a role, an organisation, a name of two words or one that `knows` ("Die Umweltschutzorganisation fordert …",
 * "Auch der Verband hält dagegen …"). A lone capitalised word is as likely a plural noun ("Sirenen heulten").
 */
export function openingSubject(
  tokens: readonly Token[],
  knows: (phrase: readonly Token[]) => boolean,
): Token[] | undefined {
  let start = 0;
  while (
    start < 2 &&
    (COORDINATING.has(tokens[start]?.lower ?? '') || FOCUS_PARTICLES.has(tokens[start]?.lower ?? ''))
  )
    start++;
  const first = tokens[start];
  if (!first || !(first.capital || DETERMINERS.has(first.lower))) return undefined;
  if (PRONOUNS.has(first.lower)) return tokens[start + 1]?.word ? [first] : undefined;
  const phrase = nounPhrase(tokens, start);
  if (!phrase || !opensNounPhrase(phrase) || oblique(phrase) || !canSpeak(phrase)) return undefined;
  const names = phrase.filter(isNameToken);
  const named = names.length > 1 || (names.length === 1 && knows(names));
  if (!named && !phrase.some((t) => isRoleToken(t) || isCollectiveToken(t))) return undefined;
  // "Der Leiter, Paul Weber, spekulierte …": the apposition closes with a comma before the verb
  const closed = tokens[start + phrase.length]?.text === ',' && phrase.some((t) => t.text === ',');
  const next = tokens[start + phrase.length + (closed ? 1 : 0)];
  return next?.word && !next.capital && !GENITIVE_OPENERS.has(next.lower) ? phrase : undefined;
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
  const next = tokens[verb + 1];
  if (verb >= tokens.length || (comma < 0 && verb >= 12) || !next) return undefined;
  if (PRONOUNS.has(next.lower)) return [next];
  if (!DETERMINERS.has(next.lower) && !next.capital) return undefined;
  const phrase = nounPhrase(tokens, verb + 1);
  if (!phrase) return undefined;
  const names = phrase.filter(isNameToken);
  const named = names.length > 1 || (names.length === 1 && knows(names));
  return named || phrase.some((t) => isRoleToken(t) || isCollectiveToken(t)) ? phrase : undefined;
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

/**
 * Who a cue without a speaking subject quotes: "X wird … zitiert" (the person quoted), "In dem Bericht heißt es",
 * "Es heißt in dem Bericht", "Aus Paris hieß es", "In der Erklärung wurde verkündet" (the source), "Seine Werke
 * werden von Kritikern als … bezeichnet" (the agent after "von"); `undefined` when the clause names nobody.
 */
export function impersonalSource(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  const clauseStart = clauseStartBefore(tokens, cue.index);
  const auxiliary = tokens.slice(clauseStart, cue.index).findIndex((t) => PASSIVE_AUXILIARIES.has(t.lower));
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
    const agent = (token.lower === 'von' || token.lower === 'vom') && auxiliary >= 0 && k < cue.index;
    if (source || agent) return nounPhrase(tokens, k + 1);
    // "So wird in einer Pressemitteilung der Organisation gefordert": a statement or document inside the clause
    if (SOURCE_PREPOSITIONS.has(token.lower) && k < cue.index) {
      const phrase = nounPhrase(tokens, k + 1);
      if (phrase && isStatementPhrase(phrase)) return phrase;
    }
  }
  return undefined;
}

/** Whether a phrase's head is a statement, document or medium ("einer Pressemitteilung", "der Homepage"). */
function isStatementPhrase(phrase: readonly Token[]): boolean {
  const head = phrase.find((t) => t.capital && !DETERMINERS.has(t.lower));
  return head !== undefined && isSpeakingNoun(head) && !isRoleToken(head) && !isCollectiveToken(head);
}

/** "heißt es", "wird … zitiert", "wurde verkündet": a cue whose grammatical subject is not who speaks. */
function isImpersonal(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.verb.lemma === 'heißen') return true;
  if (cue.tokens[0]?.lower !== cue.verb.participle) return false;
  const clauseStart = clauseStartBefore(tokens, cue.index);
  return (
    tokens.slice(clauseStart, cue.index).some((t) => PASSIVE_AUXILIARIES.has(t.lower)) ||
    PASSIVE_AUXILIARIES.has(tokens[cue.index + 1]?.lower ?? '')
  );
}
