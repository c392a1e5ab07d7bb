/**
 * The kind a quote marked by hand is offered first, from its words: a person who selects „Wir bauen den Hafen“
 * marks a direct quote, one who selects words without quotation marks most likely reported speech.
 */
import type { QuoteKind } from './schema';

/**
 * Marks that open a quotation: German „…“ and »…«, its inner ‚…‘ and ›…‹, and a typewriter's "…". (English “ and
 * Swiss « are left out: in German text they close a quotation.)
 */
const OPENING_MARKS = new Set(['„', '»', '"', '‚', '›']);

/**
 * Marks that close a quotation: German “ « ‘ ‹, the ” many German texts close „ with, and a typewriter's ".
 * The typographic apostrophe ’ is left out: `Klaus’` ends with it and is no quotation.
 */
const CLOSING_MARKS = new Set(['“', '”', '«', '‘', '‹', '"']);

/**
 * `'direct'` when `words` (white space at either end aside) begin with an opening quotation mark or end with a
 * closing one, else `'indirect'`: the kind to offer for a quote marked by hand until the person chooses one.
 */
export function kindOfWords(words: string): Extract<QuoteKind, 'direct' | 'indirect'> {
  const trimmed = words.trim();
  return OPENING_MARKS.has(trimmed.at(0) ?? '') || CLOSING_MARKS.has(trimmed.at(-1) ?? '')
    ? 'direct'
    : 'indirect';
}
