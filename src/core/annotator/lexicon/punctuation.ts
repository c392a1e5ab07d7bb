/**
 * Quotation marks and other punctuation that ends a clause or a phrase.
 */

export const QUOTE_MARKS: ReadonlySet<string> = new Set(['„', '“', '”', '"', '»', '«']);

export const OPENING_MARKS: ReadonlySet<string> = new Set(['„', '»', '"', '“']);

export const CLOSING_MARKS: ReadonlySet<string> = new Set(['“', '”', '«', '"']);

export const CLAUSE_ENDS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '„',
  '“',
  '”',
  '"',
  '»',
  '«',
  '(',
  ')',
  '–',
]);

/** Marks after which a demonstrative takes up the clause before them: "…, das sagte X", "… – das meint X". */
export const RESUMPTION_MARKS: ReadonlySet<string> = new Set([',', '–', '—', '-']);

/** Marks that set off an apposition: "der Anwalt, Paul Weber,", "der Anwalt – Paul Weber –". */
export const APPOSITION_MARKS: ReadonlySet<string> = new Set([',', '–', '—']);

/** Tokens that may close a noun phrase without being capitalised: a parenthesis or a closing quotation mark. */
export const PHRASE_CLOSERS: ReadonlySet<string> = new Set([')', '“', '”', '"', '«']);

/**
 * Marks that bound a clause within a sentence, for the tense of a date's clause: a tense marker counts only in the
 * clause of the date.
 */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '–',
  '—',
  '„',
  '“',
  '"',
  '«',
  '»',
]);

/** Marks that end a sentence: a quoted passage holding one is speech, not a name inside a clause. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Dashes that set off the writer's words after a clause ("…, ihre Häuser zu verlassen – die Hälfte davon …"). */
export const DASHES: ReadonlySet<string> = new Set(['–', '—']);
