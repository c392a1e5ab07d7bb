/** What a token says as part of a date: a month name, a year, a number of so many digits. */
import { MONTHS } from '../lexicon/abbreviations';
import type { Token } from '../text/tokens';

/**
 * A month name written out, with a capital ("März", "Sept"), or `undefined`. Three-letter short forms ("Jan",
 * "Apr") are skipped, as they are names and words too often; "Mai" is the month's full name.
 */
export function monthOf(token: Token | undefined): number | undefined {
  if (!token?.capital || (token.lower.length <= 3 && token.lower !== 'mai')) return undefined;
  return MONTHS.get(token.lower);
}

export function yearValue(token: Token | undefined): number | undefined {
  if (!token || !digits(token, 4, 4)) return undefined;
  const value = Number(token.text);
  return value >= 1000 && value <= 2199 ? value : undefined;
}

/** Whether a token is all digits, between `min` and `max` of them. */
export function digits(token: Token, min: number, max: number): boolean {
  const { text } = token;
  if (text.length < min || text.length > max) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether two tokens touch, with no space between them. */
export function joined(a: Token, b: Token): boolean {
  return a.end === b.start;
}
