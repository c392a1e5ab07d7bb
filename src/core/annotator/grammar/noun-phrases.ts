/**
 * Noun phrases in a run of tokens: where one starts and ends (articles and adjectives, a head, genitives, a
 * parenthesis, a name in quotation marks, a closing apposition with a name). The phrase that follows an inverted
 * verb ("sagte am Montag der Minister") is found in `inverted-subjects.ts`. Every scan is bounded to a few tokens.
 */
import { endsClause } from './clause-ends';
import {
  DETERMINERS,
  GERMAN_PREPOSITION_PARTICLES,
  NAME_PARTICLES,
  PRONOUNS,
  STOP_WORDS,
} from '../lexicon/nouns';
import {
  isCollectiveToken,
  isNameToken,
  isRoleToken,
  pluralByArticle,
  roleGender,
} from '../speakers/naming-words';
import type { Token } from '../text/tokens';
import { GENITIVE_ARTICLES, PHRASE_OPENING_ARTICLES } from '../lexicon/articles';
import { PLURAL_NOUN_ENDINGS } from '../lexicon/nouns';
import { PLURAL_PEOPLE } from '../lexicon/person-nouns';
import { addresseeAt } from './addressees';
import { NOMINATIVE_DETERMINERS_BY_GENDER } from '../lexicon/articles';
import { endsWithAny } from '../lexicon/endings';
import { COORDINATORS } from '../lexicon/conjunctions';
import { GENITIVE_OPENERS, NAME_ATTRIBUTE_PREPOSITIONS, PHRASE_PREPOSITIONS } from '../lexicon/prepositions';
import { PHRASE_CLOSERS, SENTENCE_ENDS } from '../lexicon/punctuation';
import { inTitleOrInitial } from './titles';
import { participleClosing } from './participle-attributes';

/** Endings of an adjective inflected before a noun; "-er" is left out, the ending of comparatives used as adverbs. */
export const ATTRIBUTIVE_ENDING = /(?:e|en|es|em)$/;

/**
 * The agent of an attribute's participle, "von X" in "die von X geäußerte Hoffnung": who holds the hope, voiced
 * the view or wrote the plan. `phrase` is a noun phrase as {@link nounPhrase} cuts it; `undefined` when its
 * article is not followed by such an attribute.
 */
export function participleAgent(phrase: readonly Token[]): Token[] | undefined {
  const by = phrase[1];
  if (!by || !DETERMINERS.has(phrase[0]?.lower ?? '') || (by.lower !== 'von' && by.lower !== 'vom'))
    return undefined;
  const participle = participleClosing(phrase, 2);
  return participle === undefined ? undefined : nounPhrase(phrase.slice(0, participle), 2);
}

/** Whether a lower-cased word is a preposition. */
export function isPreposition(word: string): boolean {
  return PHRASE_PREPOSITIONS.has(word);
}

/**
 * A noun phrase from `start`: determiners and adjectives, then capitalised words (the head and a following name),
 * genitives ("des Bündnisses", "von Greenpeace"), a parenthesis ("(SPD)"), and a closing ", Name Name".
 */
