/**
 * Whether a noun phrase can name a speaker. Only something that can speak or write is one: a person (a name, a
 * role, a pronoun, a noun for people such as "die Anwohner"), an organisation, a medium, or a statement or document
 * that a quotation is taken from ("die Erklärung", "einem Bericht der Zeitung"). "Die Entscheidung", "der Fall",
 * "Steuern" or "das Schicksal des Landes" name none of these, however much they stand where a subject stands.
 */
import {
  DETERMINERS,
  PRONOUNS,
  SHARE_NOUNS,
  SPEAKING_NOUN_ENDINGS,
  THINGS_IN_ER,
  THINGS_IN_ER_ENDINGS,
} from '../lexicon/nouns';
import { FEMININE_PERSON_ENDINGS } from '../lexicon/person-nouns';
import { PLACES } from '../lexicon/group-nouns';
import { endsWithAny } from '../lexicon/endings';
import { isCollectiveToken, isNameToken, isOrganisation, roleWord } from './naming-words';
import type { Token } from '../text/tokens';
import { classOf, WordClass } from './word-classes';
import { PERSON_INDEFINITES, STANDING_ALONE } from '../lexicon/articles';
import { ATTRIBUTE_OPENERS } from '../lexicon/prepositions';
import { QUOTE_MARKS } from '../lexicon/punctuation';
import { headAfterAttribute } from '../grammar/participle-attributes';
import { statementHolder } from './name-runs';

/** Plural and genitive endings stripped to find a role or organisation: "Präsidenten", "Zeitungen", "Konzerns". */
const INFLECTION_ENDINGS = ['innen', 'en', 'es', 'n', 'e', 's'];

/** Capitalised adjectives that open a sentence before their noun: "Politische Beobachter", "Weitere Themen". */
const OPENING_ADJECTIVE = /(?:sch|lich|ig|al|er|ter|st)(?:e|en|er|es|em)$/;

/**
 * Whether the phrase opens with a capitalised adjective before its noun ("Politische Beobachter", "Weitere
 * Themen"): a word that only the start of the sentence capitalises, and no name.
 */
export function opensWithAdjective(words: readonly Token[]): boolean {
  const [first, next] = words;
  return first !== undefined && next !== undefined && next.capital && OPENING_ADJECTIVE.test(first.lower);
}

/** A capitalised word inflected like an adjective inside a name: "die Vereinten Nationen", "der Deutsche …". */
function adjectiveLike(word: string): boolean {
  return /(?:e|en|er|es|em)$/.test(word) && word.length > 3;
}

/**
 * Whether a capitalised word is a noun for something that can speak: a role ("Ministerin"), also in the plural
 * ("Präsidenten"), a group or organisation ("Polizei", "Zeitungen"), a statement or source ("Erklärung",
 * "Polizeiangaben") or a noun for people ("Anwohner", "Passagiere").
 */
export function isSpeakingNoun(token: Token): boolean {
  return token.word && token.capital && classOf(token, WordClass.speaking, speakingToken);
}

const speakingToken = (token: Token): boolean => isCollectiveToken(token) || speakingWord(token.lower);

const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/** The stem a plural with umlaut comes from: "verbänd" (Verbände) → "verband", "ärzt" (Ärzte) → "arzt". */
function withoutPluralUmlaut(stem: string): string {
  for (let i = stem.length - 1; i >= 0; i--) {
    const vowel = stem[i] as string;
    if (vowel in UMLAUTS) return stem.slice(0, i) + (UMLAUTS[vowel] as string) + stem.slice(i + 1);
    if ('aeiou'.includes(vowel)) return stem;
  }
  return stem;
}

const speakingStem = (stem: string): boolean =>
  endsWithAny(stem, SPEAKING_NOUN_ENDINGS) || roleWord(stem) || isOrganisation(stem) || PLACES.has(stem);

function speakingWord(lower: string): boolean {
  if (roleWord(lower) || isAgentNoun(lower) || endsWithAny(lower, SPEAKING_NOUN_ENDINGS)) return true;
  // "Pilgerin", "Seniorin": a feminine noun for a person
  if (endsWithAny(lower, FEMININE_PERSON_ENDINGS)) return true;
  return INFLECTION_ENDINGS.some((ending) => {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) return false;
    const stem = lower.slice(0, lower.length - ending.length);
    if (speakingStem(stem)) return true;
    // Plurals with umlaut: "Verbände", "Ärzte", "Anwälte".
    const singular = withoutPluralUmlaut(stem);
    return singular !== stem && speakingStem(singular);
  });
}

