/**
 * Speech cues and their subjects. A cue is a speech verb from the lexicon in a finite form ("sagte", "fügte …
 * hinzu" with its particle later in the clause, "hinzufügte" in a subordinate clause) or as a participle ("hat
 * gesagt"). Who speaks is found in `subjects.ts`.
 */
import { COPULA_INFINITIVES, PASSIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import type { SpeechVerb } from '../lexicon/speech-verb-forms';
import { SPEECH_VERBS } from '../lexicon/speech-verbs';
import type { Token } from '../text/tokens';
import { endsClause, endsClauseAt } from './clause-ends';
import { AMBIGUOUS_PARTICIPLES, HABEN, INDICATIVE_HABEN, INDICATIVE_SEIN, SEIN } from '../lexicon/verb-forms';
import { appositionClosedBy } from './appositions';
import { attributive } from './attributive';
import { judgedIn } from './judged-in';
import { modalPassive } from './modal-passive';
import { insertionEnd, insertionStart, stepBack } from './insertions';

/** A speech verb found in a sentence. */
export interface Cue {
  verb: SpeechVerb;
  /** Index of the verb in the sentence's tokens. */
  index: number;
  /** The verb and, for a separable verb, its particle. */
  tokens: Token[];
  participle: boolean;
  /** Whether the verb closes a subordinate clause ("…, in denen der Beamte die Idee zurückwies"). */
  verbFinal?: boolean;
}

const FINITE = new Map<string, SpeechVerb[]>();
const JOINED = new Map<string, SpeechVerb>();
const PARTICIPLES = new Map<string, SpeechVerb>();
for (const verb of SPEECH_VERBS) {
  for (const form of verb.forms) {
    FINITE.set(form, [...(FINITE.get(form) ?? []), verb]);
    if (verb.particle) JOINED.set(`${verb.particle}${form}`, verb);
  }
  if (!AMBIGUOUS_PARTICIPLES.has(verb.participle)) PARTICIPLES.set(verb.participle, verb);
}

/** What a lower-case word can be as a speech verb: one look-up per word, and most words are none of these. */
interface VerbForms {
  joined?: SpeechVerb;
  participle?: SpeechVerb;
  finite?: SpeechVerb[];
}
const VERB_FORMS = new Map<string, VerbForms>();
const formsOf = (word: string): VerbForms => {
  let forms = VERB_FORMS.get(word);
  if (!forms) VERB_FORMS.set(word, (forms = {}));
  return forms;
};
for (const [word, verb] of JOINED) formsOf(word).joined = verb;
for (const [word, verb] of PARTICIPLES) formsOf(word).participle = verb;
for (const [word, verbs] of FINITE) formsOf(word).finite = verbs;
/** Whether a lower-case word is a finite form of a speech verb ("gab", "sagt", "berichtet"). */
export const isFiniteSpeechForm = (word: string): boolean => VERB_FORMS.get(word)?.finite !== undefined;

/** The particles of the separable speech verbs ("bekannt" of "bekanntgeben"). */
const PARTICLES = new Set(SPEECH_VERBS.flatMap((verb) => (verb.particle ? [verb.particle] : [])));

/**
 * Whether a lower-case word can close a clause as a speech verb's finite form or its particle ("widersprach",
 * "dagegen"): one look-up, before any search for cues.
 */
export const mayCloseAsCue = (word: string): boolean => isFiniteSpeechForm(word) || PARTICLES.has(word);

/** Finds the speech cues among `tokens[from..to)`, skipping tokens for which `skip` says true (inside quotations). */
export function findCues(
  tokens: readonly Token[],
  skip: (token: Token) => boolean,
  from = 0,
  to = tokens.length,
): Cue[] {
  const cues: Cue[] = [];
  for (let index = from; index < to && index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (!token.word) continue;
    const before = tokens[index - 1];
    // "hat … bekannt gegeben": the particle of a separable verb may stand apart from its participle (the spelling
    // before the 2006 reform, still common in news). Joined only after a particle: no string for every word.
    const apartParticiple =
      before?.word && PARTICLES.has(before.lower)
        ? PARTICIPLES.get(`${before.lower}${token.lower}`)
        : undefined;
    const forms = VERB_FORMS.get(token.lower);
    if ((!forms && !apartParticiple) || skip(token)) continue;
    // A capitalised word inside the sentence is a noun: "Angaben", not "angaben" (verb-final "angeben").
    // "…, ein Update anbieten zu wollen": before "zu" the joined form is an infinitive that a modal governs, no cue.
    const joined =
      (token.capital && index > 0) || tokens[index + 1]?.lower === 'zu' ? undefined : forms?.joined;
    if (joined) {
      pushCue(cues, tokens, { verb: joined, index, tokens: [token], participle: false, verbFinal: true });
      continue;
    }
    const participle = apartParticiple ?? forms?.participle;
    // "hat … gesagt", "…, dass sie gesagt hatte": a perfect with its auxiliary before or (verb-final) after it.
    // Looked for only at a participle: the look back is up to 20 tokens, too much for every word.
    if (participle && (perfectAt(tokens, index, participle) || passiveAround(tokens, index))) {
      pushCue(cues, tokens, {
        verb: participle,
        index,
        tokens: apartParticiple && before ? [before, token] : [token],
        participle: true,
      });
      continue;
    }
    const candidates = forms?.finite;
    if (!candidates || (token.capital && index > 0) || attributive(tokens, index)) continue;
    // "Berichten zufolge …": the word a postposition governs is a noun, even where the sentence capitalises it
    if (tokens[index + 1]?.lower === 'zufolge') continue;
    // "wie das Amt bekannt gab": a particle written apart before a verb at the end of its clause.
    const next = tokens[index + 1];
    // Not "zu", which before a verb marks the infinitive ("weiter zu schreiben").
    const apart = before && before.lower !== 'zu' ? withParticle(candidates, before.lower) : undefined;
    if (apart && before && (!next || endsClause(next))) {
      pushCue(cues, tokens, {
        verb: apart,
        index,
        tokens: [before, token],
        participle: false,
        verbFinal: true,
      });
      continue;
    }
    const particle = particleAfter(tokens, index, candidates);
    if (particle) {
      pushCue(cues, tokens, {
        verb: particle.verb,
        index,
        tokens: [token, particle.token],
        participle: false,
      });
      continue;
    }
    const plain = withParticle(candidates, undefined);
    if (plain && !modalPassive(tokens, index, plain))
      pushCue(cues, tokens, { verb: plain, index, tokens: [token], participle: false });
  }
  return cues;
}

/** The first of `candidates` with `particle` (`undefined`: with none). A loop, not `find`: no closure per call. */
function withParticle(
  candidates: readonly SpeechVerb[],
  particle: string | undefined,
): SpeechVerb | undefined {
  for (const verb of candidates) if (verb.particle === particle) return verb;
  return undefined;
}

/** The verbs that report with a word in their clause, as reporting verbs (`reportsWith`), made once. */
const REPORTING_WITH = new Map<SpeechVerb, SpeechVerb>();
for (const verb of SPEECH_VERBS) if (verb.reportsWith) REPORTING_WITH.set(verb, { ...verb, reports: true });

/**
 * Adds `cue` unless its verb needs a word that its clause lacks ("für" in "hält den Plan für richtig"); with the
 * word it reports with ("Als Grund gab die Behörde Mängel an"), as a reporting verb.
 */
function pushCue(cues: Cue[], tokens: readonly Token[], cue: Cue): void {
  if (cue.verb.semiModal && semiModalAt(tokens, cue.index)) return;
  if (
    cue.verb.needs &&
    !inClause(tokens, cue.index, cue.verb.needs) &&
    !(cue.verb.judgesIn && judgedIn(tokens, cue.index))
  )
    return;
  const reporting = cue.verb.reportsWith && inClause(tokens, cue.index, cue.verb.reportsWith);
  cues.push(reporting ? { ...cue, verb: REPORTING_WITH.get(cue.verb) ?? cue.verb } : cue);
}

/**
 * Whether the verb at `index` is a semi-modal (`SpeechVerb.semiModal`): "zu werden" or "zu sein" closes its clause
 * with no comma after the verb ("drohen abgewiesen zu werden", "verspricht spannend zu werden"), or stands right
 * before it at the clause's end ("…, weil Patienten abgewiesen zu werden drohen"). One cannot threaten or promise to
 * undergo something or to be something; with another infinitive the verb may be either ("drohte zurückzutreten",
 * "droht zu eskalieren"), and stays a cue.
 */
function semiModalAt(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 2]?.lower === 'zu' && COPULA_INFINITIVES.has(tokens[index - 1]?.lower ?? ''))
    return true;
  for (let k = index + 1; k < tokens.length && !endsClauseAt(tokens, k); k++) {
    if ((tokens[k] as Token).lower !== 'zu' || !COPULA_INFINITIVES.has(tokens[k + 1]?.lower ?? '')) continue;
    return k + 2 >= tokens.length || endsClauseAt(tokens, k + 2);
  }
  return false;
}

