/**
 * How the words of a speaker mention become a speaker's name, and what they say about who it is: a name as written
 * ("Haus & Grund"), in the nominative ("Robert Koch-Institut"), a phrase's readable name ("Polizei"), and the tests
 * the speaker book makes of a mention (a thing after an article, a name in a genitive after a role, a possessive
 * that speaks for its possessor). Used by `speaker-book.ts`.
 */
import { DETERMINERS } from '../lexicon/nouns';
import { WEEKDAYS } from '../lexicon/calendar';
import { MONTHS } from '../lexicon/abbreviations';
import {
  isCollectiveToken,
  isRoleToken,
  isSourceNoun,
  organisationNominative,
  roleNominative,
  surnameAt,
} from './naming-words';
import type { Token } from '../text/tokens';
import { isAdjective } from '../grammar/noun-phrases';
import {
  DEFINITE_ARTICLES,
  GENITIVE_ARTICLES,
  INDEFINITE_ARTICLES,
  MASCULINE_GENITIVE_ARTICLES,
  POSSESSIVES,
} from '../lexicon/articles';

/**
 * Whether the name run is one word right after an article ("das Gutachten", "einem Papier", "der Spiegel"): a
 * person's name takes no article in news German, so the word names a thing or a group, which may be a source but is
 * no one a later "er" or "sie" or "der Richter" refers to.
 */
export function articleNoun(words: readonly Token[], name: readonly Token[]): boolean {
  if (name.length !== 1) return false;
  const at = words.indexOf(name[0] as Token);
  const before = words[at - 1];
  return (
    at >= 1 &&
    before !== undefined &&
    (DEFINITE_ARTICLES.has(before.lower) || INDEFINITE_ARTICLES.has(before.lower))
  );
}

/**
 * Whether the name run opens with a word written in capitals right after an article: "die IG Metall", "der FC
 * Bayern", "des ADAC Nordrhein". A person's name takes no article in news German, and no first name is written in
 * capitals after one ("JD Vance" stands without), so the run names a group.
 */
export function acronymAfterArticle(words: readonly Token[], name: readonly Token[]): boolean {
  const first = name[0];
  if (name.length < 2 || !first || !writtenInCapitals(first)) return false;
  const before = words[words.indexOf(first) - 1];
  return (
    before !== undefined && (DEFINITE_ARTICLES.has(before.lower) || INDEFINITE_ARTICLES.has(before.lower))
  );
}

/**
 * "der Chef des Amts", "der Anwalt des Angeklagten Paul Roth": a name after a genitive article that follows a role
 * names the genitive's noun, not the role's holder, whose name would follow the role at once or after a comma.
 */
export function inGenitiveAfter(mention: readonly Token[], role: Token, name: Token): boolean {
  const from = mention.indexOf(role);
  const to = mention.indexOf(name);
  let genitive = false;
  for (let k = from + 1; k < to; k++) {
    const token = mention[k] as Token;
    if (!token.word) return false;
    if (GENITIVE_ARTICLES.has(token.lower)) genitive = true;
  }
  return genitive;
}

/** A name as written: its words, and an ampersand between them ("Haus & Grund", "Johnson & Johnson"). */
export function nameText(mention: readonly Token[], name: readonly Token[]): string {
  const from = mention.indexOf(name[0] as Token);
  const to = mention.indexOf(name[name.length - 1] as Token);
  if (from < 0 || to < from) return name.map((t) => t.text).join(' ');
  let text = '';
  mention.slice(from, to + 1).forEach((token, k, part) => {
    const before = part[k - 1];
    // the full stop of an initial stays with it: "Matthias W. Beckmann"
    if (token.text === '.' && before && before.end === token.start && /^\p{Lu}$/u.test(before.text))
      text += '.';
    else if (token.word || token.text === '&') text += (text ? ' ' : '') + token.text;
  });
  return text;
}

/**
 * "der Bundesverband der Deutschen Industrie (BDI)", "die Gewerkschaft der Polizei": a group's noun with a
 * genitive attribute that holds the name is named by the whole phrase, its noun in the nominative, without the
 * abbreviation in brackets after it; `undefined` when `group` is not followed by a genitive article that opens
 * the phrase ending in `name`.
 */
export function groupWithGenitive(
  words: readonly Token[],
  group: Token | undefined,
  name: readonly Token[],
): string | undefined {
  const at = group ? words.indexOf(group) : -1;
  const first = words.indexOf(name[0] as Token);
  const article = words[at + 1];
  // "das Magazin Der Spiegel": a capitalised article belongs to a title; "der Bericht der Zeitung": a document's
  // source is the one that speaks, not the document
  if (!group || at < 0 || first <= at + 1 || !article || article.capital) return undefined;
  if (!GENITIVE_ARTICLES.has(article.lower) || isSourceNoun(group)) return undefined;
  const attribute = words.slice(at + 1, first);
  if (!attribute.slice(1).every((t) => !t.capital || isAdjective(t.lower))) return undefined;
  const rest = name.filter((t) => !writtenInCapitals(t) || name.indexOf(t) === 0);
  const noun = organisationNominative(group.text) ?? group.text;
  return [noun, ...[...attribute, ...rest].map((t) => t.text)].join(' ');
}

