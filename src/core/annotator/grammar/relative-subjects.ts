/**
 * The subject of a cue in a relative clause whose relative pronoun is that subject: "Ägypten, das vorschlug, …",
 * "ein Kommentar, der dem Komitee vorwirft, …", "Stimmen, die der Regierung vorwerfen, …". The pronoun stands for
 * the noun phrase right before the comma, and that phrase is who speaks, however many nouns stand between the
 * pronoun and the verb.
 */
import { canSpeak } from '../speakers/animacy';
import { isAdjective } from './noun-phrases';
import type { Cue } from './cues';
import { DETERMINERS } from '../lexicon/nouns';
import {
  CLAUSE_SUBJECT_PRONOUNS,
  MASCULINE_OR_NEUTER_ARTICLES,
  NOMINATIVE_RELATIVES,
  NOT_NOMINATIVE,
  OBJECT_PRONOUNS,
  PLURAL_RELATIVES,
  SINGULAR_ARTICLES,
} from '../lexicon/articles';
import type { Token } from '../text/tokens';

/** How many words an antecedent may have before its comma: an article, adjectives, a role and a name. */
const ANTECEDENT_WORDS = 6;

/**
 * The antecedent, the comma and the relative pronoun ("Ägypten , das") when the cue's clause opens at
 * `clauseStart` with a relative pronoun that is its subject, and the antecedent can speak; otherwise `undefined`.
 * The mention keeps the pronoun, since a reader (and the hand annotation) may link either; `SpeakerBook.resolve`
 * names the speaker from the antecedent.
 */
export function relativeSubject(
  tokens: readonly Token[],
  clauseStart: number,
  cue: Cue,
): Token[] | undefined {
  const pronoun = tokens[clauseStart];
  if (tokens[clauseStart - 1]?.text !== ',' || !pronoun || !NOMINATIVE_RELATIVES.has(pronoun.lower))
    return undefined;
  const start = antecedentStart(tokens, clauseStart - 1);
  if (start === undefined || !canSpeak(tokens.slice(start, clauseStart - 1))) return undefined;
  // "ein Kommentar, der …": after a masculine or neuter article, "der" can only be the masculine nominative
  const masculine = pronoun.lower === 'der' && MASCULINE_OR_NEUTER_ARTICLES.has(tokens[start]?.lower ?? '');
  if (!masculine && !pronounIsSubject(tokens, clauseStart, cue)) return undefined;
  return tokens.slice(start, clauseStart + 1);
}

/**
 * Whether the relative pronoun at `at` is the subject of its clause: the verb follows it at once ("…, der sagte"),
 * or what follows it cannot be a subject — an adverb or a preposition ("…, der bei der Sitzung vorschlug"), a
 * dative, accusative or reflexive ("…, die dem Minister vorwarf", "…, das sich … äußerte") — or a singular
 * phrase before a plural verb ("Stimmen, die der Regierung vorwerfen"). Before a nominative phrase or a subject
 * pronoun ("…, den er vorschlug", "…, die der Minister forderte") the pronoun is an object.
 */
function pronounIsSubject(tokens: readonly Token[], at: number, cue: Cue): boolean {
  const next = tokens[at + 1];
  if (!next || at + 1 === cue.index) return next !== undefined;
  if (NOT_NOMINATIVE.has(next.lower) || OBJECT_PRONOUNS.has(next.lower)) return true;
  if (CLAUSE_SUBJECT_PRONOUNS.has(next.lower)) return false;
  if (DETERMINERS.has(next.lower) || next.capital || !next.word) {
    const verb = tokens[cue.index] as Token;
    return (
      PLURAL_RELATIVES.has((tokens[at] as Token).lower) &&
      SINGULAR_ARTICLES.has(next.lower) &&
      !cue.participle &&
      verb.lower.endsWith('en')
    );
  }
  return !/^\d/.test(next.text);
}

/**
 * Where the noun phrase that ends right before the comma at `comma` starts: a capitalised noun or name, with the
 * capitalised words, adjectives and the article before it ("eine Resolution", "der Minister Paul Weber");
 * `undefined` when a lower-case word stands before the comma ("…, anwesend, der").
 */
function antecedentStart(tokens: readonly Token[], comma: number): number | undefined {
  const noun = tokens[comma - 1];
  if (!noun?.word || !noun.capital) return undefined;
  let start = comma - 1;
  let adjective = false;
  for (let k = comma - 2; k >= 0 && comma - k <= ANTECEDENT_WORDS; k--) {
    const token = tokens[k] as Token;
    if (!token.word) break;
    if (DETERMINERS.has(token.lower)) return k;
    // an adjective belongs to the phrase only between its article and its noun
    if (token.capital && !adjective) start = k;
    else if (!token.capital && isAdjective(token.lower)) adjective = true;
    else break;
  }
  return start;
}