/**
 * Whether the participle at `index` forms a perfect: "hat … gesagt", "…, dass sie gesagt hatte"; with "sein" for
 * the verbs that take it ("ist bekannt geworden", "…, nachdem bekannt geworden war").
 */
function perfectAt(tokens: readonly Token[], index: number, participle: SpeechVerb): boolean {
  const [before, after] = participle.perfectWithSein ? [SEIN, INDICATIVE_SEIN] : [HABEN, INDICATIVE_HABEN];
  return (
    hasAuxiliaryBefore(tokens, index, before) ||
    (after.has(tokens[index + 1]?.lower ?? '') && participle.lemma !== 'zeigen')
  );
}

/** "hat … gesagt": an active perfect names its speaker; a passive "wurde mitgeteilt" does not. */
function hasAuxiliaryBefore(
  tokens: readonly Token[],
  index: number,
  auxiliaries: ReadonlySet<string> = HABEN,
): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 20; j--) {
    const token = tokens[j] as Token;
    // "hat die Ministerin Eva Roth (SPD) gesagt": a parenthesis is an insertion, not the end of the clause.
    const parenthesis = insertionStart(tokens, j);
    if (parenthesis !== undefined) {
      j = parenthesis;
      continue;
    }
    if (endsClauseAt(tokens, j)) {
      // "haben einige Länder, insbesondere Ungarn und Polen, Bedenken geäußert": an apposition stays in the clause.
      const apposition = appositionClosedBy(tokens, j);
      if (!apposition) return false;
      j = apposition.open;
      continue;
    }
    if (auxiliaries.has(token.lower)) return true;
  }
  return false;
}

