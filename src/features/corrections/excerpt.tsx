/** The start of a quote's words for a bar at the bottom of the window: at most 80 characters, cut with "…". */
export const excerpt = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** A quotation mark at the start of words (German, English, French and straight ones, double and single). */
const OPENING_MARK = /^\s*["'«»‚‘’„“”‹›]/u;
/**
 * A quotation mark at the end of words, before any closing punctuation ("aus“," of a selection): not the straight
 * or curly apostrophe (’), which ends words such as "Hans’" as often as it closes a quotation.
 */
const CLOSING_MARK = /["«»‘“”‹›][\s!),.:;?…]*$/u;

/** Whether `words` begin or end with quotation marks of their own (a direct quote, a selection over one). */
export const carriesQuotationMarks = (words: string): boolean =>
  OPENING_MARK.test(words) || CLOSING_MARK.test(words);

/**
 * Words shown in a bar as a quotation in `lang`: in the quotation marks of a `<q>`, unless they carry their own,
 * which a `<q>` would double („„…““).
 */
export function QuotedWords({ words, lang }: { words: string; lang: string | undefined }) {
  return carriesQuotationMarks(words) ? <span lang={lang}>{words}</span> : <q lang={lang}>{words}</q>;
}
