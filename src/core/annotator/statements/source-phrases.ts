/**
 * The source a frame names: the phrase after "laut" when it is no ordinary noun phrase (a web address, a quoted
 * name), the source noun after "nach" ("nach Angaben", "nach einer Studie"), the phrase before "zufolge".
 */
import { isAdjective, nounPhrase } from '../grammar/noun-phrases';
import { DETERMINERS } from '../lexicon/nouns';
import { isSpeakingNoun } from '../speakers/animacy';
import { isCollectiveToken, isRoleToken, isSourceNoun } from '../speakers/naming-words';
import type { Token } from '../text/tokens';

/**
 * "laut ndr.de", "laut ai-Bericht", "laut „tagesschau.de“": a source in lower case that no noun phrase covers — a
 * web address (words joined by full stops with no space), a compound with a capitalised part, or a quoted name.
 */
export function lowerCaseSource(tokens: readonly Token[], at: number): Token[] | undefined {
  const first = tokens[at];
  // A quoted name: "laut „tagesschau.de“".
  if (first?.text === '„' || first?.text === '»') {
    const closing = first.text === '„' ? '“' : '«';
    for (let k = at + 1; k < tokens.length && k - at <= 8; k++)
      if (tokens[k]?.text === closing) return k > at + 1 ? tokens.slice(at, k + 1) : undefined;
    return undefined;
  }
  if (!first?.word) return undefined;
  if (/-\p{Lu}/u.test(first.text)) return [first];
  let end = at + 1;
  while (
    tokens[end]?.text === '.' &&
    tokens[end + 1]?.word &&
    (tokens[end - 1] as Token).end === (tokens[end] as Token).start &&
    (tokens[end] as Token).end === (tokens[end + 1] as Token).start
  )
    end += 2;
  return end > at + 1 ? tokens.slice(at, end) : undefined;
}

/** "nach Angaben", "nach einer neuen Studie": the index of the source noun within three words after "nach". */
export function sourceNounAfter(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at + 1; k < tokens.length && k <= at + 3; k++) {
    const token = tokens[k] as Token;
    if (isSourceNoun(token)) return k;
    if (!token.word || (token.capital && k > at + 1)) return undefined;
  }
  return undefined;
}

/** Walking back from "zufolge": nouns, determiners, and adjectives that follow a determiner. */
export function isPhraseToken(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (!token.word) return false;
  if (token.capital || DETERMINERS.has(token.lower)) return true;
  return isAdjective(token.lower) && DETERMINERS.has(tokens[k - 1]?.lower ?? '');
}

/**
 * The last document or statement the tokens name ("aus dem Urteil", "in einer Studie des Instituts"): a noun that
 * can be quoted from but is no person, role or group, with its article and adjectives. "Demnach" at the start of
 * the next sentence points back to it.
 */
export function documentNamedIn(tokens: readonly Token[]): Token[] | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (!isSpeakingNoun(token) || isRoleToken(token) || isCollectiveToken(token)) continue;
    let start = k;
    while (start > 0 && k - start < 4) {
      const before = tokens[start - 1] as Token;
      if (!DETERMINERS.has(before.lower) && !(isAdjective(before.lower) && !before.capital)) break;
      start--;
    }
    return nounPhrase(tokens, start) ?? [token];
  }
  return undefined;
}
