/**
 * Agreement of a subject with its finite verb in number: a phrase that cannot agree with the verb is its object,
 * whichever side of the verb it stands on.
 */
import { NOT_NOMINATIVE, PLURAL_DETERMINERS, SINGULAR_ARTICLES } from '../lexicon/articles';
import { DETERMINERS, PLURAL_NOUN_ENDINGS } from '../lexicon/nouns';
import { endsWithAny } from '../lexicon/endings';
import type { Token } from '../text/tokens';

/**
 * A finite verb that ends like a plural: "-en" ("sagen", "wiesen"), and "-ern", "-eln" of verbs whose stem ends in
 * "-er" or "-el" ("fordern", "äußern", "handeln").
 */
const PLURAL_VERB_ENDING = /(?:en|ern|eln)$/;

/**
 * Whether `phrase` after the verb can be the verb's subject by case and number: "Die Prüfer kritisierten das Amt"
 * has a plural verb, so "das Amt" is its object, not a subject that the word order put after the verb.
 */
export function agreesAsSubject(phrase: readonly Token[], verb: Token): boolean {
  const first = phrase[0]?.lower ?? '';
  if (NOT_NOMINATIVE.has(first)) return false;
  const pluralVerb = PLURAL_VERB_ENDING.test(verb.lower);
  const plural = PLURAL_DETERMINERS.has(first) || (/^\d/.test(first) && first !== '1');
  return pluralVerb ? !SINGULAR_ARTICLES.has(first) : !plural;
}

/**
 * Whether `phrase` before the finite `verb` is plural while the verb is singular, so that it cannot be the verb's
 * subject: its head ends in a suffix only plurals have ("Kündigungen", "Forderungen", "Möglichkeiten"), and the
 * verb does not end like a plural ("schloss", "wies zurück"; not "fordern").
 */
export function pluralBeforeSingular(phrase: readonly Token[], verb: Token): boolean {
  if (PLURAL_VERB_ENDING.test(verb.lower)) return false;
  // the head is the last of the capitalised words the phrase opens with ("Betriebsbedingte Kündigungen"), not a
  // genitive after it ("die Sprecherin der Gewerkschaften")
  let head: Token | undefined;
  for (const token of phrase) {
    if (token.word && token.capital && !DETERMINERS.has(token.lower)) head = token;
    else if (head) break;
  }
  return head !== undefined && endsWithAny(head.lower, PLURAL_NOUN_ENDINGS);
}
