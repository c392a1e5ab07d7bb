/**
 * Insertions a clause goes on after: an apposition between commas ("gab am Montag, dem 3. März, die Einstellung
 * bekannt", "teilte der Sprecher, Paul Weber, mit"), a parenthesis ("der Organisation (HRW)"), a quoted name
 * ("teilte das „Nordsee Institut“ mit") and a relative clause ("geht aus einer Meldung, die am Montag erschien,
 * hervor"). The particle of a separable verb ends its clause after all of them. Every scan is bounded to a few tokens.
 */
import { APPOSITION_ARTICLES, RELATIVE_PRONOUNS } from '../lexicon/articles';
import { APPOSITION_ATTRIBUTE_WORDS } from '../lexicon/prepositions';
import { LIST_CONJUNCTIONS } from '../lexicon/conjunctions';
import { CLOSING_MARKS, OPENING_MARKS } from '../lexicon/punctuation';
import type { Token } from '../text/tokens';

/** How many tokens an apposition between commas may hold: "dem 3. März", "der Chef des Amts". */
const APPOSITION_REACH = 8;
/** How many tokens a parenthesis may hold: "(SPD)", "(Ortszeit)", "(Ergänzung d. Red.)". */
const PARENTHESIS_REACH = 8;
/** How many tokens a relative clause between commas may hold before the clause it belongs to goes on. */
const RELATIVE_REACH = 16;

/**
 * When `tokens[at]` opens an insertion that the clause goes on after, the index of the token that closes it (the
 * second comma, the closing parenthesis or quotation mark); otherwise undefined.
 */
export function insertionEnd(tokens: readonly Token[], at: number): number | undefined {
  const token = tokens[at];
  if (token?.text === '(') return parenthesisEnd(tokens, at);
  if (token && OPENING_MARKS.has(token.text)) return quotedPhraseEnd(tokens, at);
  if (token?.text !== ',') return undefined;
  return appositionEnd(tokens, at) ?? nameEnd(tokens, at) ?? relativeEnd(tokens, at) ?? listComma(tokens, at);
}

/** How many words may follow a list's comma before its "und" or "oder" ("Verkehr, Infrastruktur und Tourismus"). */
const LIST_REACH = 4;

/**
 * "dem Minister für Verkehr, Infrastruktur und Tourismus vor": a comma between two nouns that a later "und" or
 * "oder" joins to a last one lists them, inside the clause; the comma itself (its index) is all that is skipped.
 */
function listComma(tokens: readonly Token[], comma: number): number | undefined {
  if (!tokens[comma - 1]?.capital || !tokens[comma + 1]?.capital) return undefined;
  for (let k = comma + 2; k < tokens.length && k - comma <= LIST_REACH + 1; k++) {
    const token = tokens[k] as Token;
    if (LIST_CONJUNCTIONS.has(token.lower)) return tokens[k + 1]?.capital ? comma : undefined;
    if (token.text !== ',' && !token.capital) return undefined;
  }
  return undefined;
}

/**
 * A date or a noun phrase with an article ("dem 3. März", "der Chef des Amts") and no verb, closed by another
 * comma within a few tokens.
 */
function appositionEnd(tokens: readonly Token[], comma: number): number | undefined {
  const first = tokens[comma + 1];
  if (!first || !APPOSITION_ARTICLES.has(first.lower)) return undefined;
  for (let k = comma + 2; k < tokens.length && k - comma <= APPOSITION_REACH; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',') return k > comma + 2 ? k : undefined;
    const fits = token.word
      ? token.capital || /^\d/.test(token.text) || APPOSITION_ATTRIBUTE_WORDS.has(token.lower)
      : token.text === '.';
    if (!fits) return undefined;
  }
  return undefined;
}

/** A name between commas: capitalised words only ("der Sprecher, Paul Weber, teilte … mit"). */
function nameEnd(tokens: readonly Token[], comma: number): number | undefined {
  for (let k = comma + 1; k < tokens.length && k - comma <= 4; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',') return k > comma + 1 ? k : undefined;
    if (!token.word || !token.capital) return undefined;
  }
  return undefined;
}

