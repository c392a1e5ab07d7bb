/**
 * Which words name someone: a person's name ("Berger", "van Laak"), a role ("Generalsekretär", "des Sprechers"), an
 * organisation or a place speaking as a group ("Polizei", "Moskau"). Word tests over the lexicon in `lexicon/nouns.ts`.
 */
import { endsAsCompound } from '../lexicon/endings';
import { MONTHS } from '../lexicon/abbreviations';
import { KONJUNKTIV_I, KONJUNKTIV_II } from '../lexicon/konjunktiv';
import { DETERMINERS, NOUN_ENDINGS, PRONOUNS, SHARE_NOUNS, STOP_WORDS } from '../lexicon/nouns';
import {
  EITHER_GENDER_ROLE_ENDINGS,
  FEMININE_ROLE_ENDINGS,
  ROLE_ENDINGS,
  ROLE_WORDS,
  isDemonym,
  SURNAME_ROLES,
} from '../lexicon/person-nouns';
import { ORGANISATION_ENDINGS, PLACES } from '../lexicon/group-nouns';
import { endsWithAny } from '../lexicon/endings';
import { NOMINATIVE_DETERMINERS_BY_GENDER } from '../lexicon/articles';
import type { Token } from '../text/tokens';
import { SOURCE_NOUN_ENDINGS, SOURCE_NOUNS } from '../lexicon/statement-nouns';
import { classOf, WordClass } from './word-classes';
import { SENTENCE_ADVERBS } from '../lexicon/adverbs';
import { ATTITUDES } from '../lexicon/adjectives';

/**
 * Adverbs that open a sentence, capitalised there, and never name anyone: "Derzeit", "Ursprünglich", and the
 * adverbs of time formed from a plural noun and "-lang" or from "Frist" ("Monatelang", "Langfristig").
 */
const ADVERB = /(?:lich|weise|mals|wärts|dings|falls|wärtig|zeitig|mäßig|isch|fristig|[^l]e[n]?lang)$/;

