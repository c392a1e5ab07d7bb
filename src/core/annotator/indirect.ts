/**
 * Indirect and reported speech in one sentence, outside quotation marks: a speech verb with a `dass`/`ob` clause
 * or a Konjunktiv clause ("sagte Berger, der Plan sei nie … beschlossen worden"), a preposed statement ("…, sagte der
 * Minister"), and a reporting verb on its own ("Die Opposition kritisierte den Plan"). Frames such as "laut X" and
 * "X zufolge" are in `frames.ts`.
 */
import { endsClause, endsClauseAt, findCues, passiveAround, type Cue } from './cues';
import { FINITE_PASSIVE_AUXILIARIES } from './lexicon/auxiliaries';
import { findSubject, impersonalSource, isAdjective, nounPhrase } from './subjects';
import { isReportedVerb, isReportedVerbAt } from './reported-verbs';
import { DETERMINERS, PRONOUNS } from './lexicon/nouns';
import {
  contentEnd,
  insideQuotes,
  partOf,
  sentenceAt,
  type FoundQuote,
  type Sentence,
  type TextModel,
} from './model';
import type { QuotedPart } from './text/quotation-marks';
import { isNameToken, type SpeakerBook, type SpeakerEntity } from './speakers';
import { tokenIndexAt, type Token } from './text/tokens';
import type { SpeechContext } from './direct';

const COMPLEMENTIZERS = new Set(['dass', 'ob', 'daß']);

