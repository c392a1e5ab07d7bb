/**
 * "letzterer" and "ersterer": the last and the first of a pair named just before. "…zwischen Kiew und Moskau, wobei
 * letztere den Plan als Ursache nannte": "letztere" is Moskau. The pair is the nearest "A und B" (or "oder") before
 * the word in its sentence, or the last one of the sentence before.
 */
import { type Cue } from '../grammar/cues';
import { clauseStartBefore } from '../grammar/clause-subjects';
import { isAdjective } from '../grammar/noun-phrases';
import { FORMER, LATTER } from '../lexicon/articles';
import { COORDINATORS, SUBORDINATORS_AND_RELATIVES } from '../lexicon/conjunctions';
import { DETERMINERS } from '../lexicon/nouns';
import type { Token } from '../text/tokens';

/** How far before "letztere" the pair is looked for, in tokens. */
const PAIR_REACH = 40;

/** A subject that names its speaker elsewhere: the words of the mention, and the words that name the speaker. */
export interface PointingSubject {
  mention: Token[];
  names: Token[];
}

/** The capitalised words of a conjunct that ends right before `end` ("Moskau", "die Slowakei" gives "Slowakei"). */
function conjunctBefore(tokens: readonly Token[], end: number): Token[] {
  let start = end;
  while (start > 0 && (tokens[start - 1] as Token).capital && (tokens[start - 1] as Token).word) start--;
  return tokens.slice(start, end);
}

/** The capitalised words of a conjunct that starts at `start`, behind an article and adjectives. */
function conjunctAt(tokens: readonly Token[], start: number): Token[] {
  let from = start;
  if (DETERMINERS.has(tokens[from]?.lower ?? '')) from++;
  while (tokens[from] && !(tokens[from] as Token).capital && isAdjective((tokens[from] as Token).lower))
    from++;
  let to = from;
  while (tokens[to]?.capital && tokens[to]?.word) to++;
  return tokens.slice(from, to);
}

/** The nearest pair "A und B" in `tokens` before `index`, as its two conjuncts. */
function pairBefore(tokens: readonly Token[], index: number): [Token[], Token[]] | undefined {
  for (let k = index - 1; k > 0 && index - k <= PAIR_REACH; k--) {
    if (!COORDINATORS.has((tokens[k] as Token).lower)) continue;
    const first = conjunctBefore(tokens, k);
    const second = conjunctAt(tokens, k + 1);
    if (first.length > 0 && second.length > 0) return [first, second];
  }
  return undefined;
}

/**
 * The words naming what "letztere"/"erstere" at `index` refers to: in the nearest pair before it in its sentence,
 * else in the previous sentence (`previous`, its tokens); `undefined` when no pair stands before it.
 */
export function pairReferent(
  tokens: readonly Token[],
  index: number,
  previous: () => readonly Token[] | undefined = () => undefined,
): Token[] | undefined {
  const word = tokens[index]?.lower ?? '';
  if (!LATTER.has(word) && !FORMER.has(word)) return undefined;
  const before = previous();
  const pair = pairBefore(tokens, index) ?? (before ? pairBefore(before, before.length) : undefined);
  return pair ? pair[LATTER.has(word) ? 1 : 0] : undefined;
}

/**
 * "…, wobei letztere … nannte", "Letzterer sagte …": a cue whose subject is "letztere"/"erstere", at the start of
 * its clause or right after the word that opens it; the mention is the word, the speaker the conjunct it refers to.
 */
export function pairSubject(
  tokens: readonly Token[],
  cue: Cue,
  previous?: () => readonly Token[] | undefined,
): PointingSubject | undefined {
  let start = clauseStartBefore(tokens, cue.index);
  if (SUBORDINATORS_AND_RELATIVES.has(tokens[start]?.lower ?? '')) start++;
  const candidates = [start, cue.index + 1];
  for (const at of candidates) {
    const names = at < tokens.length ? pairReferent(tokens, at, previous) : undefined;
    if (names) return { mention: [tokens[at] as Token], names };
  }
  return undefined;
}
