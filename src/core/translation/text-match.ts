/**
 * Finding a phrase's translation inside its sentence's translation, and the clause to fall back on when it cannot
 * be found. Every function works on UTF-16 offsets, half-open ranges, and never returns an empty range.
 */

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/** Quotation marks of the languages the reader meets (German „…“ ‚…‘, English “…” ‘…’, French «…» ‹…›, plain). */
const QUOTATION_MARKS = '„“”‚‘’"\'«»‹›';
/** Punctuation English puts inside a closing quotation mark (“…harbour,”), so a span may reach over it. */
const INNER_PUNCTUATION = ',.;:!?…';
/** Where a sentence is cut into clauses for an approximate span. */
const CLAUSE_BREAKS = ',;:–—()[]' + QUOTATION_MARKS;

const WORD = /[\p{L}\p{N}]/u;

export function isQuotationMark(ch: string | undefined): boolean {
  return ch !== undefined && QUOTATION_MARKS.includes(ch);
}

export function isWordCharacter(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/**
 * The same text with every quotation mark as `"`, every space as ` `, and letters in lower case, one UTF-16 unit
 * for one: offsets into the result are offsets into the input. (A letter whose lower case is longer, such as
 * "İ", is kept as it is.)
 */
export function normalizeForSearch(text: string): string {
  let out = '';
  for (const ch of text) {
    if (isQuotationMark(ch)) out += '"';
    else if (/\s/u.test(ch)) out += ch.length === 1 ? ' ' : ch;
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

/** `range` without the characters at either end that are not letters or digits; `undefined` if none is. */
export function wordsWithin(text: string, range: TextRange): TextRange | undefined {
  let { start, end } = range;
  while (start < end && !isWordCharacter(text[start])) start++;
  while (end > start && !isWordCharacter(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * Where `phrase` occurs in `text` as whole words, comparing without case and with every kind of quotation mark
 * alike; the phrase's own leading and trailing punctuation is ignored (a translator may add a full stop to a
 * fragment). Of several occurrences, the one nearest `near` (a position in `text` from 0 to 1, where the phrase
 * stood in the original sentence) wins. `undefined` when it does not occur.
 */
export function findPhrase(text: string, phrase: string, near: number): TextRange | undefined {
  const core = wordsWithin(phrase, { start: 0, end: phrase.length });
  if (!core) return undefined;
  const needle = normalizeForSearch(phrase.slice(core.start, core.end));
  const haystack = normalizeForSearch(text);
  let best: TextRange | undefined;
  let bestDistance = Infinity;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (isWordCharacter(text[at - 1]) || isWordCharacter(text[end])) continue;
    const distance = Math.abs((at + end) / 2 / Math.max(text.length, 1) - near);
    if (distance < bestDistance) {
      best = { start: at, end };
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * `range` grown over the quotation marks around it in `text`: on the left an opening mark just before it, on the
 * right a closing mark just after it, reaching over the punctuation English sets inside the marks. Only on the
 * sides the original span had marks (`left`, `right`).
 */
export function withQuotationMarks(
  text: string,
  range: TextRange,
  sides: { left: boolean; right: boolean },
): TextRange {
  let { start, end } = range;
  if (sides.left && isQuotationMark(text[start - 1])) start--;
  if (sides.right) {
    let after = end;
    while (after < text.length && INNER_PUNCTUATION.includes(text[after] as string)) after++;
    if (isQuotationMark(text[after])) end = after + 1;
  }
  return { start, end };
}

/**
 * The clause of `text` (cut at commas, semicolons, colons, dashes, brackets and quotation marks) at `near` (0 to 1),
 * trimmed to its words: where a phrase most likely went when its words cannot be found. The whole text, trimmed,
 * when that clause has no words; `undefined` only when the text has none.
 */
export function clauseAt(text: string, near: number): TextRange | undefined {
  const position = Math.min(text.length - 1, Math.max(0, Math.floor(near * text.length)));
  const clauses: TextRange[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || CLAUSE_BREAKS.includes(text[i] as string)) {
      const words = wordsWithin(text, { start, end: i });
      if (words) clauses.push(words);
      start = i + 1;
    }
  }
  let best: TextRange | undefined;
  let bestDistance = Infinity;
  for (const clause of clauses) {
    const distance =
      position < clause.start
        ? clause.start - position
        : position >= clause.end
          ? position - clause.end + 1
          : 0;
    if (distance < bestDistance) {
      best = clause;
      bestDistance = distance;
    }
  }
  return best ?? wordsWithin(text, { start: 0, end: text.length });
}