/** Finds indirect and reported statements introduced by speech verbs in `sentence`. */
export function cueStatementsIn(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  context: SpeechContext,
): FoundQuote[] {
  const inside = insideQuotes(model, sentence.paragraph);
  const tokens = sentence.tokens;
  const cues = findCues(tokens, inside);
  const found: FoundQuote[] = [];
  let previousSpeaker: SpeakerEntity | undefined;
  const end = contentEnd(model, sentence);
  const firstComma = tokens.findIndex((t) => t.text === ',');
  // Where the last statement found ends: a cue before it is part of what was said ("Er sagte, man könne nicht
  // sagen, was geschehe"), not a statement of its own.
  let statedUntil = Number.NEGATIVE_INFINITY;
  cues.forEach((cue, n) => {
    if ((cue.tokens[0] as Token).start < statedUntil || unsaid(tokens, cue)) return;
    // "erklärte, nichts davon zu wissen": a zu-infinitive does not end the statement of the cue before it.
    const nextCue = cues.slice(n + 1, n + 4).find((c) => tokens[c.index - 1]?.lower !== 'zu');
    const limit = nextCue ? nextCue.index : tokens.length;
    const none = impersonal(tokens, cue);
    const phrase = none
      ? (sourceOfImpersonal(tokens, cue) ?? impersonalSource(tokens, cue))
      : (wieSubject(tokens, cue) ?? findSubject(tokens, cue));
    const resolved = phrase ? book.resolve(phrase) : undefined;
    const speaker = none
      ? resolved?.speaker
      : (resolved?.speaker ?? previousSpeaker ?? (phrase ? undefined : context.speaker));
    previousSpeaker = speaker ?? previousSpeaker;
    const mention = phrase ? partOf(sentence.paragraph, phrase) : undefined;
    const base = resolved?.how === 'name' ? 0.8 : resolved ? 0.7 : 0.5;
    const statement = (spans: FoundQuote['spans'], kind: FoundQuote['kind'], confidence: number): void => {
      found.push({
        kind,
        spans,
        cue: cue.tokens.map((t) => ({ paragraph: sentence.paragraph, start: t.start, end: t.end })),
        ...(mention ? { mention } : {}),
        ...(speaker ? { speaker } : {}),
        confidence,
        needsReview: true,
      });
      context.speaker = speaker ?? context.speaker;
    };
    const phraseEnd = phrase?.[phrase.length - 1];
    const skipTo =
      phraseEnd && phraseEnd.start > (cue.tokens[0]?.start ?? 0) ? tokenIndexAt(tokens, phraseEnd.end) : 0;
    const complement = complementAfter(tokens, cue, limit, inside, skipTo);
    if (complement !== undefined) {
      const from = (tokens[complement] as Token).start;
      const to = Math.min(
        end,
        complementEnd(tokens, complement, inside),
        beforeNextCue(tokens, complement, cues.slice(n + 1, n + 6), inside),
        infinitiveEnd(tokens, complement),
        beforeMainClause(tokens, cue, complement, inside),
      );
      if (from < to && !inside(tokens[complement] as Token)) {
        statement([{ paragraph: sentence.paragraph, start: from, end: to }], 'indirect', base);
        statedUntil = to;
      }
      return;
    }
    const wie = wieClause(tokens, cue);
    if (wie !== undefined) {
      const comma = tokens[wie.commaAfter];
      const spans =
        wie.start === 0 && comma && tokens[wie.commaAfter + 1]
          ? [{ paragraph: sentence.paragraph, start: (tokens[wie.commaAfter + 1] as Token).start, end }]
          : wie.start > 1
            ? [
                {
                  paragraph: sentence.paragraph,
                  start: sentence.start,
                  end: (tokens[wie.start - 1] as Token).start,
                },
                // "Die Kürzung verstoße, wie das Gericht entschied, gegen das Gesetz": it goes on after the clause.
                ...(comma?.text === ',' &&
                tokens[wie.commaAfter + 1] &&
                (tokens[wie.commaAfter + 1] as Token).start < end
                  ? [
                      {
                        paragraph: sentence.paragraph,
                        start: (tokens[wie.commaAfter + 1] as Token).start,
                        end,
                      },
                    ]
                  : []),
              ]
            : [];
      if (spans.length > 0 && (spans[0]?.end ?? 0) > (spans[0]?.start ?? 0))
        statement(spans, 'indirect', base);
      return;
    }
    const previous = demonstrativeBack(model, sentence, cue);
    if (previous) {
      statement([previous], 'indirect', base);
      return;
    }
    const apposition =
      appositionBefore(tokens, cue.index) || subjectWithInsertion(tokens, cue.index - 1, inside);
    const preposed = apposition ? undefined : preposedBefore(tokens, cue, inside);
    if (preposed !== undefined) {
      const start = sentence.start;
      statement([{ paragraph: sentence.paragraph, start, end: preposed }], 'indirect', base);
      return;
    }
    const mainClause = cue.verbFinal === true || apposition || firstComma < 0 || firstComma > cue.index;
    // "konnte den Bericht nicht bestätigen": a lone verb that closes its main clause is an infinitive.
    const infinitive =
      (cue.verbFinal !== true || cue.tokens[0]?.lower === cue.verb.lemma) &&
      cue.tokens.length === 1 &&
      (tokens[cue.index + 1] === undefined || endsClauseAt(tokens, cue.index + 1));
    // "bezeichnet", "erwartet": a present tense spelled like the participle is too often a passive or a
    // definition ("Als Lichtjahr bezeichnet man …") to count as reported speech on its own.
    const likeParticiple =
      cue.tokens[0]?.lower === cue.verb.participle && !(resolved && presentTense(tokens, cue, phrase));
    if (
      cue.verb.reports &&
      cue.verb.reportsInPassive !== false &&
      cue.participle &&
      n === 0 &&
      passiveBefore(tokens, cue.index) &&
      agentOrPredicate(tokens, cue.index)
    ) {
      statement(
        [{ paragraph: sentence.paragraph, start: sentence.start, end: sentence.end }],
        'reported',
        base - 0.2,
      );
      return;
    }
    if (
      cue.verb.reports &&
      // A subject of its own, even one no speaker resolves ("Sie forderte den Rücktritt …").
      (speaker || phrase) &&
      !FIRST_PERSON.has(tokens[cue.index - 1]?.lower ?? '') &&
      !FIRST_PERSON.has(tokens[cue.index + 1]?.lower ?? '') &&
      !cue.participle &&
      !likeParticiple &&
      !infinitive &&
      n === 0 &&
      mainClause &&
      reportsSomething(tokens, cue, phrase)
    ) {
      const paragraphText = model.paragraphs[sentence.paragraph]?.text ?? '';
      const alreadyQuoted = tokens.some((t) => inside(t) && t.start > (cue.tokens[0]?.start ?? 0));
      // "Er lobte den Plan und forderte …": the report ends before a second cue with its own object.
      const until = beforeNextCue(tokens, cue.index, cues.slice(n + 1, n + 6), inside);
      const to = Number.isFinite(until) ? until : sentence.end;
      if (!alreadyQuoted && paragraphText.length > 0) {
        statement(
          [{ paragraph: sentence.paragraph, start: sentence.start, end: to }],
          'reported',
          base - 0.2,
        );
      }
    }
  });
  return found;
}

