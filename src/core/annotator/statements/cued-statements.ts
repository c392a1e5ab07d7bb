/**
 * Indirect and reported speech in one sentence, outside quotation marks: a speech verb with a `dass`/`ob` clause
 * or a Konjunktiv clause ("sagte Berger, der Plan sei nie … beschlossen worden"), a preposed statement ("…, sagte der
 * Minister"), and a reporting verb on its own ("Die Opposition forderte den Rücktritt", `reported-acts.ts`). Frames
 * such as "laut X" and "X zufolge" are in `source-frames.ts`; where a statement opens in `complements.ts`, where it
 * ends in `statement-ends.ts`, what stands before the cue in `preposed.ts`, "wie" clauses in `wie-clauses.ts`, and
 * when a verb alone reports in `reported.ts`.
 */
import { subjectNumber } from '../grammar/verb-number';
import type { Cue } from '../grammar/cues';
import { cuesOf } from '../pass-state';
import { findSubject } from '../grammar/subjects';
import { impersonalSource, isImpersonalCue, sourceBeforeImpersonal } from '../grammar/impersonal-sources';
import { type FoundQuote, type Sentence, type TextModel } from '../model';
import { contentEnd, insideQuotes, partOf, sentenceAt } from '../text/text-model';
import {
  appositionBefore,
  insertedSubject,
  afterLeadIn,
  leadInColons,
  preposedBefore,
  resumedBefore,
  subjectWithInsertion,
} from './preposed';
import { complementAfter } from './complements';
import { unsaid, negatedVerb, statesExpectation } from './reported';
import { reportedAct } from './reported-acts';
import { beforeMainClause, beforeNextCue, complementEnd, infinitiveEnd } from './statement-ends';
import type { QuotedPart } from '../text/quotation-marks';
import type { SpeakerBook } from '../speakers/speaker-book';
import type { SpeakerEntity } from '../model';
import { tokenIndexAt, type Token } from '../text/tokens';
import { CLAUSE_SUBJECT_PRONOUNS, NEUTER_POINTING_BACK } from '../lexicon/articles';
import { DETERMINERS } from '../lexicon/nouns';
import { namesWithWie, wieClause, wieSubject } from './wie-clauses';
import { notAStance } from '../grammar/stance-objects';
import { membersSubject, resolveNames } from '../speakers/named-members';
import { pairSubject } from '../speakers/anaphora-latter';
import type { PassMemo, SpeechContext } from '../model';
import { formulaSource } from '../speakers/formula-sources';

