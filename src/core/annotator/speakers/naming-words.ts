/**
 * Which words name someone: a person's name ("Berger", "van Laak"), a role ("Generalsekretär", "des Sprechers"), an
 * organisation or a place speaking as a group ("Polizei", "Moskau"). Word tests over the lexicon in `lexicon/nouns.ts`.
 */
import { MONTHS } from '../lexicon/abbreviations';
import { KONJUNKTIV_I, KONJUNKTIV_II } from '../lexicon/konjunktiv';
import {
  DETERMINERS,
  NOUN_ENDINGS,
  ORGANISATION_ENDINGS,
  PLACES,
  PRONOUNS,
  ROLE_ENDINGS,
  ROLE_WORDS,
  STOP_WORDS,
  cachedWordTest,
  endsWithAny,
} from '../lexicon/nouns';
import type { Token } from '../text/tokens';
import { SENTENCE_ADVERBS } from '../lexicon/adverbs';

/** Adverbs that open a sentence, capitalised there, and never name anyone: "Derzeit", "Ursprünglich". */
const ADVERB = /(?:lich|weise|mals|wärts|dings|falls|wärtig|zeitig|mäßig|isch)$/;

/** "Daraus", "Darauf", "Hierzu", "Worüber": a preposition joined to "da", "hier" or "wo". */
const PRONOMINAL_ADVERB =
  /^(?:da|dar|hier|wo|wor)(?:aus|an|auf|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$/;

/** Whether a token can be part of a name: capitalised, and not an article, role, organisation or common noun. */
export function isNameToken(token: Token): boolean {
  return token.word && token.capital && nameWord(token.text);
}

const nameWord = cachedWordTest((text) => {
  const lower = text.toLowerCase();
  if (
    DETERMINERS.has(lower) ||
    STOP_WORDS.has(lower) ||
    PRONOUNS.has(lower) ||
    (MONTHS.has(lower) && lower.length > 3) ||
    SENTENCE_ADVERBS.has(lower) ||
    KONJUNKTIV_I.has(lower) ||
    KONJUNKTIV_II.has(lower) ||
    PRONOMINAL_ADVERB.test(lower) ||
    (ADVERB.test(lower) && text !== text.toUpperCase())
  )
    return false;
  if (/^\d/.test(lower)) return false;
  if (roleWord(lower) || isOrganisation(lower)) return false;
  return !endsWithAny(lower, NOUN_ENDINGS) || text === text.toUpperCase();
});

/** Whether a token is a role noun such as "Generalsekretär" or "US-Verteidigungsminister". */
export function isRoleToken(token: Token): boolean {
  return token.word && token.capital && roleWord(token.lower);
}

/** Whether a lower-cased word is a role noun, also in the genitive, a weak form or a feminine the lexicon lacks. */
export const roleWord = cachedWordTest((lower) => {
  if (endsWithAny(lower, ROLE_ENDINGS) || ROLE_WORDS.has(lower.slice(lower.lastIndexOf('-') + 1)))
    return true;
  // the genitive and the weak forms: "des Sprechers", "eines Abgeordneten", "dem Präsidenten"; the feminine
  // "Reporterin" of a role whose feminine the lexicon does not list
  const stem = lower.endsWith('s')
    ? lower.slice(0, -1)
    : lower.endsWith('en')
      ? lower.slice(0, -2)
      : lower.endsWith('in')
        ? lower.slice(0, -2)
        : '';
  return stem.length > 3 && (endsWithAny(stem, ROLE_ENDINGS) || endsWithAny(`${stem}e`, ROLE_ENDINGS));
});

/** Whether a token names a group speaking as one: "Regierung", "Polizei", "Moskau". */
export function isCollectiveToken(token: Token): boolean {
  return token.word && token.capital && (isOrganisation(token.lower) || PLACES.has(token.lower));
}

/** Whether a lower-cased word names an organisation, also in the genitive ("des Senders", "des Verbandes"). */
export const isOrganisation = cachedWordTest((lower) => {
  if (endsWithAny(lower, ORGANISATION_ENDINGS)) return true;
  const stem = lower.endsWith('es') ? lower.slice(0, -2) : lower.endsWith('s') ? lower.slice(0, -1) : '';
  // a country in the genitive ("Russlands") is a name, which the frames rely on
  return (
    stem.length > 3 &&
    !lower.endsWith('lands') &&
    (endsWithAny(stem, ORGANISATION_ENDINGS) || endsWithAny(lower.slice(0, -1), ORGANISATION_ENDINGS))
  );
});
