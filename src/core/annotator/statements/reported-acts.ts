/**
 * A reporting verb's act told by the writer, outside quotation marks and with no clause of what was said: "Die
 * Opposition forderte den Rücktritt", "hat ihre Ablehnung geäußert", "Der Plan wurde von X kritisiert". The last
 * rule `cued-statements.ts` tries for a cue, after the clauses a cue introduces; when a verb reports on its own is
 * in `reported.ts`.
 */
import { passiveAround, type Cue } from '../grammar/cues';
import { endsClauseAt } from '../grammar/clause-ends';
import type { FoundQuote, Sentence, SpeakerEntity, SpeechContext, TextModel } from '../model';
import type { SpeakerBook } from '../speakers/speaker-book';
import { canSpeak } from '../speakers/animacy';
import type { QuotedPart } from '../text/quotation-marks';
import { partOf } from '../text/text-model';
import { tokenIndexAt, type Token } from '../text/tokens';
import { FIRST_PERSON } from '../lexicon/articles';
import { MODALS } from '../lexicon/verb-forms';
import {
  reportAfterLeadIn,
  reportClauseEnd,
  reportClauseStart,
  subordinateReport,
} from '../grammar/report-clauses';
import { leadInColons } from './preposed';
import {
  agentOrPredicate,
  passiveBefore,
  presentPerfect,
  presentTense,
  quotingRelative,
  reportsSomething,
  sourceInReport,
  statesStance,
} from './reported';
import { beforeNextCue } from './statement-ends';

/** One cue of a sentence with what the rules found for it before they look for its statement. */
export interface CueScene {
  readonly model: TextModel;
  readonly sentence: Sentence;
  readonly inside: (token: Token) => boolean;
  readonly cues: readonly Cue[];
  /** The cue's index in `cues`. */
  readonly n: number;
  /** The cue's subject as the rules cut it; `undefined` when none was found. */
  readonly phrase: Token[] | undefined;
  /** Whether the subject names its speaker elsewhere: its members in an apposition, the pair before "letztere". */
  readonly pointing: boolean;
  /** Whether the subject resolved to a speaker of the book. */
  readonly resolved: boolean;
  readonly speaker: SpeakerEntity | undefined;
  readonly mention: QuotedPart | undefined;
  /** Whether the subject stands in an apposition or with an insertion right before the cue. */
  readonly apposition: boolean;
  /** The index of the sentence's first comma, or -1. */
  readonly firstComma: number;
  /** The confidence of the cue's statements, by how its speaker was resolved. */
  readonly base: number;
}

/** Records a statement of the cue (`cued-statements.ts`: unless the verb is negated). */
export type StatementOfCue = (
  spans: FoundQuote['spans'],
  kind: FoundQuote['kind'],
  confidence: number,
) => void;

/**
 * The writer's report of the act of `scene`'s cue, if it is one: a reporting verb (or a stance made known) with a
 * subject that can speak, in a main clause or a subordinate clause of its own, not a question, an infinitive or a
 * verb in the Konjunktiv I. Recorded through `statement` in `found`; a source after "laut" inside the report
 * ("Die Partei hält den Plan laut Berger für machbar") becomes its speaker.
 */