/** Whether a lower-cased noun is an agent noun in "-er": "prüfer", "gutachter", "klägern". */
function isAgentNoun(lower: string): boolean {
  const singular = lower.endsWith('ern') ? lower.slice(0, -1) : lower;
  if (!singular.endsWith('er') || singular.length < 6 || THINGS_IN_ER.has(singular)) return false;
  return !endsWithAny(singular, THINGS_IN_ER_ENDINGS);
}

/** Whether a word has two or more capitals: an acronym or a name written like one ("BBC", "GdF", "McCain"). */
function isAcronym(token: Token): boolean {
  if (!token.word || token.text.length < 2 || /^\d/.test(token.text)) return false;
  let capitals = 0;
  for (const char of token.text) if (char !== char.toLowerCase()) capitals++;
  return capitals >= 2;
}

/**
 * Whether `phrase` can name a speaker: a pronoun, a relative pronoun, or a phrase whose head (its first
 * capitalised word, up to a genitive or prepositional attribute) is a speaking noun, an acronym, a name in
 * quotation marks, or a name. A name is a name-like word with no article before it ("Berger", "Greenpeace") or a
 * run of capitalised words after one ("die Deutsche Welle", "die Bangkok Post"). A single common noun after an
 * article ("der Fall", "die Nähe des Bären") does not speak, nor does a phrase with no capitalised word.
 */
export function canSpeak(phrase: readonly Token[]): boolean {
  const words = phrase.filter((t) => t.word);
  const first = words[0];
  if (!first) return false;
  if (PRONOUNS.has(first.lower) || (words.length === 1 && STANDING_ALONE.has(first.lower))) return true;
  if (words.length === 1 && PERSON_INDEFINITES.has(first.lower)) return true;
  const holder = statementHolder(words, true);
  if (holder && canSpeak(holder)) return true;
  if (phrase.some((t) => QUOTE_MARKS.has(t.text))) return true;
  let head = 0;
  while (head < words.length) {
    const word = words[head] as Token;
    if (DETERMINERS.has(word.lower) || !word.capital) head++;
    else break;
  }
  if (headCanSpeak(words, head)) return true;
  // "31 Prozent vertreten die Ansicht": a share stands for the people in it
  if (SHARE_NOUNS.has(words[head]?.lower ?? '')) return true;
  // "die in Hamburg geborene Müller": the noun follows the participle that closes an attribute
  const noun = headAfterAttribute(words, head);
  return noun !== head && headCanSpeak(words, noun);
}

/** Whether the phrase `words` whose noun is at `head` can speak (see {@link canSpeak}). */
function headCanSpeak(words: readonly Token[], head: number): boolean {
  const noun = words[head];
  if (!noun) return false;
  for (let k = head; k < words.length; k++) {
    const word = words[k] as Token;
    if (k > head && ATTRIBUTE_OPENERS.has(word.lower)) break;
    if (isSpeakingNoun(word) || isAcronym(word)) return true;
  }
  const next = words[head + 1];
  const capitalNext = next !== undefined && next.capital && !ATTRIBUTE_OPENERS.has(next.lower);
  if (head === 0) {
    if (opensWithAdjective(words.slice(head))) return false;
    return isNameToken(noun) || (capitalNext && isNameToken(next));
  }
  // "der 84-jährige Berger": a name after an article and a lower-case adjective
  const adjectiveBefore = words.slice(0, head).some((t) => !t.capital && !DETERMINERS.has(t.lower));
  if (adjectiveBefore && isNameToken(noun) && !pluralAfterAdjective(words, head)) return true;
  return capitalNext && (adjectiveLike(noun.lower) || isNameToken(next));
}

/**
 * "die hohen Infektionsraten", "die vielen Passagen": after "die" an adjective in "-en" marks the plural (the
 * feminine singular has "-e": "die neue Ministerin"), and a plural is no person's name, however unknown the noun.
 */
function pluralAfterAdjective(words: readonly Token[], head: number): boolean {
  return (
    words[0]?.lower === 'die' &&
    words.slice(1, head).some((t) => !t.capital && !DETERMINERS.has(t.lower) && t.lower.endsWith('en'))
  );
}