/** Finds indirect and reported statements introduced by speech verbs in `sentence`. */
export function cueStatementsIn(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  context: SpeechContext,
  memo: PassMemo,
): FoundQuote[] {
  const inside = insideQuotes(model, sentence.paragraph);
  const tokens = sentence.tokens;
  const cues = cuesOf(memo, model, sentence);
  const found: FoundQuote[] = [];
  let previousSpeaker: SpeakerEntity | undefined;
  const end = contentEnd(model, sentence);
  const firstComma = tokens.findIndex((t) => t.text === ',');
  // Where the last statement found ends: a cue before it is part of what was said ("Er sagte, man könne nicht
  // sagen, was geschehe"), not a statement of its own.
  let statedUntil = Number.NEGATIVE_INFINITY;
  let colons: Int32Array | undefined;
  cues.forEach((cue, n) => {
    if ((cue.tokens[0] as Token).start < statedUntil || unsaid(tokens, cue) || statesExpectation(tokens, cue))
      return;
    // "erklärte, nichts davon zu wissen": a zu-infinitive does not end the statement of the cue before it, nor does
    // a speech verb in the Konjunktiv I after its comma ("bekräftigte, die Regierung bekenne sich zu …"): that
    // clause is what was said.
    const nextCue = cues
      .slice(n + 1, n + 4)
      .find((c) => tokens[c.index - 1]?.lower !== 'zu' && !reportedAfterComma(tokens, cue, c));
    const limit = nextCue ? nextCue.index : tokens.length;
    const none = isImpersonalCue(tokens, cue);
    // A subject that names its speaker elsewhere: its members in an apposition, or the pair before "letztere".
    const members = none ? undefined : membersSubject(tokens, cue);
    const pointing =
      members ?? (none ? undefined : pairSubject(tokens, cue, () => previousTokens(model, sentence)));
    const phrase = pointing
      ? pointing.mention
      : none
        ? (sourceBeforeImpersonal(tokens, cue) ?? impersonalSource(tokens, cue))
        : notAStance(tokens, cue, wieSubject(tokens, cue) ?? findSubject(tokens, cue));
    const resolved = pointing
      ? resolveNames(book, pointing.names)
      : phrase
        ? book.resolve(phrase, subjectNumber(tokens, phrase))
        : undefined;
    const speaker = none
      ? (resolved?.speaker ?? (phrase ? formulaSource(book, phrase) : undefined))
      : (resolved?.speaker ?? previousSpeaker ?? (phrase ? undefined : context.speaker));
    previousSpeaker = speaker ?? previousSpeaker;
    const mention = phrase ? partOf(sentence.paragraph, phrase) : undefined;
    const base = resolved?.how === 'name' ? 0.8 : resolved ? 0.7 : 0.5;
    const negated = negatedVerb(tokens, cue);
    const statement = (spans: FoundQuote['spans'], kind: FoundQuote['kind'], confidence: number): void => {
      // "Die Namen wurden nicht genannt": what was not said is no statement; a report stays only when a later cue
      // of the sentence says what was said instead ("gab Einzelheiten nicht bekannt, verwies aber auf …").
      if (negated && (kind !== 'reported' || n === cues.length - 1)) return;
      found.push({
        kind,
        spans,
        cue: cue.tokens.map((t) => ({ paragraph: sentence.paragraph, start: t.start, end: t.end })),
        ...(mention ? { mention } : {}),
        ...(speaker ? { speaker } : {}),
        confidence,
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
      if (from < to) {
        statement([{ paragraph: sentence.paragraph, start: from, end: to }], 'indirect', base);
        statedUntil = to;
      }
      return;
    }
    const wie = wieClause(tokens, cue);
    // "Trap, wie er genannt wird, …": with a verb of naming "wie" stands for the name, and the clause says nothing.
    if (wie !== undefined && namesWithWie(tokens, cue, wie.start)) return;
    if (wie !== undefined) {
      const comma = tokens[wie.commaAfter];
      const spans =
        wie.opening && comma && tokens[wie.commaAfter + 1]
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
    const resumed = resumedBefore(tokens, cue);
    if (resumed !== undefined) {
      statement([{ paragraph: sentence.paragraph, start: sentence.start, end: resumed }], 'indirect', base);
      return;
    }
    const apposition =
      appositionBefore(tokens, cue.index) ||
      subjectWithInsertion(tokens, cue.index - 1, inside) ||
      members !== undefined;
    const preposed =
      apposition || insertedSubject(tokens, cue.index - 1, inside)
        ? undefined
        : preposedBefore(tokens, cue, inside);
    if (preposed !== undefined) {
      colons ??= leadInColons(tokens, inside);
      const start = afterLeadIn(tokens, preposed, colons, inside) ?? sentence.start;
      // "X zeigte sich skeptisch: Die Busse seien zu teuer, teilte ein Sprecher mit": the frame after the words a
      // lead-in's colon opened names who said them; the lead-in's statement of the same words gives way to it.
      const last = found[found.length - 1]?.spans;
      if (last?.length === 1 && last[0]?.start === start && last[0].end === preposed) found.pop();
      statement([{ paragraph: sentence.paragraph, start, end: preposed }], 'indirect', base);
      return;
    }
    reportedAct(
      {
        model,
        sentence,
        inside,
        cues,
        n,
        phrase,
        pointing: pointing !== undefined,
        resolved: resolved !== undefined,
        speaker,
        mention,
        apposition,
        firstComma,
        base,
      },
      statement,
      found,
      book,
      context,
    );
  });
  return found;
}

/** The tokens of the sentence before `sentence` in its paragraph, if there is one. */
function previousTokens(model: TextModel, sentence: Sentence): readonly Token[] | undefined {
  const previous = model.sentences[sentenceAt(model.sentences, sentence.paragraph, sentence.start - 1)];
  return previous && previous.paragraph === sentence.paragraph && previous.end <= sentence.start
    ? previous.tokens
    : undefined;
}

/** "Das erklärte ein Sprecher.": a demonstrative before the cue points back to the previous sentence. */
function demonstrativeBack(model: TextModel, sentence: Sentence, cue: Cue): QuotedPart | undefined {
  const first = sentence.tokens[0];
  if (cue.index !== 1 || !first || !NEUTER_POINTING_BACK.has(first.lower)) return undefined;
  const index = sentenceAt(model.sentences, sentence.paragraph, sentence.start - 1);
  const previous = model.sentences[index];
  if (!previous || previous.end > sentence.start || previous.paragraph !== sentence.paragraph)
    return undefined;
  return { paragraph: previous.paragraph, start: previous.start, end: previous.end };
}

/**
 * Whether `later` is a speech verb in the Konjunktiv I ("bekenne", "fordere") second in a main clause after a comma
 * that follows `cue`: the finite verb of the clause that reports what `cue`'s speaker said. The clause opens with
 * its subject (an article, a pronoun, a noun or a name), not with "wie", "was" or "dass", which make it a
 * subordinate clause of its own.
 */
function reportedAfterComma(tokens: readonly Token[], cue: Cue, later: Cue): boolean {
  const verb = tokens[later.index] as Token;
  if (later.participle || verb.lower !== later.verb.konjunktiv) return false;
  let comma = -1;
  for (let k = cue.index + 1; k < later.index; k++) if ((tokens[k] as Token).text === ',') comma = k;
  const opener = tokens[comma + 1];
  return (
    comma >= 0 &&
    opener !== undefined &&
    (opener.capital || DETERMINERS.has(opener.lower) || CLAUSE_SUBJECT_PRONOUNS.has(opener.lower))
  );
}