/**
 * A relative clause between commas: a relative pronoun after the comma and, since the verb of a relative clause
 * stands last, a comma after a lower-case word within a few tokens ("…, die am Montag erschien, …"). Before a
 * capitalised word the pronoun is an article: "…, der Plan sei zu teuer, …" is a clause of its own.
 */
function relativeEnd(tokens: readonly Token[], comma: number): number | undefined {
  if (!RELATIVE_PRONOUNS.has(tokens[comma + 1]?.lower ?? '') || tokens[comma + 2]?.capital) return undefined;
  for (let k = comma + 2; k < tokens.length && k - comma <= RELATIVE_REACH; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',') return tokens[k - 1]?.word && !tokens[k - 1]?.capital ? k : undefined;
    if (!token.word && token.text !== '.' && token.text !== '-') return undefined;
  }
  return undefined;
}

/** The closing parenthesis of the one opened at `open`. */
function parenthesisEnd(tokens: readonly Token[], open: number): number | undefined {
  for (let k = open + 1; k < tokens.length && k - open <= PARENTHESIS_REACH; k++) {
    const text = (tokens[k] as Token).text;
    if (text === ')') return k;
    if (text === '(') return undefined;
  }
  return undefined;
}

/** How many tokens a quoted phrase inside a clause may hold: „Heiligen Krieg“, „volle Unterstützung“. */
const QUOTED_PHRASE_REACH = 8;

/**
 * "rief die Mitglieder zum „heißen Herbst“ auf", "teilte das „Space Institute“ mit": a short quoted phrase or name
 * with no punctuation of its own is a phrase of the clause, which goes on after it to the particle of its verb. A
 * quotation with a comma or a full stop in it is speech of its own, not a phrase. The index of the closing mark.
 */
function quotedPhraseEnd(tokens: readonly Token[], open: number): number | undefined {
  for (let k = open + 1; k < tokens.length && k - open <= QUOTED_PHRASE_REACH; k++) {
    const token = tokens[k] as Token;
    if (token.word) continue;
    return CLOSING_MARKS.has(token.text) && k > open + 1 ? k : undefined;
  }
  return undefined;
}

/**
 * Walking back through a clause, the mirror of {@link insertionEnd} for the insertions with marks of their own: when
 * `tokens[close]` closes a parenthesis ("hat Anna Berg (SPD) gefordert") or a short quoted phrase ("wird vom Amt als
 * „sehr hoch“ eingestuft"), the index of the token that opens it; otherwise undefined. The clause goes on before it.
 */
export function insertionStart(tokens: readonly Token[], close: number): number | undefined {
  const token = tokens[close];
  if (token?.text === ')') return parenthesisOpening(tokens, close);
  if (!token || !CLOSING_MARKS.has(token.text)) return undefined;
  for (let k = close - 1; k >= 0 && close - k <= QUOTED_PHRASE_REACH; k--) {
    const inner = tokens[k] as Token;
    if (inner.word) continue;
    return OPENING_MARKS.has(inner.text) && k < close - 1 ? k : undefined;
  }
  return undefined;
}

/** The opening parenthesis of the one closed at `close`. */
function parenthesisOpening(tokens: readonly Token[], close: number): number | undefined {
  for (let k = close - 1; k >= 0 && close - k <= PARENTHESIS_REACH; k--) {
    const text = (tokens[k] as Token).text;
    if (text === '(') return k;
    if (text === ')') return undefined;
  }
  return undefined;
}

/**
 * The index before `k` in a walk back through a clause, past an insertion that closes right before `k`
 * ({@link insertionStart}): `for (let j = stepBack(tokens, i); …; j = stepBack(tokens, j))`.
 */
export function stepBack(tokens: readonly Token[], k: number): number {
  const start = insertionStart(tokens, k - 1);
  return start === undefined ? k - 1 : start - 1;
}
