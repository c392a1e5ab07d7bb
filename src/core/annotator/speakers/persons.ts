/**
 * Persons the text names with a role ("Umweltminister Jonas Keller", "Jonas Keller, der zuständige Minister,"),
 * noted in the speaker book as the pass reads, so that a later "er", "sie" or "der Minister" can refer to them.
 */
import { PRONOUNS } from '../lexicon/nouns';
import type { TextModel } from '../model';
import { insideQuotes } from '../text/text-model';
import type { Token } from '../text/tokens';
import { isNameToken, isRoleToken } from './naming-words';
import type { SpeakerBook } from './speaker-book';

/**
 * A sentence's tokens before its first "er"/"sie" (or pronoun of the lexicon) and from it on. Persons named after
 * the pronoun cannot be what it refers to, so they are noted only after the sentence is read.
 */
export function splitAtPronoun(tokens: readonly Token[]): [readonly Token[], readonly Token[]] {
  const pronoun = tokens.findIndex((t) => PRONOUNS.has(t.lower));
  const split = pronoun < 0 ? tokens.length : pronoun;
  return [tokens.slice(0, split), tokens.slice(split)];
}

/**
 * Records persons named after a role noun ("Umweltminister Jonas Keller") or before an apposition with one ("Jonas
 * Keller, der zuständige Minister,") for later pronouns.
 */
export function notePersons(
  model: TextModel,
  paragraph: number,
  tokens: readonly Token[],
  book: SpeakerBook,
): void {
  const inside = insideQuotes(model, paragraph);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    const role = appositiveRole(tokens, i);
    if (role && !inside(token)) {
      book.notePerson(role.name.map((t) => t.text).join(' '), role.role.text, role.name);
      i += role.name.length - 1;
      continue;
    }
    if (!isRoleToken(token) || inside(token)) continue;
    let j = i + 1;
    if (tokens[j]?.text === ',') j++;
    let end = j;
    while (end < tokens.length && end - j < 4 && isNameToken(tokens[end] as Token)) end++;
    if (end > j) {
      book.notePerson(
        tokens
          .slice(j, end)
          .map((t) => t.text)
          .join(' '),
        token.text,
        tokens.slice(i, end),
      );
      i = end - 1;
    }
  }
}

/**
 * "Jonas Keller, der zuständige Minister, …", "Anna Berg, Sprecherin des Amts": two or more name tokens at `at`,
 * then a comma and, within a few words, a role noun.
 */
function appositiveRole(tokens: readonly Token[], at: number): { name: Token[]; role: Token } | undefined {
  if (at > 0 && isNameToken(tokens[at - 1] as Token)) return undefined;
  let end = at;
  while (end < tokens.length && end - at < 4 && isNameToken(tokens[end] as Token)) end++;
  if (end - at < 2 || tokens[end]?.text !== ',') return undefined;
  for (let k = end + 1; k < tokens.length && k - end <= 9; k++) {
    const token = tokens[k] as Token;
    if (!token.word) return undefined;
    if (isRoleToken(token)) return { name: tokens.slice(at, end), role: token };
  }
  return undefined;
}
