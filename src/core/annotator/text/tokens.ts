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
  /** The word form this token is an occurrence of: shared by every token of the same text in a pass. */
  form: WordForm;
}

/**
 * What a pass knows of one word form (one `Token.text`), shared by all its occurrences: the answers of the word
 * tests of the speaker rules (name, role, group, speaking noun; see `speakers/word-classes.ts`), which depend on
 * the text alone, so that each test runs once per form of a pass, however many tokens and rules ask.
 */
export interface WordForm {
  readonly text: string;
  readonly lower: string;
  /** Bits of `speakers/word-classes.ts`. Starts at 0. */
  classes: number;
}

/**
 * The word forms of one pass by their text: {@link tokenize} gives every token of the same text the same form (and
 * the same `text` and `lower` strings). Made by the caller for one text and dropped with it.
 */
export type WordForms = Map<string, WordForm>;

const JOINERS = "-‐‑’'";

/**
 * Tokenises `text.slice(from, to)`; offsets stay relative to `text`. Linear in the length of the range. Tokens of
 * the same text share their {@link WordForm} from `forms`, which a pass passes for all its sentences.
 */
export function tokenize(text: string, from = 0, to = text.length, forms: WordForms = new Map()): Token[] {
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
      tokens.push(makeToken(formOf(forms, text.slice(i, end)), i, end, true));
      i = end;
    } else if (code === 32 || code === 9 || code === 0xa0 || code === 10 || code === 13) {
      i++;
    } else {
      tokens.push(makeToken(formOf(forms, text.slice(i, i + 1)), i, i + 1, false));
      i++;
    }
  }
  return tokens;
}

function formOf(forms: WordForms, value: string): WordForm {
  let form = forms.get(value);
  if (!form) {
    form = { text: value, lower: value.toLowerCase(), classes: 0 };
    forms.set(value, form);
  }
  return form;
}

function makeToken(form: WordForm, start: number, end: number, word: boolean): Token {
  const first = form.text[0] as string;
  return {
    text: form.text,
    lower: form.lower,
    start,
    end,
    word,
    capital: word && first !== first.toLowerCase(),
    form,
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