/**
 * Whether a reporting verb has something to report in its clause besides its subject: not "(Die Zeitung
 * berichtete.)", and for "sprechen" a topic ("sprach von einem Erfolg", "sprach über …"), not a partner or a prayer
 * ("sprach mit seiner Frau", "sprach ein Gebet").
 */
function reportsSomething(tokens: readonly Token[], cue: Cue, phrase: readonly Token[] | undefined): boolean {
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
  return cue.verb.lemma !== 'sprechen' || words.some((t) => /^(von|vom|über)$/.test(t.lower));
}

const AUXILIARY_AFTER = new Set([
  'hat',
  'haben',
  'hatte',
  'hatten',
  'habe',
  'ist',
  'sind',
  'war',
  'waren',
  'sei',
]);

/**
 * "Der Sender berichtet von …", "Die Ministerin bezeichnet den Plan als …": a verb spelled like its participle is
 * a present tense when it follows its subject in a main clause and no auxiliary follows it ("berichtet hat"),
 * and the subject is not the "man" of a definition ("Als Lichtjahr bezeichnet man …").
 */
function presentTense(tokens: readonly Token[], cue: Cue, phrase: readonly Token[] | undefined): boolean {
  const subject = phrase?.[0];
  const verb = cue.tokens[0] as Token;
  if (!phrase || !subject || subject.start > verb.start || phrase.some((t) => t.lower === 'man'))
    return false;
  // "Den Piloten erwartet eine Anklage": a phrase in the dative or accusative is no subject.
  if (/^(den|dem|einem|einen)$/.test(subject.lower)) return false;
  if (AUXILIARY_AFTER.has(tokens[cue.index + 1]?.lower ?? '') || tokens[0]?.lower === 'als') return false;
  // "Das Wort bezeichnet eine Strecke" names a meaning; "Sie bezeichnet den Plan als Fehler" judges.
  if (cue.verb.lemma === 'bezeichnen' && !asLater(tokens, cue.index)) return false;
  return tokens.slice(0, cue.index).every((t) => t.text !== ',');
}

/** Whether "als" follows in the clause of `tokens[index]`. */
function asLater(tokens: readonly Token[], index: number): boolean {
  for (let k = index + 1; k < tokens.length && k - index < 25 && !endsClauseAt(tokens, k); k++)
    if ((tokens[k] as Token).lower === 'als') return true;
  return false;
}

// prettier-ignore
const MODALS = new Set([
  'kann', 'konnte', 'können', 'konnten', 'könne', 'könnte', 'könnten', 'will', 'wollte', 'wollen', 'wollten',
  'wolle', 'möchte', 'möchten', 'muss', 'musste', 'müssen', 'müsse', 'müsste', 'soll', 'sollte', 'sollen',
  'solle', 'darf', 'durfte', 'dürfen', 'würde', 'würden',
]);

/**
 * "Ein Sprecher wollte nicht bestätigen, dass …", "Man kann sagen, dass …", "Ich würde nicht sagen, …": an
 * infinitive after a negated modal, or after a modal with "man", says what was not or need not be said.
 */
function unsaid(tokens: readonly Token[], cue: Cue): boolean {
  const verb = cue.tokens[0] as Token;
  if (cue.tokens.length !== 1 || cue.participle || verb.lower !== cue.verb.lemma) return false;
  let modal = false;
  let negated = false;
  for (let k = cue.index - 1; k >= 0 && cue.index - k <= 20 && !endsClauseAt(tokens, k); k--) {
    const lower = (tokens[k] as Token).lower;
    modal ||= MODALS.has(lower);
    negated ||= lower === 'nicht' || lower === 'man' || lower === 'ich';
  }
  return modal && negated;
}

/** "Ich lehne das ab", "fordern wir": the writer or an interviewee speaking next to the verb, not a report. */
const FIRST_PERSON = new Set(['ich', 'wir']);

