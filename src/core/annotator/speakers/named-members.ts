/**
 * A subject with an apposition that names its members: "einige Mitgliedstaaten, insbesondere Ungarn und die
 * Slowakei, haben ihre Ablehnung geäußert", "Mehrere Verbände, darunter der ADAC, kritisierten …". The members named
 * are the ones the text reports on, so they are the speaker — several of them as one group, under the words that
 * name them ("Ungarn und die Slowakei") — and the mention is the whole phrase.
 */
import { appositionClosedBy } from '../grammar/appositions';
import { clauseStartBefore } from '../grammar/clause-subjects';
import { type Cue } from '../grammar/cues';
import { nounPhrase } from '../grammar/noun-phrases';
import { COORDINATORS } from '../lexicon/conjunctions';
import { DETERMINERS } from '../lexicon/nouns';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import type { Resolution, SpeakerEntity } from '../model';
import type { Token } from '../text/tokens';
import type { PointingSubject } from './anaphora-latter';
import type { SpeakerBook } from './speaker-book';

/**
 * The subject of `cue` when it is a noun phrase with a member apposition right before the verb ("Einige Länder,
 * darunter Polen, kritisierten") or before the clause that holds the verb's object ("haben einige Länder, darunter
 * Polen, Bedenken geäußert").
 */
export function membersSubject(tokens: readonly Token[], cue: Cue): PointingSubject | undefined {
  const close = clauseStartBefore(tokens, cue.index) - 1;
  const apposition = appositionClosedBy(tokens, close);
  if (!apposition?.introduced) return undefined;
  const afterClose = tokens[close + 1] as Token;
  // The verb, or its finite auxiliary, right after the apposition; or a participle whose auxiliary stands before.
  const verbNext = cue.index === close + 1 || (cue.participle && FINITE_AUXILIARIES.has(afterClose.lower));
  let from = clauseStartBefore(tokens, apposition.open);
  if (!verbNext) {
    if (!cue.participle) return undefined;
    // "Obwohl …, haben einige Länder, …": the subject follows the finite auxiliary that opens its clause.
    const auxiliary = tokens.slice(from, apposition.open).findIndex((t) => FINITE_AUXILIARIES.has(t.lower));
    if (auxiliary < 0) return undefined;
    from += auxiliary + 1;
  }
  const first = tokens[from];
  if (!first || !(DETERMINERS.has(first.lower) || first.capital)) return undefined;
  if (nounPhrase(tokens, from, tokens[apposition.open])?.length !== apposition.open - from) return undefined;
  return {
    mention: tokens.slice(from, apposition.close),
    names: tokens.slice(apposition.members, apposition.close),
  };
}

/**
 * The speaker named by `names`: several members joined by "und"/"oder" are one group ("Ungarn und die Slowakei"),
 * one member is resolved as any phrase is, or else taken as a group of its own.
 */
export function resolveNames(
  book: SpeakerBook,
  names: readonly Token[],
): { speaker: SpeakerEntity; how: Resolution } | undefined {
  const words = DETERMINERS.has(names[0]?.lower ?? '') ? names.slice(1) : names;
  const group = (): { speaker: SpeakerEntity; how: Resolution } => ({
    speaker: book.collective(words.map((t) => t.text).join(' ')),
    how: 'collective',
  });
  // A member of a group that speaks can speak ("Mehrere Verbände, darunter der Mieterbund,"), known or not.
  return names.some((t) => COORDINATORS.has(t.lower)) ? group() : (book.resolve(names) ?? group());
}