/** "Daraus", "Darauf", "Hierzu", "Worüber": a preposition joined to "da", "hier" or "wo". */
const PRONOMINAL_ADVERB =
  /^(?:da|dar|hier|wo|wor)(?:aus|an|auf|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$/;

/** Whether a token can be part of a name: capitalised, and not an article, role, organisation or common noun. */
export function isNameToken(token: Token): boolean {
  return token.word && token.capital && classOf(token, WordClass.name, nameToken);
}

const nameToken = (token: Token): boolean => nameWord(token.text, token.lower);

function nameWord(text: string, lower: string): boolean {
  if (
    DETERMINERS.has(lower) ||
    STOP_WORDS.has(lower) ||
    PRONOUNS.has(lower) ||
    SHARE_NOUNS.has(lower) ||
    (MONTHS.has(lower) && lower.length > 3) ||
    SENTENCE_ADVERBS.has(lower) ||
    ATTITUDES.has(lower) ||
    KONJUNKTIV_I.has(lower) ||
    KONJUNKTIV_II.has(lower) ||
    PRONOMINAL_ADVERB.test(lower) ||
    (ADVERB.test(lower) && text !== text.toUpperCase())
  )
    return false;
  // "Kinder-" of "Kinder- und Jugendärzte": the first part of a compound, no name
  if (/^\d/.test(lower) || lower.endsWith('-')) return false;
  if (roleWord(lower) || isOrganisation(lower)) return false;
  return !endsWithAny(lower, NOUN_ENDINGS) || text === text.toUpperCase();
}

/**
 * Whether `words[k]`, a role noun that is a common surname too ({@link SURNAME_ROLES}) or a capitalised word spelled
 * like a Konjunktiv verb ("Reiche", "Sorge", "Wolle"; no verb is capitalised inside a sentence), is a surname: right
 * after a first name ("Anna Richter", "Katherina Reiche"), which takes no article and is no group ("Spaniens
 * König", "ein Moskauer Richter"), and before no other name ("König Felipe" is a role).
 */
export function surnameAt(words: readonly Token[], k: number): boolean {
  const word = words[k];
  const first = words[k - 1];
  const next = words[k + 1];
  return (
    word !== undefined &&
    first !== undefined &&
    (SURNAME_ROLES.has(word.lower) || verbLikeSurname(word)) &&
    isNameToken(first) &&
    !isCollectiveToken(first) &&
    !DETERMINERS.has(words[k - 2]?.lower ?? '') &&
    !(next !== undefined && isNameToken(next))
  );
}

/** A capitalised word that a Konjunktiv form is spelled like: "Reiche" (reiche), "Sorge" (sorge). */
function verbLikeSurname(word: Token): boolean {
  return word.capital && (KONJUNKTIV_I.has(word.lower) || KONJUNKTIV_II.has(word.lower));
}

/** Whether a token is a role noun such as "Generalsekretär" or "US-Verteidigungsminister". */
export function isRoleToken(token: Token): boolean {
  return token.word && token.capital && classOf(token, WordClass.role, roleToken);
}

const roleToken = (token: Token): boolean => roleWord(token.lower);

/** Whether a lower-cased word is a role noun, also in the genitive, a weak form or a feminine the lexicon lacks. */
export function roleWord(lower: string): boolean {
  if (endsWithAny(lower, ROLE_ENDINGS)) return true;
  const dash = lower.lastIndexOf('-');
  if (ROLE_WORDS.has(dash < 0 ? lower : lower.slice(dash + 1)) || isDemonym(lower)) return true;
  // the genitive and the weak forms: "des Sprechers", "eines Abgeordneten", "dem Präsidenten"; the feminine
  // "Reporterin" of a role whose feminine the lexicon does not list
  const stem = lower.endsWith('s')
    ? lower.length - 1
    : lower.endsWith('en') || lower.endsWith('in')
      ? lower.length - 2
      : 0;
  if (stem > 3 && (endsWithAny(lower, ROLE_ENDINGS, stem) || endsWithAny(lower, ROLE_ENDINGS, stem, 'e')))
    return true;
  // the feminine with an umlaut of a role the lexicon lists without one: "Landrätin" of "Landrat"
  return lower.endsWith('in') && stem > 3 && endsWithAny(withoutUmlaut(lower.slice(0, stem)), ROLE_ENDINGS);
}

/** A word with its umlauts as plain vowels: "landrät" → "landrat". */
export function withoutUmlaut(word: string): string {
  return word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
}

/**
 * The grammatical gender of a role noun, which a pronoun must agree with: `f` for a feminine in "-in" ("Ministerin",
 * "Landrätin") or a woman's role ("Mutter"), `undefined` for one that names either ("Vorsitzende", "Mitglied"), else
 * `m` ("Minister", "Sprecher").
 */
export function roleGender(role: string): 'f' | 'm' | undefined {
  const lower = role.toLowerCase();
  if (endsWithAny(lower, FEMININE_ROLE_ENDINGS) || (lower.endsWith('in') && roleWord(lower))) return 'f';
  if (endsWithAny(lower, EITHER_GENDER_ROLE_ENDINGS) || !roleWord(lower)) return undefined;
  return 'm';
}

/**
 * Whether a noun phrase names several people by its article alone: a masculine role noun after "die" ("die
 * Minister", "Die Kanadier", "die zuständigen Ermittler") is a plural, whatever verb goes with it.
 */
export function pluralByArticle(words: readonly Token[]): boolean {
  if (words[0]?.lower !== 'die') return false;
  const noun = words.find((t, i) => i > 0 && t.capital);
  const between = noun ? words.slice(1, words.indexOf(noun)) : [];
  return (
    noun !== undefined &&
    between.every((t) => !t.capital && t.word && !DETERMINERS.has(t.lower)) &&
    isRoleToken(noun) &&
    roleGender(noun.text) === 'm'
  );
}

/**
 * The gender a role noun that names either ("Vorsitzende", "Abgeordnete") shows where it stands as a subject, in the
 * nominative singular: by its strong ending ("ein Vorsitzender", "Abgeordneter Jan Roth": a man) or by the
 * determiner before its weak ending ("der Vorsitzende" a man, "die" or "eine Vorsitzende" a woman). `undefined` in
 * other cases ("des Vorsitzenden", "die Vorsitzenden") and for a role of one gender, which `roleGender` gives.
 */
export function roleGenderByForm(determiner: string | undefined, role: string): 'f' | 'm' | undefined {
  const lower = role.toLowerCase();
  if (lower.endsWith('er') && endsWithAny(lower.slice(0, -1), EITHER_GENDER_ROLE_ENDINGS)) return 'm';
  if (!lower.endsWith('e') || !endsWithAny(lower, EITHER_GENDER_ROLE_ENDINGS)) return undefined;
  return determiner === undefined
    ? undefined
    : NOMINATIVE_DETERMINERS_BY_GENDER.get(determiner.toLowerCase());
}

/**
 * {@link roleGenderByForm} of the role noun at `at` in `tokens`, with the determiner before it or before one
 * adjective before it ("der neue Vorsitzende").
 */
export function roleGenderAt(tokens: readonly Token[], at: number): 'f' | 'm' | undefined {
  const before = tokens[at - 1];
  const determiner =
    before && !before.capital && !NOMINATIVE_DETERMINERS_BY_GENDER.has(before.lower)
      ? tokens[at - 2]
      : before;
  return roleGenderByForm(determiner?.lower, (tokens[at] as Token).text);
}

/**
 * A role noun in the genitive after "des" or "eines" in its nominative ("Sprechers" → "Sprecher", "Vorsitzes" is no
 * role and stays); `undefined` when the word is no such genitive.
 */
export function roleNominative(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const ending of ['es', 's']) {
    const stem = lower.length - ending.length;
    if (lower.endsWith(ending) && stem > 3 && endsWithAny(lower, ROLE_ENDINGS, stem))
      return word.slice(0, stem);
  }
  return undefined;
}