/**
 * Whether the participle at `index` is passive: a form of "werden" right after it or among the `reach` words before
 * it in its clause. "Ihm wird vorgeworfen, …", "…, dass er aufgefordert wurde, …": a passive names no speaker, but
 * still introduces what was said; the statement rules then leave the speaker open.
 */
export function passiveAround(tokens: readonly Token[], index: number, reach = 20): boolean {
  const next = tokens[index + 1];
  if (next && PASSIVE_AUXILIARIES.has(next.lower)) return true;
  for (let j = index - 1; j >= 0 && j >= index - reach; j--) {
    if (endsClauseAt(tokens, j)) return false;
    if (PASSIVE_AUXILIARIES.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}

function particleAfter(
  tokens: readonly Token[],
  index: number,
  candidates: readonly SpeechVerb[],
): { verb: SpeechVerb; token: Token } | undefined {
  for (let j = index + 1; j < tokens.length && j < index + 25; j++) {
    const token = tokens[j] as Token;
    // "gab am Montag, dem 3. März, die Einstellung bekannt", "teilte der Sprecher, Paul Weber, mit", "geht aus
    // einer Meldung (dpa), die am Montag erschien, hervor": insertions stay in the clause.
    const closing = insertionEnd(tokens, j);
    if (closing !== undefined) {
      j = closing;
      continue;
    }
    if (endsClauseAt(tokens, j)) break;
    const verb = withParticle(candidates, token.lower);
    if (
      verb &&
      (j + 1 >= tokens.length || endsClause(tokens[j + 1] as Token) || tokens[j + 1]?.lower === 'und')
    ) {
      return { verb, token };
    }
  }
  return undefined;
}

/**
 * Whether `word` stands in the clause of `tokens[index]` (up to 25 tokens either way); after the verb, over an
 * insertion such as a relative clause ("hält das Verfahren, das zur Auflösung führte, für verfassungswidrig").
 */
function inClause(tokens: readonly Token[], index: number, word: string): boolean {
  for (
    let k = stepBack(tokens, index);
    k >= 0 && index - k <= 25 && !endsClauseAt(tokens, k);
    k = stepBack(tokens, k)
  )
    if (tokens[k]?.lower === word) return true;
  for (let k = index + 1; k < tokens.length && k - index <= 25; k++) {
    // "hält das Verfahren, das zur Auflösung führte, für verfassungswidrig": an insertion stays in the clause.
    const closing = insertionEnd(tokens, k);
    if (closing !== undefined) {
      k = closing;
      continue;
    }
    if (endsClauseAt(tokens, k)) break;
    if (tokens[k]?.lower === word) return true;
  }
  return false;
}
