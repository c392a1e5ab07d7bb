/**
 * Whom a speaker spoke to, where it follows the speaker's phrase: "sagte Paul Roth der Zeitung". German writes the
 * dative "der" like the genitive "der", so a phrase after a name or a role is the addressee, not an attribute that
 * belongs to the speaker's phrase, where the phrase before cannot own it.
 */
import { FEMININE_MEDIUM_ENDINGS, MEDIUM_ROLE_ENDINGS } from '../lexicon/group-nouns';
import { endsWithAny } from '../lexicon/endings';
import { OPENING_MARKS } from '../lexicon/punctuation';
import { isCollectiveToken, isNameToken, isRoleToken } from '../speakers/naming-words';
import type { Token } from '../text/tokens';

/**
 * Whether the article at `at`, after the phrase from `start`, opens whom the speaker spoke to. "sagte Paul Roth der
 * Zeitung", "sagte Ministerin Eva Lang dem Sender": a person's name takes no genitive after it, so "der" or "dem"
 * there opens the dative. A person's name: two name words, or a name after a role ("Ministerin Lang"). After a role
 * alone, see {@link addresseeAfterRole}.
 */
export function addresseeAt(tokens: readonly Token[], start: number, at: number): boolean {
  const article = (tokens[at] as Token).lower;
  if (article !== 'der' && article !== 'dem') return addresseeAfterRole(tokens, at);
  // "sagte Palla der Süddeutschen Zeitung": a surname alone owns no medium either
  if (at - start < 2) return addresseeAfterRole(tokens, at) || mediumAfterName(tokens, start, at);
  const name = tokens[at - 1] as Token;
  const before = tokens[at - 2] as Token;
  return (
    (isNameToken(name) && !isCollectiveToken(name) && (isNameToken(before) || isRoleToken(before))) ||
    addresseeAfterRole(tokens, at)
  );
}

/**
 * "sagte der 61-Jährige der Zeitung", "sagte die Ministerin der „Rundschau“": a person's role owns no medium, so
 * "der" and a medium after it is the dative of whom they spoke to — unless the role is one a medium has ("der
 * Chefredakteur der Zeitung", `MEDIUM_ROLE_ENDINGS`).
 */
function addresseeAfterRole(tokens: readonly Token[], at: number): boolean {
  const role = tokens[at - 1];
  if (tokens[at]?.lower !== 'der' || !role || !isRoleToken(role)) return false;
  return mediumAt(tokens, at + 1) && !endsWithAny(role.lower, MEDIUM_ROLE_ENDINGS);
}

/**
 * "sagte Palla der Süddeutschen Zeitung": one name word (no group's) and "der" and a medium — the dative of whom the
 * person spoke to, as after two name words.
 */
function mediumAfterName(tokens: readonly Token[], start: number, at: number): boolean {
  const name = tokens[start] as Token;
  return (
    at - start === 1 &&
    tokens[at]?.lower === 'der' &&
    isNameToken(name) &&
    !isCollectiveToken(name) &&
    mediumAt(tokens, at + 1)
  );
}

/** How many adjectives may stand before a medium's noun ("der Süddeutschen Zeitung", "der Neuen Zürcher Zeitung"). */
const MEDIUM_ADJECTIVES = 2;

/**
 * Whether a medium's name opens at `at`: a quotation mark ("der „Rundschau“"), or a noun for a medium, after up to
 * two capitalised adjectives in "-en" or "-er" ("Süddeutschen", "Frankfurter").
 */
function mediumAt(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first) return false;
  if (OPENING_MARKS.has(first.text)) return true;
  for (let k = at; k < tokens.length && k - at <= MEDIUM_ADJECTIVES; k++) {
    const token = tokens[k] as Token;
    if (!token.capital) return false;
    if (endsWithAny(token.lower, FEMININE_MEDIUM_ENDINGS)) return true;
    if (!token.lower.endsWith('en') && !token.lower.endsWith('er')) return false;
  }
  return false;
}
