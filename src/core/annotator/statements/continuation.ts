/**
 * Sentences that continue someone's speech without a cue or frame of their own: a Konjunktiv sentence after a
 * statement ("Er sagte, … Die Lage sei ernst."), merged with the ones right before it into one statement, and
 * reportative "soll … haben" and planning "soll" sentences (free indirect speech).
 */
import { cuesOf } from '../pass-state';
import { DETERMINERS } from '../lexicon/nouns';
import type { FoundQuote, PassMemo, Sentence, SpeakerEntity, SpeechContext, TextModel } from '../model';
import { contentEnd, insideQuotes, partOf } from '../text/text-model';
import { isKonjunktivI, isReportedVerbAt, writersConditional } from '../grammar/reported-verbs';
import { type SpeakerBook } from '../speakers/speaker-book';
import { isNameToken, isRoleToken } from '../speakers/naming-words';
import { beforeNextCue, infinitiveClause } from './statement-ends';
import { isPreposition, nounPhrase } from '../grammar/noun-phrases';
import { frameSubject } from '../grammar/opening-subjects';
import type { QuotedPart } from '../text/quotation-marks';
import type { Token } from '../text/tokens';
import { freeIndirectIn } from './reportative';
import { SOURCE_ADVERBS } from '../lexicon/adverbs';
import { leadIn } from './lead-ins';
import { HYPOTHETICAL, KONJUNKTIV_II, STRONG_KONJUNKTIV } from '../lexicon/konjunktiv';
import type { Day } from '../dates/date-match';

