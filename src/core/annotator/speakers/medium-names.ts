/**
 * The name of the medium that relays a quotation (`./relay.ts`), found in the tokens of the cue's clause: a web
 * address ("beispiel.de"), a name in quotation marks ("„Kurier“") or a noun phrase ("die Frankfurter Rundschau"),
 * and the name a speaker gets from it.
 */
import { nounPhrase } from '../grammar/noun-phrases';
import { DETERMINERS, STOP_WORDS } from '../lexicon/nouns';
import { NOT_MEDIA } from '../lexicon/group-nouns';
import { CLOSING_MARKS, OPENING_MARKS } from '../lexicon/punctuation';
import type { Token } from '../text/tokens';

/** A noun phrase naming a medium at `start`, inside `[start, to)`: no time or manner phrase. */
export function mediumAfter(tokens: readonly Token[], start: number, to: number): Token[] | undefined {
  const phrase = mediumAt(tokens, start, to);
  const head = phrase?.find((t) => t.word && t.capital && !DETERMINERS.has(t.lower));
  if (phrase && head && (NOT_MEDIA.has(head.lower) || head.lower === 'worten')) return undefined;
  return phrase;
}

/**
 * The name of a medium at `start`, inside `[start, to)`: a web address ("beispiel.de"), a name in quotation marks
 * ("„beispiel.de“", "„Kurier“") or a noun phrase ("die Zeitung „Kurier“"). A phrase is cut after a quoted name
 * that a name follows: in "zitiert die „Rundschau“ Paul Abel" the person quoted comes next.
 */
export function mediumAt(tokens: readonly Token[], start: number, to: number): Token[] | undefined {
  const first = tokens[start];
  if (!first) return undefined;
  const address = webAddressEnd(tokens, start);
  if (address !== undefined) return address <= to ? tokens.slice(start, address) : undefined;
  if (OPENING_MARKS.has(first.text)) {
    for (let k = start + 1; k < to && k - start <= 8; k++) {
      if (CLOSING_MARKS.has((tokens[k] as Token).text))
        return k > start + 1 ? tokens.slice(start, k + 1) : undefined;
    }
    return undefined;
  }
  if (!opensPhrase(first)) return undefined;
  const phrase = phraseBefore(tokens, start, to);
  if (!phrase) return undefined;
  const close = phrase.findIndex((t, i) => i > 0 && CLOSING_MARKS.has(t.text) && phrase[i + 1]?.capital);
  return close > 0 ? phrase.slice(0, close + 1) : phrase;
}

/** The end of a web address written without spaces at `start` ("beispiel.de", "news.example.co.uk"). */
function webAddressEnd(tokens: readonly Token[], start: number): number | undefined {
  let k = start;
  while (
    tokens[k]?.word &&
    tokens[k + 1]?.text === '.' &&
    tokens[k + 2]?.word &&
    (tokens[k] as Token).end === (tokens[k + 1] as Token).start &&
    (tokens[k + 1] as Token).end === (tokens[k + 2] as Token).start &&
    k - start < 8
  )
    k += 2;
  return k > start && /^\p{Ll}{2,6}$/u.test(tokens[k]?.text ?? '') ? k + 1 : undefined;
}

/** A noun phrase at `start` that ends before `to`. */
export function phraseBefore(tokens: readonly Token[], start: number, to: number): Token[] | undefined {
  const phrase = nounPhrase(tokens, start, tokens[to]);
  if (!phrase) return undefined;
  const end = start + phrase.length;
  if (end <= to) return phrase;
  return to > start ? phrase.slice(0, to - start) : undefined;
}

/** Whether `token` can open a noun phrase naming someone: a determiner, or a capitalised word that is no stop word. */
export function opensPhrase(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.word &&
    (DETERMINERS.has(token.lower) || (token.capital && !STOP_WORDS.has(token.lower)))
  );
}

/** "Frankfurter Rundschau" for "Die Frankfurter Rundschau", "Kurier" for "der „Kurier“". */
export function mediumName(text: string, phrase: readonly Token[]): string {
  let first = 0;
  while (first < phrase.length - 1 && DETERMINERS.has((phrase[first] as Token).lower)) first++;
  const start = (phrase[first] as Token).start;
  const end = (phrase[phrase.length - 1] as Token).end;
  return text
    .slice(start, end)
    .replace(/["„“”»«]/gu, '')
    .trim();
}
