/**
 * Words and punctuation of a stretch of text, with their offsets: the unit the cue, speaker and date rules work on.
 */
import { isWordChar } from './sentences';

/** A word ("US-Verteidigungsminister", "13", "geht’s") or a single punctuation character. */
export interface Token {
  text: string;
  /** `text` in lower case, for lexicon look-ups. */
  lower: string;
  /** Half-open UTF-16 offsets into the text that was tokenised (a paragraph). */
  start: number;
  end: number;
  /** Whether this is a word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Whether the word starts with a capital letter. */
  capital: boolean;
  /**
   * What the speaker rules have found out about this word so far (name, role, group, speaking noun; see
   * `speakers/word-classes.ts`): each test runs once per token of a pass, however many rules ask. Starts at 0.
   */
  classes: number;
}

const JOINERS = "-‐‑’'";

/** Tokenises `text.slice(from, to)`; offsets stay relative to `text`. Linear in the length of the range. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      let end = i + 1;
      for (;;) {
        while (end < to && isWordChar(text.charCodeAt(end))) end++;
        if (end + 1 < to && JOINERS.includes(text[end] as string) && isWordChar(text.charCodeAt(end + 1))) {
          end++;
          continue;
        }
        break;
      }
      tokens.push(makeToken(text, i, end, true));
      i = end;
    } else if (code === 32 || code === 9 || code === 0xa0 || code === 10 || code === 13) {
      i++;
    } else {
      tokens.push(makeToken(text, i, i + 1, false));
      i++;
    }
  }
  return tokens;
}

function makeToken(text: string, start: number, end: number, word: boolean): Token {
  const value = text.slice(start, end);
  const first = value[0] as string;
  return {
    text: value,
    lower: value.toLowerCase(),
    start,
    end,
    word,
    capital: word && first !== first.toLowerCase(),
    classes: 0,
  };
}

/** The index of the first token that starts at or after `offset` (`tokens.length` if none). Binary search. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