/**
 * An organisation noun in the genitive after "des" or "eines" in its nominative ("Ministeriums" → "Ministerium",
 * "Verbandes" → "Verband", "Bundestags" → "Bundestag"); `undefined` when the word is no such genitive.
 */
export function organisationNominative(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const ending of ['es', 's']) {
    const stem = lower.length - ending.length;
    if (lower.endsWith(ending) && stem >= 3 && endsWithAny(lower, ORGANISATION_ENDINGS, stem))
      return word.slice(0, stem);
  }
  return undefined;
}

/** Whether a token names a group speaking as one: "Regierung", "Polizei", "Moskau". */
export function isCollectiveToken(token: Token): boolean {
  return token.word && token.capital && classOf(token, WordClass.collective, collectiveToken);
}

const collectiveToken = (token: Token): boolean => isOrganisation(token.lower) || PLACES.has(token.lower);

/** Whether a lower-cased word names an organisation, also in the genitive ("des Senders", "des Verbandes"). */
export function isOrganisation(lower: string): boolean {
  if (endsWithAny(lower, ORGANISATION_ENDINGS)) return true;
  const stem = lower.endsWith('es') ? lower.length - 2 : lower.endsWith('s') ? lower.length - 1 : 0;
  // a country in the genitive ("Russlands") is a name, which the frames rely on
  return (
    stem > 3 &&
    !lower.endsWith('lands') &&
    (endsWithAny(lower, ORGANISATION_ENDINGS, stem) ||
      endsWithAny(lower, ORGANISATION_ENDINGS, lower.length - 1))
  );
}

/** "Angaben", "Stellungnahme", "Bericht", or a compound ending in such a noun ("Polizeiangaben"): a source of what is said. */
export function isSourceNoun(token: Token): boolean {
  if (SOURCE_NOUNS.has(token.lower)) return true;
  return token.capital && endsAsCompound(token.lower, SOURCE_NOUN_ENDINGS, false);
}
