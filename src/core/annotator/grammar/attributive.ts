/**
 * Verb forms that stand as adjectives: between an article and its noun a word is an adjective, however much it
 * looks like a speech verb ("den verdächtigen Mann", "in einer kurz zuvor veröffentlichten Mitteilung").
 */
import { DETERMINERS } from '../lexicon/nouns';
import type { Token } from '../text/tokens';
import { endsClauseAt } from './clause-ends';

/**
 * "der verdächtige Koffer", "die verdächtigen Personen": a word between an article and its noun inside a clause
 * is an adjective, however much it looks like a verb form.
 */
export function attributive(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const next = tokens[index + 1];
  // "Das berichtete die Zeitung": a demonstrative that opens its clause stands for an object, not an article.
  if (!before || !next?.word || !next.capital) return false;
  // "in einer kurz zuvor veröffentlichten Meldung", "eine lange geforderte Reform": adverbs may stand between them.
  let det = index - 1;
  while (
    det > index - 3 &&
    det > 0 &&
    !DETERMINERS.has((tokens[det] as Token).lower) &&
    adverbLike(tokens[det] as Token)
  )
    det--;
  const opensClause = det < 1 || endsClauseAt(tokens, det - 1);
  return !opensClause && DETERMINERS.has((tokens[det] as Token).lower);
}

/** A lower-case word that may stand between an article and an adjective: "gestern", "oft", "nicht". */
const adverbLike = (token: Token): boolean => token.word && !token.capital && token.lower !== 'zu';
