/**
 * Parenthetical appositions between commas: "einige Länder, insbesondere Ungarn und Polen, haben …", "der Verband,
 * vor allem sein Vorsitzender, hat …", "Die Verbände, darunter der ADAC, kritisierten …". An apposition names,
 * narrows or gives examples of the noun before it and holds no verb, so it does not end the clause: the finite
 * auxiliary before it and the participle after it belong together, and the noun before it is still the subject.
 */
import { isAdjective } from './noun-phrases';
import { APPOSITION_INTRODUCERS } from '../lexicon/adverbs';
import { COORDINATORS } from '../lexicon/conjunctions';
import { DETERMINERS } from '../lexicon/nouns';
import type { Token } from '../text/tokens';

/** Most words an apposition holds after its introducer: a few coordinated names or one noun phrase. */
const MOST_MEMBER_WORDS = 8;

/** An apposition between two commas, by token indices into the sentence. */
export interface Apposition {
  /** The comma that opens it. */
  open: number;
  /** The comma that closes it. */
  close: number;
  /** The first word after its introducer ("Ungarn" in ", insbesondere Ungarn und Polen,"). */
  members: number;
  /**
   * Whether an introducer opens it: then it names members or examples of the noun before it; without one it
   * names the same thing again ("Die Partei, die Hamas,", "Anna Berger, Leiterin des Amts,").
   */
  introduced: boolean;
}

/** How many tokens of an introducer ("insbesondere", "vor allem") stand at `at`; 0 when none does. */
function introducerLength(tokens: readonly Token[], at: number): number {
  const one = tokens[at]?.lower ?? '';
  const two = `${one} ${tokens[at + 1]?.lower ?? ''}`;
  if (APPOSITION_INTRODUCERS.includes(two)) return 2;
  return APPOSITION_INTRODUCERS.includes(one) ? 1 : 0;
}

/**
 * Whether `tokens[from..to)` is a noun phrase or a coordination of them and nothing else: capitalised words,
 * determiners, numbers, "und"/"oder"/"sowie", and lower-case adjectives before a noun ("die ostdeutschen Länder").
 */
function onlyNounPhrases(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MOST_MEMBER_WORDS) return false;
  let capitals = 0;
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    if (!token.word) return false;
    if (token.capital) capitals++;
    const beforeNoun = isAdjective(token.lower) && (tokens[k + 1]?.capital ?? false);
    const fits =
      token.capital ||
      /^\d/.test(token.text) ||
      DETERMINERS.has(token.lower) ||
      (COORDINATORS.has(token.lower) && k > from && k < to - 1) ||
      beforeNoun;
    if (!fits) return false;
  }
  return capitals > 0;
}

/**
 * The apposition between the commas at `open` and `close`: an introducer and noun phrases, or, with no introducer,
 * a noun phrase that opens with an article or a capital ("der Chef des Amts", "Ungarn und Polen").
 */
function appositionBetween(tokens: readonly Token[], open: number, close: number): Apposition | undefined {
  const introducer = introducerLength(tokens, open + 1);
  const members = open + 1 + introducer;
  return onlyNounPhrases(tokens, members, close)
    ? { open, close, members, introduced: introducer > 0 }
    : undefined;
}

/** The apposition that the comma at `close` closes, if it closes one. */
export function appositionClosedBy(tokens: readonly Token[], close: number): Apposition | undefined {
  if (tokens[close]?.text !== ',') return undefined;
  for (let k = close - 1; k >= 0 && close - k <= MOST_MEMBER_WORDS + 3; k--) {
    const token = tokens[k] as Token;
    if (token.text === ',') return appositionBetween(tokens, k, close);
    if (!token.word) return undefined;
  }
  return undefined;
}
