/**
 * Scoring quote detection against hand annotation: predicted and gold quotes are matched one to one by the
 * characters they share (greedy, best overlap first), and a pair counts when the shared characters cover at
 * least half of each quote (`overlap`) or when both cover exactly the same characters (`exact`).
 */

import { DETERMINERS, STOP_WORDS } from '../lexicon/nouns';

/** A half-open range `[start, end)` of UTF-16 offsets into the article text. */
export type Range = readonly [number, number];

/** A quote to score: its ranges, its type in the gold scheme, and who speaks. */
export interface ScoredQuote {
  spans: readonly Range[];
  /** `Direct`, `Indirect`, `IndirectFreeIndirect`, `FreeIndirect` or `Reported`. */
  type: string;
  /** Where the speaker is mentioned (gold: the speaker span; predicted: the mention). */
  speakerSpans: readonly Range[];
  /** The predicted speaker's canonical name, compared with the gold speaker's text. */
  speakerName?: string | null;
}

/** How two quotes must agree to be a match. */
export type Criterion = 'overlap' | 'exact';

/** Counts for precision and recall. */
export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

function length(spans: readonly Range[]): number {
  return spans.reduce((sum, [s, e]) => sum + Math.max(0, e - s), 0);
}

/** Characters two sets of ranges share. Ranges within one set are assumed not to overlap. */
export function sharedCharacters(a: readonly Range[], b: readonly Range[]): number {
  let shared = 0;
  for (const [as, ae] of a)
    for (const [bs, be] of b) shared += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return shared;
}

function sameCharacters(a: readonly Range[], b: readonly Range[]): boolean {
  const key = (spans: readonly Range[]): string =>
    [...spans]
      .filter(([s, e]) => e > s)
      .sort((x, y) => x[0] - y[0])
      .map(([s, e]) => `${s}-${e}`)
      .join(',');
  return key(a) === key(b);
}

/** Whether two quotes match under `criterion`. */
export function matches(a: readonly Range[], b: readonly Range[], criterion: Criterion): boolean {
  if (criterion === 'exact') return sameCharacters(a, b);
  const shared = sharedCharacters(a, b);
  return shared > 0 && shared * 2 >= Math.max(length(a), length(b));
}

/**
 * One-to-one matching, best overlap first. Returns pairs of indices `[predicted, gold]`. Among pairs that overlap
 * equally well, those for which `agrees` says the speaker is right come first: a quotation annotated twice with
 * the same spans (once for the person, once for the medium that relays it) is then paired by speaker, not by the
 * order in which the annotations happen to be listed.
 */
export function matchQuotes(
  predicted: readonly ScoredQuote[],
  gold: readonly ScoredQuote[],
  criterion: Criterion,
  agrees?: (predicted: number, gold: number) => boolean,
): [number, number][] {
  const candidates: { p: number; g: number; score: number; agree: number }[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      if (!matches(p.spans, g.spans, criterion)) return;
      const score = sharedCharacters(p.spans, g.spans) / Math.max(length(p.spans), length(g.spans), 1);
      candidates.push({ p: pi, g: gi, score, agree: agrees?.(pi, gi) ? 1 : 0 });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || y.agree - x.agree || x.p - y.p || x.g - y.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { p, g } of candidates) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    pairs.push([p, g]);
  }
  return pairs;
}

/**
 * Whether the predicted speaker is right: its mention overlaps the gold speaker span, or its name shares a word
 * with the gold speaker's text (`goldSpeakerText`) other than an article, a determiner or a preposition ("die Stadt"
 * is not "die Sprecherin"; until 6 December such a word counted, and two train speakers were right by it). A quote the gold leaves unattributed is right when the
 * prediction is unattributed too.
 */
export function speakerAgrees(predicted: ScoredQuote, gold: ScoredQuote, goldSpeakerText: string): boolean {
  if (gold.speakerSpans.length === 0) return predicted.speakerName == null;
  if (predicted.speakerSpans.length > 0 && sharedCharacters(predicted.speakerSpans, gold.speakerSpans) > 0)
    return true;
  const name = predicted.speakerName;
  if (!name) return false;
  const goldWords = new Set(
    goldSpeakerText
      .toLowerCase()
      .split(/[^\p{L}\d-]+/u)
      .map((w) => w.replace(/s$/, '')),
  );
  return name
    .toLowerCase()
    .split(/\s+/)
    .some(
      (word) =>
        word.length > 2 &&
        !DETERMINERS.has(word) &&
        !STOP_WORDS.has(word) &&
        goldWords.has(word.replace(/s$/, '')),
    );
}

/** Precision, recall and F1 from counts; 0 where undefined. */
export function f1(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted === 0 ? 0 : counts.truePositives / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.truePositives / counts.gold;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
