/**
 * Spokespersons: "eine Sprecherin der Polizei", "ein Sprecher des Innenministeriums", "ein Sprecher von Greenpeace"
 * says what the group says, so the group is the speaker, named as a reader knows it ("Polizei",
 * "Innenministerium", "Greenpeace"), and a later "die Sprecherin" is that group again.
 */
import { GENITIVE_ARTICLES } from '../lexicon/articles';
import { endsWithAny } from '../lexicon/endings';
import { DETERMINERS } from '../lexicon/nouns';
import { SPOKESPERSON_ROLES } from '../lexicon/person-nouns';
import { ORGANISATION_ENDINGS } from '../lexicon/group-nouns';
import { NAME_ATTRIBUTE_PREPOSITIONS, VON } from '../lexicon/prepositions';
import { APPOSITION_MARKS } from '../lexicon/punctuation';
import type { Token } from '../text/tokens';
import { isCollectiveToken, isNameToken, isRoleToken, organisationNominative } from './naming-words';

/**
 * The weak "-en" of an adjective made from a noun or a participle ("Deutschen", "Kassenärztlichen", "Auswärtigen",
 * "Vereinigten"), which after the group's article in the nominative is "-e".
 */
const ADJECTIVE_BEFORE_NOUN = /(?:sch|lich|ig|t)en$/;

/** Most capitalised words of a group's name after a spokesperson: "der Stadtwerke Bad Homburg GmbH". */
const MOST_NAME_WORDS = 5;

/** Whether a role noun names a spokesperson ("Sprecherin", "Regierungssprecher"). */
export function isSpokesperson(role: Token): boolean {
  return endsWithAny(role.lower, SPOKESPERSON_ROLES);
}

/**
 * "Lufthansa-Sprecherin", "ein Kreml-Sprecher": the name before the hyphen of a spokesperson's noun is whom they speak
 * for; `undefined` for any other role noun ("US-Regierungssprecher" is a government's).
 */
function groupBeforeHyphen(role: Token): string | undefined {
  const dash = role.text.lastIndexOf('-');
  const noun = role.lower.slice(dash + 1);
  return dash > 0 && SPOKESPERSON_ROLES.list.includes(noun) ? role.text.slice(0, dash) : undefined;
}

/**
 * "ein Polizeisprecher", "die Regierungssprecherin", "ein Bahnsprecher": a spokesperson's noun compounded with a
 * group's noun (with its linking "s") speaks for that group, named by the noun ("Polizei", "Regierung", "Bahn").
 * `undefined` for any other compound ("Pressesprecher" speaks to the press, not for it).
 */
function groupInCompound(role: Token): string | undefined {
  if (role.text.includes('-')) return undefined;
  // "eines Polizeisprechers": the genitive's "-s"
  const word = role.lower.endsWith('sprechers') ? role.text.slice(0, -1) : role.text;
  const ending = SPOKESPERSON_ROLES.list.find((noun) => word.toLowerCase().endsWith(noun));
  if (!ending || word.length <= ending.length) return undefined;
  const stem = word.slice(0, word.length - ending.length);
  // the linking element between the parts: "Regierung-s-sprecher", "Behörde-n-sprecher"
  const linked = LINKING_ELEMENTS.map((link) => (stem.endsWith(link) ? stem.slice(0, -link.length) : ''));
  const group = linked.find(isOrganisationNoun) ?? stem;
  return isOrganisationNoun(group) ? group : undefined;
}

/** The linking elements a compound's first noun may end in, longest first. */
const LINKING_ELEMENTS = ['es', 'en', 's', 'n'];

/** Whether a word is a group's noun by itself: "Polizei", "Regierung", "Konzern" (not a compound's first part). */
function isOrganisationNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return ORGANISATION_ENDINGS.list.includes(lower);
}

/**
 * Whether `words[at]`, a role noun, is the head of its phrase: nothing but lower-case words before it ("eine
 * Sprecherin", "die stellvertretende Sprecherin"), not a name ("Tony Auden, ein Sprecher des …"), and no
 * portfolio ("die gesundheitspolitische Sprecherin der Fraktion" is a member of parliament who speaks for herself).
 */