export function nounPhrase(tokens: readonly Token[], start: number, stopAt?: Token): Token[] | undefined {
  let end = start;
  let headSeen = false;
  while (end < tokens.length && end - start < 14) {
    const token = tokens[end] as Token;
    if (token === stopAt) break;
    const quoted = quotedNameEnd(tokens, end);
    if (quoted !== undefined) {
      end = quoted;
      headSeen = true;
      continue;
    }
    if (token.text === '(' && headSeen) {
      let close = end + 1;
      while (close < tokens.length && close - end <= 6 && tokens[close]?.text !== ')') close++;
      if (tokens[close]?.text === ')' && close - end <= 6) {
        end = close + 1;
        continue;
      }
      break;
    }
    // "der Kinder- und Jugendärzte", "Bundes-, Landes- und Kommunalwahlen": after a word that leaves its last part
    // to the next one, a comma or a conjunction goes on to that word
    const suspended = tokens[end - 1]?.text.endsWith('-') && end > start;
    if (suspended && (token.text === ',' || COORDINATORS.has(token.lower)) && tokens[end + 1]?.word) {
      end++;
      continue;
    }
    if (inTitleOrInitial(tokens, end)) {
      end++;
      continue;
    }
    if (!token.word) break;
    if (!headSeen && end > start && isPreposition(token.lower)) {
      // "die in Hamburg geborene Müller": an attribute closed by a participle stands between article and noun
      const participle = participleClosing(tokens, end + 1);
      if (participle === undefined) break;
      end = participle;
      continue;
    }
    if (headSeen && token.capital && (pluralAfterRole(tokens, end) || pluralHeadBefore(tokens, start, end)))
      break;
    if (token.capital && !STOP_WORDS.has(token.lower) && !(end === start && DETERMINERS.has(token.lower))) {
      headSeen = true;
    } else if (headSeen && particleInName(tokens, end)) {
      // "Thomas de Maizière", "Heike van Laak": a particle between the parts of a name
    } else if (headSeen && addresseeAt(tokens, start, end)) {
      break;
    } else if (headSeen && COORDINATORS.has(token.lower) && acronymAfter(tokens, end + 1)) {
      // "der Gewerkschaft Erziehung und Wissenschaft (GEW)": an acronym abbreviates the whole name before it
    } else if (
      // "das Bundesamt für Migration", "das Max-Planck-Institut für Chemie": what an institution is for is part of
      // its name
      headSeen &&
      NAME_ATTRIBUTE_PREPOSITIONS.has(token.lower) &&
      isCollectiveToken(tokens[end - 1] as Token) &&
      tokens[end + 1]?.capital
    ) {
      headSeen = false;
    } else if (headSeen && GENITIVE_OPENERS.has(token.lower)) {
      headSeen = false;
    } else if (
      // "der Verband freier Journalisten", "die Moderatorin eines Senders", "die das Unglück überlebende Alice": an
      // attribute after the head; a word in "-en" there is a finite verb ("… Jugendärzte drohen Störungen"), but for a
      // present participle ("die den Plan tragenden Parteien")
      headSeen &&
      isAdjective(token.lower) &&
      genitiveAttributeOpener(token.lower) &&
      !PHRASE_OPENING_ARTICLES.has(token.lower) &&
      tokens[end + 1]?.capital
    ) {
      headSeen = false;
    } else if (
      headSeen ||
      !(
        DETERMINERS.has(token.lower) ||
        // a cardinal in figures, as "zwei" in words, before its noun: "31 Prozent", "300 Anwohner"
        (end === start && /^\d+$/.test(token.text) && (tokens[end + 1]?.capital ?? false)) ||
        isAdjective(token.lower) ||
        (end > start && GENITIVE_OPENERS.has(token.lower))
      )
    ) {
      break;
    }
    end++;
  }
  while (
    end > start &&
    !(tokens[end - 1] as Token).capital &&
    !PHRASE_CLOSERS.has((tokens[end - 1] as Token).text)
  )
    end--;
  if (end === start) return undefined;
  const apposition = appositionName(tokens, end);
  return tokens.slice(start, apposition ?? end);
}

/**
 * Whether one or two capitalised words at `at` are followed by an acronym in parentheses ("Wissenschaft (GEW)"),
 * which closes the name they end.
 */
function acronymAfter(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 2 && tokens[k]?.word && tokens[k]?.capital) k++;
  const acronym = tokens[k + 1]?.text ?? '';
  return k > at && tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(acronym);
}

/**
 * A newspaper, agency or organisation named in quotation marks (schrieb „Die Zeit“, die „Computerwoche“): the
 * index after the closing mark when a short, capitalised name without a pronoun stands between the marks.
 */
export function quotedNameEnd(tokens: readonly Token[], at: number): number | undefined {
  const open = tokens[at];
  if (!open || open.word || !(open.text === '„' || open.text === '»' || open.text === '"')) return undefined;
  let capitals = 0;
  for (let k = at + 1; k < tokens.length && k - at <= 6; k++) {
    const token = tokens[k] as Token;
    if (!token.word) {
      const closes = token.text === '“' || token.text === '”' || token.text === '«' || token.text === '"';
      const words = k - at - 1;
      return closes && words > 0 && capitals * 2 >= words ? k + 1 : undefined;
    }
    if (PRONOUNS.has(token.lower) || (k === at + 1 && !token.capital)) return undefined;
    if (token.capital) capitals++;
  }
  return undefined;
}

/**
 * The end of ", Anna Berger" (or ", General Anna Berger", a title before the name, or ", die Biologin Anna Berger",
 * a role with its article) after a noun phrase when the name closes the clause.
 */
