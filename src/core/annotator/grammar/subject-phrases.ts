/**
 * Tests on a phrase the subject finder has cut out: whether it opens like a noun phrase or with a role, is
 * oblique (a dative or genitive), looks like a speaker; and trimming it to the words that name the speaker.
 */
import { isSpeakingNoun } from '../speakers/animacy';
import { isAdjective } from './noun-phrases';
import { DETERMINERS, PRONOUNS, STOP_WORDS } from '../lexicon/nouns';
import { isCollectiveToken, isNameToken, isRoleToken } from '../speakers/naming-words';
import type { Token } from '../text/tokens';
import { NOT_SUBJECT_START } from '../lexicon/adverbs';
import { NOT_NOMINATIVE } from '../lexicon/articles';
import { CLAUSE_OPENING_CONJUNCTIONS } from '../lexicon/conjunctions';
import { PHRASE_PREPOSITIONS, POSTPOSITIONS } from '../lexicon/prepositions';
import { QUOTE_MARKS } from '../lexicon/punctuation';
import { FINITE_AUXILIARIES, LASSEN_FORMS } from '../lexicon/verb-forms';

/**
 * Whether a phrase is in the dative or accusative by its article: "dem", "den", "einem" … ("Den Familien sicherte
 * sie zu"), or "der" before an adjective in "-en" ("Der englischen Zeitung sagte er": the nominative would be "der
 * englische Verleger").
 */
export function oblique(phrase: readonly Token[]): boolean {
  const first = phrase[0]?.lower ?? '';
  if (NOT_NOMINATIVE.has(first)) return true;
  // "Ihr gegenüber hat er …": a pronoun before a postposition is its object
  if (PRONOUNS.has(first) || DETERMINERS.has(first)) {
    // ("der Minister gegenüber Medien" is the preposition before its own object)
    const governed = phrase.findIndex((t, i) => i > 0 && POSTPOSITIONS.has(t.lower));
    const after = phrase[governed + 1];
    const ownObject = after !== undefined && (after.capital || DETERMINERS.has(after.lower));
    if (governed > 0 && governed <= 4 && !ownObject && phrase.slice(0, governed).every((t) => t.word))
      return true;
  }
  const next = phrase[1];
  return (
    first === 'der' &&
    next !== undefined &&
    !next.capital &&
    next.lower.endsWith('en') &&
    isAdjective(next.lower)
  );
}

/**
 * Whether a phrase can name someone who speaks: a pronoun, a role, an organisation or place, or a name that does
 * not stand after an article or adjective. In "Eine Verschiebung der Wahl bezeichnete Berger als fatal" the phrase
 * before the verb names nothing that speaks and "Berger" after it does, so German's free word order puts the
 * object first and the subject after the verb.
 */
export function speakerLike(phrase: readonly Token[]): boolean {
  return phrase.some((token, i) => {
    if (PRONOUNS.has(token.lower)) return true;
    if (!token.capital) return false;
    if (isRoleToken(token) || isCollectiveToken(token) || isSpeakingNoun(token)) return true;
    const previous = phrase[i - 1];
    const acronym = token.text.length > 1 && token.text === token.text.toUpperCase();
    const lead = previous === undefined || acronym || (previous.capital && !DETERMINERS.has(previous.lower));
    const next = phrase[i + 1];
    return isNameToken(token) && (lead || (next !== undefined && isNameToken(next)));
  });
}

/** "Sprecher des Zentrums", "ein Sprecher des Zentrums in Bonn": an apposition that opens with a role noun. */
export function opensWithRole(phrase: readonly Token[]): boolean {
  if (phrase.length > 16) return false;
  const first = phrase[0];
  const head = first && DETERMINERS.has(first.lower) ? phrase.slice(1, 4).find((t) => t.capital) : first;
  return head !== undefined && isRoleToken(head);
}

/** A phrase without a trailing parenthesis: "Henning Scherf" of "Henning Scherf (SPD)". */
export function withoutParenthesis(phrase: readonly Token[]): readonly Token[] {
  const open = phrase.findIndex((t) => t.text === '(');
  return open > 0 && phrase[phrase.length - 1]?.text === ')' && phrase.length - open <= 6
    ? phrase.slice(0, open)
    : phrase;
}

/** Whether tokens before a verb are its subject: a determiner, pronoun or noun first, no adverb or preposition. */
export function opensNounPhrase(phrase: readonly Token[]): boolean {
  const first = phrase[0];
  return (
    first !== undefined &&
    phrase.length <= 16 &&
    !(NOT_SUBJECT_START.has(first.lower) && !(DETERMINERS.has(first.lower) && phrase.length > 1)) &&
    !PHRASE_PREPOSITIONS.has(first.lower) &&
    !CLAUSE_OPENING_CONJUNCTIONS.has(first.lower) &&
    (DETERMINERS.has(first.lower) ||
      PRONOUNS.has(first.lower) ||
      (first.capital && !STOP_WORDS.has(first.lower)) ||
      (isAdjective(first.lower) && (phrase[1]?.capital ?? false)) ||
      QUOTE_MARKS.has(first.text))
  );
}

export function trimPhrase(phrase: readonly Token[]): Token[] | undefined {
  // the finite verb before a participle or an infinitive: an auxiliary or "lassen" ("ließ … mitteilen")
  const auxiliary = phrase.findIndex(
    (t, i) => i > 0 && (FINITE_AUXILIARIES.has(t.lower) || LASSEN_FORMS.has(t.lower)),
  );
  let end = auxiliary > 0 ? auxiliary : phrase.length;
  while (end > 0 && STOP_WORDS.has((phrase[end - 1] as Token).lower)) end--;
  return end > 0 ? phrase.slice(0, end) : undefined;
}