function roleHeadsPhrase(words: readonly Token[], at: number): boolean {
  return words
    .slice(0, at)
    .every((word) => (!word.capital || DETERMINERS.has(word.lower)) && !PORTFOLIO.test(word.lower));
}

/** An adjective naming a politician's field: "innenpolitische", "gesundheitspolitischer". */
const PORTFOLIO = /politische[rn]?$/;

/**
 * The name of the group a spokesperson speaks for, when the role noun `role` heads `mention` and is a
 * spokesperson's, and a genitive article or "von" after it opens capitalised words: "Sprecherin der Polizei" →
 * "Polizei", "Sprecher des Innenministeriums" → "Innenministerium", "Sprecherin der Deutschen Bahn" → "Deutsche
 * Bahn", "Sprecher der Polizei in Hamburg" → "Polizei", "Sprecher der Fraktion der SPD" → "Fraktion der SPD" (an
 * attribute with "von" too), "des Weißen Hauses", "der Stadtwerke". The group is named in the nominative, its
 * adjectives in the form they take after the group's article ("die Deutsche Bahn", "das Auswärtige Amt").
 * `undefined` for a person's spokesperson ("der Sprecher des Ministers"), a spokesperson named by name ("Ein
 * Sprecher der Polizei, Lars Beringer,", or two names after a group's noun: "der Sprecherin der Fraktion Eva
 * Roth"), and a group described by lower-case words ("der zuständigen Behörde"), which are left to the other rules.
 * A spokesperson's noun joined to a name by a hyphen ends the phrase: "einer Lufthansa-Sprecherin" → "Lufthansa".
 */
export function groupSpokenFor(mention: readonly Token[], role: Token): string | undefined {
  const words = mention.filter((t) => t.word);
  const at = words.indexOf(role);
  const prefix = groupBeforeHyphen(role);
  if (prefix && at === words.length - 1 && roleHeadsPhrase(words, at)) return prefix;
  // "ein israelischer Regierungssprecher": a group's noun qualified by an adjective is not the group the noun alone
  // names ("Regierung" would be every government of the text), so only an article may stand before
  const compound = groupInCompound(role);
  if (compound && at === words.length - 1 && words.slice(0, at).every((t) => DETERMINERS.has(t.lower)))
    return compound;
  const opener = mention[mention.indexOf(role) + 1];
  if (at < 0 || !opener || !isSpokesperson(role) || !roleHeadsPhrase(words, at)) return undefined;
  if (!GENITIVE_ARTICLES.has(opener.lower) && !VON.has(opener.lower)) return undefined;
  const name: Token[] = [];
  for (let k = mention.indexOf(opener) + 1; k < mention.length && name.length < MOST_NAME_WORDS; k++) {
    const word = mention[k] as Token;
    // "der Fraktion der SPD": a genitive attribute of the group is part of its name
    // "der Bundesagentur für Arbeit": what an institution is for is part of its name
    const attribute =
      GENITIVE_ARTICLES.has(word.lower) ||
      VON.has(word.lower) ||
      (NAME_ATTRIBUTE_PREPOSITIONS.has(word.lower) && isCollectiveToken(mention[k - 1] as Token));
    const genitive = attribute && name.length > 0 && mention[k + 1]?.capital;
    if (!word.word || (!word.capital && !genitive)) break;
    name.push(word);
  }
  // "Ein Sprecher der Polizei, Lars Beringer,": the spokesperson is named in apposition
  const next = mention[mention.indexOf(name[name.length - 1] as Token) + 1];
  if (next && APPOSITION_MARKS.has(next.text)) return undefined;
  const group = name.findLastIndex(isCollectiveToken);
  const after = name.slice(group + 1).filter(isNameToken);
  if (name.length === 0 || name.some(isRoleToken) || (group >= 0 && after.length >= 2)) return undefined;
  return name
    .map((word, i) => {
      const nominative = organisationNominative(word.text);
      if (nominative) return nominative;
      // "der Deutschen Bahn", "des Auswärtigen Amtes", "der Vereinigten Staaten": an adjective before a noun
      const adjective = ADJECTIVE_BEFORE_NOUN.test(word.lower) && (name[i + 1]?.capital ?? false);
      return adjective && !isCollectiveToken(word) ? word.text.slice(0, -1) : word.text;
    })
    .join(' ');
}