function appositionName(tokens: readonly Token[], at: number): number | undefined {
  if (tokens[at]?.text !== ',') return undefined;
  // ", die Biologin Anna Berger", ", der frühere Minister Paul Roth": an article, maybe an adjective, then a role
  let role = at + 1;
  const article = NOMINATIVE_DETERMINERS_BY_GENDER.has(tokens[role]?.lower ?? '');
  if (article) {
    role++;
    if (isAdjective(tokens[role]?.lower ?? '') && !tokens[role]?.capital) role++;
    if (!isRoleToken(tokens[role] ?? tokens[at])) return undefined;
  }
  let name = role;
  while (name < tokens.length && name - role < 2 && isRoleToken(tokens[name] as Token)) name++;
  // ", Dr. Anna Berger", ", Prof. Dr. Hans Ulrich Berg": an abbreviated title and its stop count as no word
  let end = name;
  let titles = 0;
  for (; end < tokens.length && end - at - titles <= 6; end++) {
    const token = tokens[end] as Token;
    if (inTitleOrInitial(tokens, end)) titles++;
    else if (!isNameToken(token)) break;
  }
  if (end === name) return undefined;
  const next = tokens[end];
  // with its article only at the sentence's end: before a comma it may be the subject's ("Der Leiter, der Physiker
  // Paul Roth, sagte")
  if (article) return next === undefined || SENTENCE_ENDS.has(next.text) ? end : undefined;
  if (next === undefined || endsClause(next) || next.lower === 'und') return end;
  return undefined;
}

/**
 * Whether the particle at `at` joins two parts of a name: "Thomas de Maizière", "Heike van Laak". Not the particles
 * that are German prepositions too ("zu Beginn", "von Amts wegen"); "von" opens a genitive phrase anyway.
 */
function particleInName(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  const particle = (tokens[at] as Token).lower;
  return (
    NAME_PARTICLES.has(particle) &&
    !GERMAN_PREPOSITION_PARTICLES.has(particle) &&
    isNameToken(tokens[at - 1] as Token) &&
    next !== undefined &&
    isNameToken(next)
  );
}

/**
 * Whether a lower-case word after a phrase's head can open an attribute of it: the genitive of an indefinite article
 * ("die Moderatorin eines Senders") or of an adjective without article, which ends in "-er" ("der Verband freier
 * Journalisten"), or a present participle ("die das Unglück überlebende Alice"). "mögliche Reaktionen" after
 * "eines Sprechers" is a phrase of its own: its "-e" is no genitive.
 */
function genitiveAttributeOpener(word: string): boolean {
  return (
    GENITIVE_ARTICLES.has(word) || word.endsWith('er') || word.endsWith('ende') || word.endsWith('enden')
  );
}

/**
 * "laut einem Sprecher Reaktionen": after a role the capitalised words of a name may follow ("Sprecher Hans Roth"),
 * but a noun in a suffix only plurals have is never a name; it opens the next phrase.
 */
function pluralAfterRole(tokens: readonly Token[], at: number): boolean {
  return (
    isRoleToken(tokens[at - 1] as Token) && endsWithAny((tokens[at] as Token).lower, PLURAL_NOUN_ENDINGS)
  );
}

/**
 * "Als Gründe nennen die Ärzte Stress", "die Anwohner Lärm": several people named by a plural noun take no name in
 * apposition ("der Sprecher Hans Roth" does), so a capitalised word after one opens the next phrase. Plural shows
 * by the article: a masculine role or a noun for people in "-er" after "die" (`pluralByArticle`), a feminine
 * plural in "-innen", or a plural the lexicon lists ("die Befragten", "die Ärzte").
 */
function pluralHeadBefore(tokens: readonly Token[], start: number, at: number): boolean {
  const head = tokens[at - 1] as Token;
  if (tokens[start]?.lower !== 'die' || at - start < 2 || !head.capital) return false;
  for (let k = start + 1; k < at - 1; k++) if ((tokens[k] as Token).capital) return false;
  if (pluralByArticle(tokens.slice(start, at))) return true;
  return (
    (head.lower.endsWith('er') && isCollectiveToken(head) && roleGender(head.text) !== 'f') ||
    (head.lower.endsWith('innen') && (isRoleToken(head) || isCollectiveToken(head))) ||
    PLURAL_PEOPLE.has(head.lower)
  );
}

/** A lower-case word that can stand before a noun: "geführten", "neue". */
export function isAdjective(word: string): boolean {
  return /(?:e|en|er|es|em)$/.test(word) && word.length > 3 && !STOP_WORDS.has(word);
}