export function reportedAct(
  scene: CueScene,
  statement: StatementOfCue,
  found: FoundQuote[],
  book: SpeakerBook,
  context: SpeechContext,
): void {
  const { model, sentence, inside, cues, n, phrase, pointing, resolved, speaker, mention, apposition } =
    scene;
  const { firstComma, base } = scene;
  const tokens = sentence.tokens;
  const cue = cues[n] as Cue;
  // "Obwohl …, haben X … geäußert", "…, wobei X … nannte": the report's own clause comes after a comma.
  // "…, während die Zeitung von 900 Toten sprach": a report of its own in a clause a conjunction subordinates.
  const subordinate = cue.verb.reports ? subordinateReport(tokens, cue) : undefined;
  const clauseStart = subordinate?.start ?? reportClauseStart(tokens, cue, statesStance(tokens, cue));
  const mainClause =
    cue.verbFinal === true ||
    apposition ||
    clauseStart !== undefined ||
    firstComma < 0 ||
    firstComma > cue.index;
  // "konnte den Bericht nicht bestätigen": a lone verb that closes its main clause is an infinitive.
  const infinitive =
    (cue.verbFinal !== true || cue.tokens[0]?.lower === cue.verb.lemma) &&
    (clauseStart === undefined || cue.tokens[0]?.lower === cue.verb.lemma) &&
    cue.tokens.length === 1 &&
    (tokens[cue.index + 1] === undefined || endsClauseAt(tokens, cue.index + 1));
  // "zu rechnen gewesen", "mit Folgen rechnen müsste": the infinitive after "zu" or before a modal.
  const boundInfinitive =
    cue.tokens[0]?.lower === cue.verb.lemma &&
    (tokens[cue.index - 1]?.lower === 'zu' || MODALS.has(tokens[cue.index + 1]?.lower ?? ''));
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
    const end = Math.min(sentence.end, reportClauseEnd(tokens, cue, cues.slice(n + 1)));
    statement([{ paragraph: sentence.paragraph, start: sentence.start, end }], 'reported', base - 0.2);
    return;
  }
  // "äußerte ihre Ablehnung"; "hat ihre Ablehnung geäußert" reports as the simple past does. (Any active perfect
  // of a reporting verb reporting: on train +9 reported statements, +53 false ones, mostly a pluperfect giving
  // background, which the corpus does not annotate.)
  const stance = statesStance(tokens, cue);
  const activePerfect =
    (stance || (cue.verb.reports && (presentPerfect(tokens, cue) || subordinate !== undefined))) &&
    cue.participle &&
    !passiveAround(tokens, cue.index);
  if (
    (cue.verb.reports || stance) &&
    // A subject of its own that can speak, even one no speaker resolves ("Sie forderte den Rücktritt …"), not
    // "Das Unwetter forderte zwanzig Todesopfer". A subject that names its speaker elsewhere ("letztere") speaks.
    (pointing || (phrase ? canSpeak(phrase) : speaker)) &&
    !FIRST_PERSON.has(tokens[cue.index - 1]?.lower ?? '') &&
    !FIRST_PERSON.has(tokens[cue.index + 1]?.lower ?? '') &&
    (!cue.participle || activePerfect) &&
    (activePerfect || (!likeParticiple && !infinitive && !boundInfinitive)) &&
    // "Befürchten Sie Einschnitte?": a question asks, it reports nothing.
    tokens[tokens.length - 1]?.text !== '?' &&
    // "Er rechne mit höheren Preisen", "Sie warne vor Panik": a speech verb in the Konjunktiv I of a main clause is
    // itself told in reported speech, someone's words going on, not the writer's report of an act
    !(
      cue.tokens[0]?.lower === cue.verb.konjunktiv &&
      clauseStart === undefined &&
      subordinate === undefined
    ) &&
    (n === 0 || subordinate !== undefined) &&
    mainClause &&
    reportsSomething(tokens, cue, phrase)
  ) {
    const paragraphText = model.paragraphs[sentence.paragraph]?.text ?? '';
    // A quotation inside a relative clause on the cue's object is part of that phrase, not what the cue reports.
    const [relFrom, relTo] = quotingRelative(tokens, cue.index, inside) ?? [-1, -1];
    const alreadyQuoted = tokens.some(
      (t, k) => (k < relFrom || k >= relTo) && inside(t) && t.start > (cue.tokens[0]?.start ?? 0),
    );
    // "Er lobte den Plan und forderte …": the report ends before a second cue with its own object.
    const until = beforeNextCue(tokens, cue.index, cues.slice(n + 1, n + 6), inside);
    const closing = subordinate ? tokens[subordinate.end] : undefined;
    const clauseEnd =
      closing && closing.text !== '.' ? closing.start : reportClauseEnd(tokens, cue, cues.slice(n + 1));
    const to = Math.min(clauseEnd, Number.isFinite(until) ? until : sentence.end);
    if (!alreadyQuoted && paragraphText.length > 0) {
      const colons = leadInColons(tokens, inside);
      const afterColon = reportAfterLeadIn(tokens, cue.index, colons, mention?.start) ?? sentence.start;
      const start = clauseStart === undefined ? afterColon : (tokens[clauseStart] as Token).start;
      statement([{ paragraph: sentence.paragraph, start, end: to }], 'reported', base - 0.2);
      // "Die Partei hält den Plan laut Berger für machbar": the source after "laut" speaks of the stance.
      const source = sourceInReport(tokens, clauseStart ?? 0, tokenIndexAt(tokens, to), inside);
      const reported = found[found.length - 1];
      const resolvedSource = source ? book.resolve(source) : undefined;
      if (reported && source && resolvedSource) {
        reported.speaker = resolvedSource.speaker;
        reported.mention = partOf(sentence.paragraph, source);
        context.speaker = resolvedSource.speaker;
      }
    }
  }
}