/** "Robert Koch-Instituts" → "Robert Koch-Institut": a name that ends in a group's noun, in the nominative. */
export function inNominative(text: string, name: readonly Token[], group: Token | undefined): string {
  const last = name[name.length - 1];
  const nominative = last && last === group ? organisationNominative(last.text) : undefined;
  return nominative && last ? text.slice(0, text.length - last.text.length) + nominative : text;
}

/**
 * "seiner Meinung nach", "nach ihren Informationen", "Seine Zuversicht gründet sich auf …": a possessive before a
 * noun that names no person speaks for the possessor. "seine Frau", "ihr Sprecher" are other people.
 */
export function possessiveOfSpeaker(mention: readonly Token[]): boolean {
  const words = mention.filter((t) => t.word);
  const noun = words[1];
  return (
    words.length === 2 &&
    POSSESSIVES.has(words[0]?.lower ?? '') &&
    noun !== undefined &&
    noun.capital &&
    !isRoleToken(noun) &&
    !isCollectiveToken(noun)
  );
}

/**
 * Whether a name is written in capitals ("NABU", "ADAC", "BBC"): an organisation's abbreviation, since German news
 * writes a person's name in capitals only in a heading.
 */
export function writtenInCapitals(token: Token): boolean {
  return token.text.length >= 2 && token.text === token.text.toUpperCase() && /^\p{Lu}/u.test(token.text);
}

/** Whether a phrase opens with a name in the genitive and a role: "Österreichs Bundespräsident". */
export function ownsRole(words: readonly Token[]): boolean {
  const [owner, role] = words;
  return (
    !!owner &&
    !!role &&
    owner.capital &&
    owner.lower.endsWith('s') &&
    isRoleToken(role) &&
    // "Thomas Richter" is a name
    !surnameAt(words, 1)
  );
}

/** A readable name for a phrase without a proper name: "die Polizei" gives "Polizei". */
export function phraseName(words: readonly Token[]): string {
  const first = words[0]?.lower ?? '';
  const rest = DETERMINERS.has(first) ? words.slice(1) : words;
  // "eines Sprechers" and a later "der Sprecher", "des Ministeriums" and "das Ministerium" are one speaker, named in
  // the nominative
  const head = rest.length === 1 && MASCULINE_GENITIVE_ARTICLES.has(first) ? rest[0] : undefined;
  const nominative = head ? (roleNominative(head.text) ?? organisationNominative(head.text)) : undefined;
  if (nominative) return nominative;
  const group = OBLIQUE_SINGULAR_ARTICLES.has(first) ? groupInNominative(rest, first) : undefined;
  if (group) return group;
  return (
    withoutDate(rest)
      .map((t) => t.text)
      .join(' ') || words.map((t) => t.text).join(' ')
  );
}

/** Articles of the genitive and dative singular, after which adjectives take the weak "-en". */
const OBLIQUE_SINGULAR_ARTICLES: ReadonlySet<string> = new Set([
  'des',
  'dem',
  'der',
  'eines',
  'einem',
  'einer',
]);

/**
 * "des nationalen Wetterdienstes", "dem Deutschen Wetterdienst", "der Deutschen Bahn": a group after its article in
 * the genitive or dative, named as after "der", "die", "das" ("nationale Wetterdienst", "Deutsche Wetterdienst",
 * "Deutsche Bahn"), so that it is one speaker with "Der Deutsche Wetterdienst warnte". Only adjectives in "-en"
 * and one noun for a group; after "der" not a noun in "-en", which may be a plural ("der zuständigen Behörden").
 */
function groupInNominative(words: readonly Token[], article: string): string | undefined {
  const noun = words[words.length - 1];
  const adjectives = words.slice(0, -1);
  if (!noun || adjectives.length === 0 || !isCollectiveToken(noun)) return undefined;
  if (!adjectives.every((t) => t.word && t.lower.endsWith('en') && t.lower.length > 4)) return undefined;
  if (article.endsWith('r') && noun.lower.endsWith('en')) return undefined;
  const head = article.endsWith('s') ? (organisationNominative(noun.text) ?? noun.text) : noun.text;
  return [...adjectives.map((t) => t.text.slice(0, -1)), head].join(' ');
}

/**
 * A phrase without the date attribute that ends it: "einer Mitteilung des Unternehmens vom Mittwoch" is named
 * "Mitteilung des Unternehmens". The date says when the words came, not who said them.
 */
function withoutDate(words: readonly Token[]): readonly Token[] {
  const at = words.findIndex((t, k) => k > 0 && (t.lower === 'vom' || t.lower === 'am'));
  if (at < 0) return words;
  const date = words.slice(at + 1);
  const isDate = (t: Token): boolean =>
    WEEKDAYS.includes(t.lower) || MONTHS.has(t.lower) || /^\d+$/.test(t.text);
  return date.length > 0 && date.every(isDate) ? words.slice(0, at) : words;
}