/** "wurde als Erfolg gewertet": a participle after a finite "werden" in its clause is a passive. */
function passiveBefore(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 20; j--) {
    if (endsClauseAt(tokens, j)) return false;
    if (FINITE_PASSIVE_AUXILIARIES.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}

const AGENT_OR_PREDICATE = new Set(['als', 'von', 'vom']);

/**
 * "wurde von der Opposition kritisiert", "wird als Erfolg gewertet", "Als Grund wurde … genannt": a passive with an
 * agent or a predicate reports what someone said; a bare one ("Außerdem wurde … gefordert") is too often a plan.
 */
function agentOrPredicate(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 30; j--) {
    if (endsClauseAt(tokens, j)) return false;
    if (AGENT_OR_PREDICATE.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}

/** The token that opens the statement after a cue: "dass"/"ob", or a clause with a Konjunktiv verb. */
function complementAfter(
  tokens: readonly Token[],
  cue: Cue,
  limit: number,
  inside: (token: Token) => boolean,
  skipTo: number,
): number | undefined {
  const last = cue.tokens[cue.tokens.length - 1] as Token;
  let j = cue.tokens.length > 1 ? tokenIndexAt(tokens, last.start) + 1 : cue.index + 1;
  j = Math.max(j, skipTo);
  while (j < limit && j < tokens.length) {
    const token = tokens[j] as Token;
    if (COMPLEMENTIZERS.has(token.lower) && j > cue.index) return j;
    if (token.text === ',' || token.text === ':') {
      const next = tokens[j + 1];
      if (!next || inside(next)) return undefined;
      if (COMPLEMENTIZERS.has(next.lower)) return j + 1;
      for (let k = j + 1; k < tokens.length && k < limit; k++) {
        const t = tokens[k] as Token;
        if (inside(t)) break;
        if (isReportedVerbAt(tokens, k)) return j + 1;
        if (t.text === ',' && k - j > 12) break;
      }
      if (appositionAfter(tokens, j + 1, limit)) return undefined;
      if (token.text === ':') return j + 1;
      if (infinitiveClause(tokens, j + 1, limit)) return j + 1;
      return cue.verb.reports || !opensMainClause(tokens, j + 1) ? undefined : j + 1;
    }
    if (endsClauseAt(tokens, j)) return undefined;
    j++;
  }
  return undefined;
}

/**
 * Where the statement that starts at `tokens[from]` ends (an offset): at a semicolon, which joins the writer's
 * next sentence; at a colon that opens a quotation ("…, die Lage sei ernst: „…“"); or before a "so X" frame
 * that names the speaker again.
 */
function complementEnd(tokens: readonly Token[], from: number, inside: (token: Token) => boolean): number {
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
  }
  return Number.POSITIVE_INFINITY;
}

// prettier-ignore
const NOT_FINITE = new Set([
  'und', 'oder', 'aber', 'doch', 'jedoch', 'sondern', 'sowie', 'zu', 'um', 'ob', 'dass', 'daß', 'wie', 'was',
  'wo', 'als', 'so', 'auch', 'nicht', 'noch', 'nur', 'schon', 'bereits', 'dann', 'dabei', 'damit', 'dafür',
  'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines',
]);

/**
 * "Nachdem die Anwältin mitgeteilt hatte, dass der Mann gesucht werde, hatte dieser versucht …": when the cue
 * stands in a subordinate clause that opens the sentence, its statement ends where the main clause begins, at a
 * comma followed by the main clause's finite verb and its subject; an offset.
 */
function beforeMainClause(
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

/** Openers of a clause after a zu-infinitive that is the writer's comment: "…, zu erhalten, was nicht bestätigt wurde". */
const COMMENT_OPENERS = new Set([
  'wobei',
  'was',
  'nachdem',
  'woraufhin',
  'wodurch',
  'womit',
  'obwohl',
  'obgleich',
]);

/**
 * "Er kündigte an, den Plan prüfen zu lassen, stellt sich aber …", "…, Gelder zu erhalten, was bisher nicht
 * bestätigt wurde": a statement that is a zu-infinitive ends with it when the clause after it is the writer's — a
 * comment ("wobei", "was", "nachdem") or the main clause, which opens with its finite verb; not when it goes on
 * with another infinitive, a relative clause, a purpose or a clause in Konjunktiv. An offset.
 */
function infinitiveEnd(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!first || COMPLEMENTIZERS.has(first.lower) || !infinitiveClause(tokens, from, tokens.length))
    return Number.POSITIVE_INFINITY;
  let k = from;
  while (k < tokens.length && !endsClause(tokens[k] as Token)) k++;
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
  for (let j = k + 1; j < tokens.length && !endsClause(tokens[j] as Token); j++)
    if (isReportedVerbAt(tokens, j)) return Number.POSITIVE_INFINITY;
  return comma.start;
}

/** Conjunctions that open a clause of the writer's after a statement: "…, doch der Minister erklärte". */
const CONTRASTING = new Set(['doch', 'aber', 'jedoch', 'sondern', 'und', 'während']);

/**
 * "Sie sagte, der Plan sei gescheitert, doch der Minister erklärte, …", "Er räumte ein, es gebe Fehler, sprach
 * aber von …", "Sie bestätigte, dass … und kündigte an, …": a statement ends where the main clause of a later cue
 * in its sentence begins — at a comma followed by a contrasting conjunction or by the cue's finite verb, or at an
 * "und" right before it; an offset. A cue in Konjunktiv ("…, er fordere …") or not finite is part of the statement.
 */
function beforeNextCue(
  tokens: readonly Token[],
  from: number,
  later: readonly Cue[],
  inside: (token: Token) => boolean,
): number {
  for (const next of later) {
    const verb = next.tokens[0] as Token;
    if (next.participle || next.verbFinal || verb.lower === next.verb.lemma || isReportedVerb(verb)) continue;
    const before = tokens[next.index - 1];
    if (before && /^(und|sowie)$/.test(before.lower) && next.index - 1 > from && !inside(before))
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

/**
 * "Anna Berger, Leiterin des Amts, kritisierte …", "Der Leiter des Amts, Paul Weber, sagte …": the commas before
 * the cue set off an apposition of its subject, not a preposed statement.
 */
function appositionBefore(tokens: readonly Token[], cueIndex: number): boolean {
  // Bounded, so that a sentence with many cues stays linear: a subject and its apposition are short.
  if (tokens[cueIndex - 1]?.text !== ',' || cueIndex > 30) return false;
  const commas: number[] = [];
  for (let k = 0; k < cueIndex - 1; k++) if (tokens[k]?.text === ',') commas.push(k);
  if (commas.length !== 1) return false;
  const first = tokens.slice(0, commas[0]);
  const second = tokens.slice((commas[0] as number) + 1, cueIndex - 1);
  const names = (part: readonly Token[]): boolean =>
    part.length > 0 && part.length <= 4 && part.every((t) => isNameToken(t));
  return names(first) || (names(second) && DETERMINERS.has(first[0]?.lower ?? ''));
}

const APPOSITION_WORDS = new Set([
  'in',
  'im',
  'von',
  'vom',
  'der',
  'des',
  'für',
  'aus',
  'bei',
  'beim',
  'am',
  'an',
]);

/**
 * "…“, sagte Paul Weber, ein Sprecher des Verbands.": after the speaker's comma an apposition to him, with no
 * verb: only capitalised words, articles and a few prepositions up to the end of the sentence.
 */
function appositionAfter(tokens: readonly Token[], at: number, limit: number): boolean {
  let words = 0;
  for (let k = at; k < tokens.length && k - at < 30; k++) {
    if (k >= limit) return false;
    const token = tokens[k] as Token;
    if (!token.word) {
      if (endsClause(token) && token.text !== ',' && token.text !== '(' && token.text !== ')') break;
      continue;
    }
    words++;
    if (!token.capital && !DETERMINERS.has(token.lower) && !APPOSITION_WORDS.has(token.lower)) return false;
  }
  return words > 0;
}

/** "Wie der Sprecher mitteilte, …": the clause around a cue opened by "wie"; where it starts and its comma. */
function wieClause(tokens: readonly Token[], cue: Cue): { start: number; commaAfter: number } | undefined {
  let k = cue.index - 1;
  while (k >= 0 && cue.index - k < 20) {
    const inserted = insertionStart(tokens, k);
    if (inserted !== undefined) {
      k = inserted - 1;
      continue;
    }
    if (endsClauseAt(tokens, k) || (tokens[k] as Token).lower === 'wie') break;
    k--;
  }
  if (k < 0 || (tokens[k] as Token).lower !== 'wie') return undefined;
  const last = cue.tokens[cue.tokens.length - 1] as Token;
  let j = tokenIndexAt(tokens, last.end);
  while (j < tokens.length && j - cue.index < 6 && tokens[j]?.text !== ',' && !endsClause(tokens[j] as Token))
    j++;
  return { start: k, commaAfter: j };
}

/**
 * Walking back from `tokens[k]`: where an insertion into the subject starts when `tokens[k]` closes one — a
 * parenthesis ("die Mission (UNMISS)") or a name set off by commas ("die Sprecherin, Anna Thomas,").
 */
function insertionStart(tokens: readonly Token[], k: number): number | undefined {
  const token = tokens[k] as Token;
  if (token.text === ')') {
    for (let j = k - 1; j >= 0 && k - j <= 8; j--) if (tokens[j]?.text === '(') return j;
    return undefined;
  }
  if (token.text !== ',') return undefined;
  let j = k - 1;
  while (j >= 0 && k - j <= 5 && isNameToken(tokens[j] as Token)) j--;
  return tokens[j]?.text === ',' && j < k - 1 ? j : undefined;
}

/** "Das erklärte ein Sprecher.": a demonstrative before the cue points back to the previous sentence. */
function demonstrativeBack(model: TextModel, sentence: Sentence, cue: Cue): QuotedPart | undefined {
  const first = sentence.tokens[0];
  if (cue.index !== 1 || !first || !/^(das|dies|dieses)$/.test(first.lower)) return undefined;
  const index = sentenceAt(model.sentences, sentence.paragraph, sentence.start - 1);
  const previous = model.sentences[index];
  if (!previous || previous.end > sentence.start || previous.paragraph !== sentence.paragraph)
    return undefined;
  return { paragraph: previous.paragraph, start: previous.start, end: previous.end };
}

/** "hieß es", "wird kritisiert", "wurde berichtet": a cue that names no speaker. */
function impersonal(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.verb.lemma === 'heißen') return true;
  const verb = cue.tokens[0];
  return !!verb && verb.lower === cue.verb.participle && passiveAround(tokens, cue.index, 11);
}

/** "Wie die Bahn mitteilte": the words between "wie" and the verb. */
function wieSubject(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  const wie = wieClause(tokens, cue);
  const first = tokenIndexAt(tokens, (cue.tokens[0] as Token).start);
  if (!wie || first - wie.start < 2) return undefined;
  const words = tokens.slice(wie.start + 1, first);
  // "wie die Sprecherin des Amts, Anna Berger, mitteilte": the name set off by commas.
  const comma = words.findIndex((t) => t.text === ',');
  const named = comma > 0 ? words.slice(comma + 1).filter((t) => t.text !== ',') : [];
  if (named.length > 0 && named.every((t) => isNameToken(t))) return named;
  // "wie das Amt am Montag mitteilte": the noun phrase, without the adverbials after it.
  return nounPhrase(tokens, wie.start + 1, tokens[first]) ?? words;
}

/** "In der Erklärung hieß es", "Bei der Agentur hieß es": the source named before an impersonal cue. */
function sourceOfImpersonal(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  if (cue.verb.lemma !== 'heißen') return undefined;
  let k = cue.index - 1;
  while (k > 0 && cue.index - k < 12 && !endsClause(tokens[k - 1] as Token)) k--;
  const first = tokens[k];
  if (!first || !/^(in|im|bei|beim|auf)$/.test(first.lower)) return undefined;
  const phrase = tokens.slice(k + 1, cue.index);
  return phrase.length > 0 ? phrase : undefined;
}

/** "bat ihn, im Amt zu bleiben", "bestreitet, beteiligt gewesen zu sein": a clause ending in a zu-infinitive. */
export function infinitiveClause(tokens: readonly Token[], at: number, limit: number): boolean {
  let k = at;
  while (k < tokens.length && k < limit && k - at < 40 && !endsClause(tokens[k] as Token)) k++;
  const last = tokens[k - 1];
  if (!last?.word || k - at < 2) return false;
  if (/^(um|ohne|statt|anstatt)$/.test(tokens[at]?.lower ?? '')) return false;
  if (tokens[k - 2]?.lower === 'zu') return true;
  return /^(?:ab|an|auf|aus|bei|ein|fest|frei|her|hin|mit|nach|vor|weg|zurück|zusammen|durch|um|dar|heraus|hinaus|fertig|fort|los|teil|statt|weiter|wieder|hervor|entgegen|bekannt|bereit)zu\p{L}+en$/u.test(
    last.lower,
  );
}

// prettier-ignore
const RELATIVE_OR_INFINITIVE = new Set([
  'der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welche', 'welcher', 'wo', 'um', 'als', 'wenn',
  'weil', 'und', 'zu',
]);

/**
 * "sagte Berger, die Stadt brauche …": after a saying verb and its comma, a main clause (an article and a noun,
 * a name, a pronoun) is what was said; a relative clause ("der seit 2010 …") or an infinitive is not.
 */
function opensMainClause(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  const second = tokens[at + 1];
  if (!first?.word || !second) return false;
  if (DETERMINERS.has(first.lower)) return second.capital || isAdjective(second.lower);
  if (RELATIVE_OR_INFINITIVE.has(first.lower)) return false;
  return first.capital || PRONOUNS.has(first.lower) || first.lower === 'es' || first.lower === 'man';
}

// prettier-ignore
const SUBORDINATE_OPENERS = new Set([
  'während', 'da', 'weil', 'wenn', 'falls', 'obwohl', 'obgleich', 'nachdem', 'als', 'seit', 'seitdem', 'bevor',
  'sobald', 'sofern', 'solange', 'indem', 'damit', 'um',
]);

// prettier-ignore
const PREPOSITIONS = new Set([
  'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für',
  'über', 'unter', 'vor', 'gegen', 'seit',
]);

/**
 * Whether `tokens[from..to)` is a noun phrase, perhaps behind a preposition: capitalised words, articles, numbers
 * and lower-case words that stand before a noun ("die britische Königin", "In einem Bericht").
 */
function nounPhraseOnly(
  tokens: readonly Token[],
  from: number,
  to: number,
  inside: (t: Token) => boolean,
): boolean {
  let attributive = false;
  let words = 0;
  for (let k = to - 1; k >= from; k--) {
    const token = tokens[k] as Token;
    if (inside(token) || (!token.word && /^[().„“"]$/.test(token.text))) continue;
    if (!token.word) return false;
    words++;
    const fits =
      token.capital ||
      /^\d/.test(token.text) ||
      DETERMINERS.has(token.lower) ||
      PREPOSITIONS.has(token.lower) ||
      (attributive && isAdjective(token.lower));
    if (!fits) return false;
    attributive = token.capital || (attributive && !DETERMINERS.has(token.lower) && isAdjective(token.lower));
  }
  return words > 0;
}

/**
 * "Kurt Weber, Präsident der Kammer, begrüßte …", "In einem Bericht, der am Montag erschien, rechtfertigte …": the
 * words before the cue's comma are a noun phrase with an apposition or a relative clause, not a statement.
 */
function subjectWithInsertion(
  tokens: readonly Token[],
  comma: number,
  inside: (t: Token) => boolean,
): boolean {
  const commas: number[] = [];
  for (let k = 1; k < comma && commas.length < 3; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',' && !inside(token) && !/^\d/.test(tokens[k + 1]?.text ?? '')) commas.push(k);
  }
  const first = commas[0];
  // One insertion that reaches the cue's comma; a third clause after it would be the statement proper.
  if (first === undefined || commas.length > 1 || !nounPhraseOnly(tokens, 0, first, inside)) return false;
  const opener = tokens[first + 1];
  const next = tokens[first + 2];
  if (!opener || !next) return false;
  const relative =
    /^(der|die|das|dem|den|deren|dessen|denen|welche|welcher|welches)$/.test(opener.lower) &&
    !next.capital &&
    !isAdjective(next.lower);
  return relative || nounPhraseOnly(tokens, first + 1, comma, inside);
}

/** "…, sagte der Minister": the statement before the comma that precedes an inverted cue; its end offset. */
function preposedBefore(
  tokens: readonly Token[],
  cue: Cue,
  inside: (token: Token) => boolean,
): number | undefined {
  if (cue.participle) return undefined;
  const comma = tokens[cue.index - 1];
  if (comma?.text !== ',' || cue.index < 4) return undefined;
  const after = tokens[cue.index + 1];
  if (!after || !(after.capital || PRONOUNS.has(after.lower) || DETERMINERS.has(after.lower))) {
    return undefined;
  }
  const first = tokens[0];
  if (!first || inside(first)) return undefined;
  // "Während die Abgeordneten zustimmten, kritisierte X …": a subordinate clause is not what X said.
  if (SUBORDINATE_OPENERS.has(first.lower)) return undefined;
  // "Die Politik könne schaffen, „dass …“, erklärte X": a quotation at the end of an indirect statement is
  // nested in it; a statement that is all quotation is a direct quote, not this.
  if (inside(tokens[cue.index - 2] as Token)) {
    const own = tokens.slice(0, Math.min(cue.index - 1, 60)).filter((t) => t.word && !inside(t));
    if (own.length < 4) return undefined;
  }
  return comma.start;
}
