/**
 * A relative clause that gives what a report says: "Berichte, wonach der Minister zurücktreten wolle", "Gerüchte,
 * nach denen der Sänger krank war". "wonach" after a comma is a relative adverb of content ("according to
 * which"), whatever stands before it — a noun ("die Meldung, wonach …") or the verb that closes its clause ("hat
 * Berichte zurückgewiesen, wonach …"); "nach denen", "nach der", "nach welchem" mean the same only after a noun
 * that has a content (a statement, a study, a poll: `STATEMENT_NOUNS`, `CONTENT_NOUNS`), not after "die Pause,
 * nach der …", where "nach" is temporal. "laut" and "gemäß" with a relative pronoun ("ein Gutachten, laut dem …")
 * always name the source of what follows.
 */
import { endsAsCompound } from '../lexicon/endings';
import { CONTENT_NOUNS, CONTENT_RELATIVES } from '../lexicon/statement-nouns';
import type { Token } from '../text/tokens';
import { endsClause } from '../grammar/clause-ends';
import { nounPhrase } from '../grammar/noun-phrases';
import { isPhraseToken } from './source-phrases';
import { isStatementNoun, statementEnd } from './noun-cues';

/** A content relative clause: its cue, its first and (exclusive) last token, and the phrase naming its source. */
export interface ContentRelative {
  cue: Token[];
  start: number;
  end: number;
  phrase: Token[];
}

/** How far back from the comma the noun whose content the clause gives may stand ("Umfragen im Land, nach denen"). */
const NOUN_REACH = 6;

/** The content relative clause that "wonach", "nach", "laut" or "gemäß" opens at `tokens[at]`, if it is one. */
export function contentRelativeAt(tokens: readonly Token[], at: number): ContentRelative | undefined {
  const token = tokens[at] as Token;
  if (tokens[at - 1]?.text !== ',') return undefined;
  const comma = at - 1;
  const pronoun = token.lower === 'wonach' ? undefined : tokens[at + 1];
  if (pronoun && !CONTENT_RELATIVES.has(pronoun.lower)) return undefined;
  const start = pronoun ? at + 2 : at + 1;
  if (!tokens[start]?.word) return undefined;
  const noun = contentNounBefore(tokens, comma);
  // "laut dem", "gemäß dem" name a source whatever the noun; "nach dem" only after a noun with a content.
  if (token.lower === 'nach' && noun === undefined) return undefined;
  // "…, laut der Agentur, festgenommen": an article with its noun phrase, closed by a comma, is no relative clause.
  const phrase = pronoun ? nounPhrase(tokens, at + 1) : undefined;
  const afterPhrase = phrase ? tokens[at + 1 + phrase.length] : undefined;
  if (phrase && (!afterPhrase || endsClause(afterPhrase))) return undefined;
  let k = quotedNameBefore(tokens, comma) ?? comma;
  while (k > 0 && comma - k < 5 && isPhraseToken(tokens, k - 1)) k--;
  return {
    cue: pronoun ? [token, pronoun] : [token],
    start,
    end: statementEnd(tokens, start),
    phrase: k < comma ? tokens.slice(k, comma) : noun !== undefined ? [tokens[noun] as Token] : [token],
  };
}

/** How many tokens a quoted name closing the phrase before the comma may hold, its marks included. */
const QUOTED_NAME_REACH = 8;

/**
 * A quoted name closes the noun phrase it names ("ein Bericht der Agentur „Nordfunk“, wonach …"): the index of its
 * opening mark when the comma follows the closing one, so the phrase goes on before it.
 */
function quotedNameBefore(tokens: readonly Token[], comma: number): number | undefined {
  const closing = tokens[comma - 1]?.text;
  const opening = closing === '“' ? '„' : closing === '«' ? '»' : undefined;
  if (!opening) return undefined;
  for (let k = comma - 2; k >= 0 && comma - k <= QUOTED_NAME_REACH; k--) {
    const text = (tokens[k] as Token).text;
    if (text === opening) return k < comma - 2 ? k : undefined;
    if (text === closing || text === ',') return undefined;
  }
  return undefined;
}

/** A noun with a content among the few words before the comma, in the same clause; its index. */
function contentNounBefore(tokens: readonly Token[], comma: number): number | undefined {
  const before = quotedNameBefore(tokens, comma) ?? comma;
  for (let k = before - 1; k >= 0 && before - k <= NOUN_REACH; k--) {
    const token = tokens[k] as Token;
    if (!token.word) return undefined;
    if (isStatementNoun(token) || hasContent(token)) return k;
  }
  return undefined;
}

function hasContent(token: Token): boolean {
  if (!token.capital) return false;
  return endsAsCompound(token.lower, CONTENT_NOUNS);
}
