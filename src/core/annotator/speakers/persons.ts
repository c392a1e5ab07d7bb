/**
 * Persons the text names with a role ("Umweltminister Jonas Keller", "Jonas Keller, der zuständige Minister,"),
 * noted in the speaker book as the pass reads, so that a later "er", "sie" or "der Minister" can refer to them.
 */
import { GENITIVE_ARTICLES, POSSESSIVES } from '../lexicon/articles';
import { DETERMINERS, PRONOUNS } from '../lexicon/nouns';
import { MEMBER_NAMED_BODIES } from '../lexicon/group-nouns';
import { isAdjective, isPreposition } from '../grammar/noun-phrases';
import { endsWithAny } from '../lexicon/endings';
import { APPOSITION_MARKS } from '../lexicon/punctuation';
import type { TextModel } from '../model';
import { insideQuotes } from '../text/text-model';
import type { Token } from '../text/tokens';
import { isNameToken, isRoleToken, roleGenderAt } from './naming-words';
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
  const opening = openingName(tokens);
  if (opening && !inside(opening[0] as Token)) book.mentionedAgain(opening);
  const after = subjectAfterVerb(tokens);
  if (after && !inside(after)) book.mentionedAgain([after]);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    const role = appositiveRole(tokens, i);
    if (role && !inside(token)) {
      book.notePerson(role.name.map((t) => t.text).join(' '), role.role.text, role.name);
      i += role.name.length - 1;
      continue;
    }
    if (inside(token) || !(isRoleToken(token) || memberBefore(tokens, i))) continue;
    let j = genitiveAttributeEnd(tokens, i + 1);
    if (APPOSITION_MARKS.has(tokens[j]?.text ?? '')) j++;
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
        true,
        roleGenderAt(tokens, i),
      );
      i = end - 1;
    }
  }
}

/**
 * "Sportvorstand Max Eberl", "Betriebsrat Jens Roth": a body whose members are called as it is, right before a first
 * name and a surname, is that person's role (see `named-phrases.ts`).
 */
function memberBefore(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  return (
    token.capital &&
    endsWithAny(token.lower, MEMBER_NAMED_BODIES) &&
    isNameToken(tokens[at + 1] as Token) &&
    tokens[at + 2] !== undefined &&
    isNameToken(tokens[at + 2] as Token)
  );
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

/** How many words a genitive attribute between a role noun and its apposition may hold ("der Familie"). */
const GENITIVE_REACH = 3;

/**
 * "der Anwalt der Familie, Paul Weber", "dem Sprecher des Vereins – Jonas Keller –", "die Ministerin von
 * Sachsen-Anhalt, Eva Feldmann": a genitive attribute (or one with "von") may stand between a role noun and the
 * name in apposition to it. The index after the attribute when a comma or a
 * dash follows it, else `at` (no attribute).
 */
function genitiveAttributeEnd(tokens: readonly Token[], at: number): number {
  const opener = tokens[at]?.lower ?? '';
  // "die Kultusministerin von Sachsen-Anhalt, Eva Feldmann": "von" with a place or group does the genitive's work
  const von = opener === 'von' || opener === 'vom';
  if (!GENITIVE_ARTICLES.has(opener) && !POSSESSIVES.has(opener) && !von) return at;
  for (let k = at + 1; k < tokens.length && k - at <= GENITIVE_REACH; k++) {
    const token = tokens[k] as Token;
    if (APPOSITION_MARKS.has(token.text)) return k > at + 1 ? k : at;
    if (!token.word) return at;
  }
  return at;
}

/**
 * "Auch an die Verbraucher stellte Grupp Forderungen": a lone name right after the finite verb of a sentence that
 * opens with another phrase is its subject, whom a later "er" or "seiner" takes up. The verb is the first
 * lower-case word after the opening phrase that is no article, preposition or adjective after one of them.
 */
function subjectAfterVerb(tokens: readonly Token[]): Token | undefined {
  let attributive = false;
  for (let k = 1; k + 1 < tokens.length && k < SUBJECT_AFTER_VERB_REACH; k++) {
    const token = tokens[k] as Token;
    if (!token.word) return undefined;
    // "an die neuen Verbraucher": an adjective stands after an article, a preposition or another adjective
    const adjective: boolean = attributive && !token.capital && isAdjective(token.lower);
    attributive = DETERMINERS.has(token.lower) || isPreposition(token.lower) || adjective;
    if (token.capital || attributive) continue;
    const next = tokens[k + 1] as Token;
    return isNameToken(next) ? next : undefined;
  }
  return undefined;
}

/** How far into a sentence its finite verb may stand after a fronted phrase ("Auch an die Verbraucher stellte"). */
const SUBJECT_AFTER_VERB_REACH = 7;

/** How many words a name at a sentence's start may have ("Anna Maria Berger"). */
const OPENING_NAME_REACH = 3;

/**
 * "Hecking selbst gab sich …", "Anna Berger sprach …": the name tokens a sentence opens with, when a word follows
 * them that is no comma (an apposition's role is {@link appositiveRole}'s) and no further name.
 */
function openingName(tokens: readonly Token[]): readonly Token[] | undefined {
  let end = 0;
  while (end < tokens.length && end < OPENING_NAME_REACH && isNameToken(tokens[end] as Token)) end++;
  const next = tokens[end];
  if (end === 0 || !next?.word || isNameToken(next)) return undefined;
  return tokens.slice(0, end);
}