/** Opening quotation marks. */
const OPENING = /^[„»"]$/;

/** The name or role that opens the previous sentence: who a Konjunktiv sentence far from any cue reports. */
function previousSubject(
  model: TextModel,
  index: number,
  book: SpeakerBook,
): { speaker: SpeakerEntity; mention: QuotedPart } | undefined {
  const previous = model.sentences[index - 1];
  const first = previous?.tokens[0];
  if (!previous || !first || !(first.capital || DETERMINERS.has(first.lower))) return undefined;
  // "Trotz des Regens öffnet der Verband die Baustelle": a preposition opens no subject, which follows the verb
  const phrase = isPreposition(first.lower)
    ? frameSubject(previous.tokens, (names) => book.knows(names))
    : nounPhrase(previous.tokens, 0);
  if (!phrase || !phrase.some((t) => isNameToken(t) || isRoleToken(t))) return undefined;
  const resolved = book.resolve(phrase);
  const mention = partOf(previous.paragraph, phrase);
  return resolved && mention ? { speaker: resolved.speaker, mention } : undefined;
}

/**
 * "Die Armee sei überfordert." continues someone's speech as a whole, but in "Der Abzug gilt als
 * unwahrscheinlich, da die Armee überfordert sei" only the clause in Konjunktiv does: the clause after the last
 * comma before the first Konjunktiv verb (nothing before it is in Konjunktiv), up to the sentence's end.
 * Undefined when the whole sentence is reported, also when the Konjunktiv verb comes right after the comma: then
 * it is the finite verb of the main clause and all before it its first part ("Als die Wahl begann, sei die Lage
 * ruhig gewesen", "Die Opfer, zwei Kinder, seien verletzt worden").
 */
function reportedClause(
  model: TextModel,
  sentence: Sentence,
  inside: (token: Token) => boolean,
): QuotedPart | undefined {
  const tokens = sentence.tokens;
  const verb = tokens.findIndex(
    (t, k) => !inside(t) && isReportedVerbAt(tokens, k) && !HYPOTHETICAL.has(t.lower),
  );
  let comma = verb - 1;
  while (comma > 0 && (tokens[comma]?.text !== ',' || inside(tokens[comma] as Token))) comma--;
  const start = tokens[comma + 1];
  if (comma <= 0 || !start || comma + 1 === verb) return undefined;
  // "Nach vielen Gesprächen, die er geführt habe, sei er zu dem Schluss gekommen": a later Konjunktiv right after a
  // comma is the main clause's finite verb, so the whole sentence, what opens it included, is reported.
  if (
    tokens.some(
      (t, k) => k > verb && tokens[k - 1]?.text === ',' && !inside(t) && isReportedVerbAt(tokens, k),
    )
  )
    return undefined;
  // "Bereits heute müssten Firmen einspringen, weil Soldaten fehlten": a Konjunktiv II before the comma, too weak
  // to mark reported speech alone, still puts the main clause into it.
  if (tokens.slice(0, comma).some((t, k) => !inside(t) && isReportedVerbAt(tokens, k))) return undefined;
  // "Neben dem Grundsatz, den das Gericht immer wieder betone, untersagten …": a subordinate clause ends with its
  // finite verb; when no Konjunktiv follows, what comes after its comma is the writer's main clause again.
  const after = tokens[verb + 1];
  const closed =
    after?.text === ',' &&
    !inside(after) &&
    !tokens.some((t, k) => k > verb && !inside(t) && isReportedVerbAt(tokens, k)) &&
    // "…, obwohl ihm andere Wege offen stünden, an die Daten zu kommen": a zu-infinitive still belongs to it
    !infinitiveClause(tokens, verb + 2, tokens.length);
  const end = closed ? after.start : contentEnd(model, sentence);
  return start.start < end ? { paragraph: sentence.paragraph, start: start.start, end } : undefined;
}

/**
 * "Techniker hätten den Hebel umgestellt. Dadurch sei eine Kette von Warnungen ausgelöst worden.": a sentence in
 * Konjunktiv II right before a reported sentence of the same paragraph, with no statement or quotation of its own,
 * opens the same report (the Konjunktiv II stands in for a Konjunktiv I that looks like the indicative). The span
 * of the reported sentence, reaching back over it where it does.
 */
function openedBefore(model: TextModel, index: number, whole: QuotedPart): QuotedPart {
  const previous = model.sentences[index - 1];
  if (!previous || previous.paragraph !== whole.paragraph) return whole;
  const inside = insideQuotes(model, previous.paragraph);
  if (previous.tokens.some((t) => inside(t) || t.lower === 'ich' || OPENING.test(t.text))) return whole;
  const konjunktiv = previous.tokens.some((t) => !t.capital && KONJUNKTIV_II.has(t.lower));
  return konjunktiv ? { ...whole, start: previous.start } : whole;
}

/**
 * Whether a sentence whose speech verb introduces statements is itself reported: a verb in Konjunktiv before the
 * first statement puts the clause of the speech verb into someone's report ("Sie habe den Abschied akzeptiert und
 * frage die Partei, ob …", "Die Teile seien zu Monden geworden, von denen man glaube, dass …"), so the sentence
 * continues that report around its own statement.
 */
export function reportedAroundStatements(
  model: TextModel,
  sentence: Sentence,
  statements: readonly FoundQuote[],
  memo: PassMemo,
): boolean {
  const inside = insideQuotes(model, sentence.paragraph);
  const cueStarts = new Set(statements.flatMap((q) => q.cue.map((c) => c.start)));
  // Only a speech verb's clause: a frame ("Dem Bericht zufolge …") reports by itself.
  const cue = cuesOf(memo, model, sentence).find((c) => c.tokens.some((t) => cueStarts.has(t.start)));
  if (!cue) return false;
  // Before the cue and before the statement: "Die Lage sei ernst, sagte X" is the statement's own Konjunktiv.
  const first = Math.min(...statements.flatMap((q) => q.spans.map((part) => part.start)));
  return sentence.tokens.some(
    (t, k) =>
      k < cue.index &&
      t.end <= first &&
      !inside(t) &&
      isReportedVerbAt(sentence.tokens, k) &&
      !HYPOTHETICAL.has(t.lower),
  );
}

/**
 * A sentence in Konjunktiv right after someone's statement continues it ("Er sagte, … Die Lage sei ernst."); one
 * that does not may be free indirect speech with "soll" (a claim, or the plan a statement announced:
 * `reportative.ts`, `freeIndirectIn`).
 */
export function continuationIn(
  model: TextModel,
  sentence: Sentence,
  index: number,
  context: SpeechContext,
  book: SpeakerBook,
  memo: PassMemo,
  day: Day | undefined,
): FoundQuote[] {
  const inside = insideQuotes(model, sentence.paragraph);
  const outside = sentence.tokens.filter((t) => !inside(t));
  if (outside.length < 3 || sentence.tokens[0]?.text === '„') return [];
  // "Ich habe …" is the indicative of an interview answer, not reported speech.
  if (outside.some((t) => t.lower === 'ich')) return [];
  const whole: QuotedPart = { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end };
  const sameParagraph = model.sentences[context.sentence]?.paragraph === sentence.paragraph;
  const recent = index - context.sentence <= 2 || (sameParagraph && index - context.sentence <= 5);
  // A Konjunktiv I that no indicative shares marks reported speech on its own, however far from the last cue
  // ("Der Lohn liege unter dem Tarif."), unless an article makes it an adjective ("eine heiße Sache").
  const strong = sentence.tokens.some(
    (t, k) =>
      !inside(t) &&
      !t.capital &&
      (STRONG_KONJUNKTIV.has(t.lower) ||
        (isKonjunktivI(t.lower) && !DETERMINERS.has(sentence.tokens[k - 1]?.lower ?? ''))),
  );
  if (recent || strong) {
    // Right after a continued statement, a Konjunktiv II modal goes on with it ("Oberhalb von 800 Metern könnten
    // Böen auftreten."); elsewhere it is as often a hypothesis of the writer's.
    const previous = context.continuation;
    const running =
      previous?.index === index - 1 && previous.quote.spans[0]?.paragraph === sentence.paragraph;
    const konjunktiv = sentence.tokens.some(
      (t, k) => !inside(t) && isReportedVerbAt(sentence.tokens, k) && (running || !HYPOTHETICAL.has(t.lower)),
    );
    if (konjunktiv && writersConditional(sentence.tokens, inside)) return [];
    if (konjunktiv) {
      const opener = sentence.tokens[0] as Token;
      const quiet = context.sentence < index - 1 && context.continuation?.index !== index - 1;
      const opened = quiet ? openedBefore(model, index, whole) : whole;
      // The sentence before that the report opens with is part of it: the source is named before it.
      const named = opened.start < whole.start ? index - 1 : index;
      // A new paragraph that opens with another person named as the subject ("Der Botschafter Yusuf Tuggar dankte
      // der Stadt. Die Bronzen seien …") goes on with them, not with the speaker of the paragraph before
      const newParagraph = !sameParagraph && model.sentences[named - 1]?.paragraph === sentence.paragraph;
      const subject = recent && !newParagraph ? undefined : previousSubject(model, named, book);
      const guess = recent && !(subject && book.isNamedPerson(subject.speaker)) ? undefined : subject;
      const lead = leadIn(sentence.tokens, inside);
      const leading = lead ? book.resolve(lead.subject) : undefined;
      const speaker = leading?.speaker ?? guess?.speaker ?? context.speaker;
      const mention = leading
        ? partOf(sentence.paragraph, lead?.subject ?? [])
        : SOURCE_ADVERBS.has(opener.lower)
          ? partOf(sentence.paragraph, [opener])
          : guess?.mention;
      context.sentence = index;
      if (speaker) context.speaker = speaker;
      // "Er halte den Plan für richtig und bezeichnete …": the statement ends before a coordinated cue.
      const cut = beforeNextCue(sentence.tokens, 0, cuesOf(memo, model, sentence), inside);
      const reported = reportedClause(model, sentence, inside);
      // A cue before the reported clause ("X, die Vorsitzende, sagte, das Prinzip …") cuts nothing off it.
      const clause =
        Number.isFinite(cut) && cut > (reported ?? whole).start
          ? { paragraph: sentence.paragraph, start: (reported ?? whole).start, end: cut }
          : reported;
      const last = context.continuation;
      const lastPart = last?.quote.spans[last.quote.spans.length - 1];
      if (
        !clause &&
        !leading &&
        last &&
        lastPart &&
        last.whole &&
        last.quote.kind === 'indirect' &&
        last.index === index - 1 &&
        last.quote.speaker === speaker
      ) {
        // A paragraph break does not end a run of reported sentences: the next paragraph's part joins it.
        if (lastPart.paragraph === sentence.paragraph) lastPart.end = whole.end;
        else last.quote.spans.push(whole);
        last.index = index;
        return [];
      }
      const found = clause ?? opened;
      const afterColon = leading && lead ? sentence.tokens[lead.after] : undefined;
      const span =
        afterColon && afterColon.start > found.start ? { ...found, start: afterColon.start } : found;
      // "Die Sorte sei sicher: „…“": the colon before a quotation opens the speaker's own words.
      const colon = sentence.tokens.find(
        (t, k) =>
          t.text === ':' &&
          !inside(t) &&
          t.start > span.start &&
          OPENING.test(sentence.tokens[k + 1]?.text ?? ''),
      );
      const quote: FoundQuote = {
        kind: 'indirect',
        spans: [colon ? { ...span, end: Math.min(span.end, colon.start) } : span],
        cue: [],
        ...(speaker ? { speaker } : {}),
        ...(mention ? { mention } : {}),
        confidence: recent ? 0.55 : 0.4,
      };
      context.continuation = { quote, index, whole: !clause };
      return [quote];
    }
  }
  return freeIndirectIn(model, sentence, index, context, { inside, outside, whole }, day);
}
