/**
 * Which words of a speaker mention name the speaker: a run of name tokens ("Anna Berger", "Ursula von der Leyen"),
 * not a name after a preposition ("der Bürgermeister von Bad Ems") nor a capitalised adjective ("die Berliner
 * Polizei"); the phrase before a relative pronoun ("Norwegen, das …"). Used by `speaker-book.ts`.
 */
import { endsAsCompound } from '../lexicon/endings';
import { DETERMINERS, NAME_PARTICLES, PARTICLE_ARTICLES } from '../lexicon/nouns';
import { STATEMENT_NOUNS } from '../lexicon/statement-nouns';
import { GENITIVE_ARTICLES } from '../lexicon/articles';
import { NOMINATIVE_RELATIVES } from '../lexicon/articles';
import { PHRASE_PREPOSITIONS } from '../lexicon/prepositions';
import type { Token } from '../text/tokens';
import { isAdjective } from '../grammar/noun-phrases';
import { isCollectiveToken, isNameToken, surnameAt } from './naming-words';

/**
 * "Ägypten , das" gives "Ägypten": a relative pronoun after a comma stands for the phrase before it, which names
 * the speaker (`grammar/relative-subjects.ts` keeps it in the mention).
 */
export function withoutRelativePronoun(mention: readonly Token[]): readonly Token[] {
  const last = mention[mention.length - 1];
  return mention.length > 2 &&
    mention[mention.length - 2]?.text === ',' &&
    NOMINATIVE_RELATIVES.has(last?.lower ?? '')
    ? mention.slice(0, -2)
    : mention;
}

/**
 * Whether a one-word "name" is a capitalised adjective before its noun: "die Berliner Polizei", "die Vereinigten
 * Staaten", "der Vereinten Nationen". German capitalises an adjective made from a place ("Berliner") or standing
 * in a proper name, but it names nobody alone; the phrase is named by the noun it describes.
 */
export function attributiveAdjective(words: readonly Token[], run: readonly Token[] | undefined): boolean {
  const only = run?.length === 1 ? run[0] : undefined;
  if (!only || !/(?:er|en|e)$/.test(only.lower)) return false;
  const noun = words[words.indexOf(only) + 1];
  return noun !== undefined && noun.capital && !isNameToken(noun);
}

/** "Tilo Berg" of "Tilo Berg, ein Sprecher des Wetterdienstes in Bremen": a bare name before an apposition. */
export function leadingName(mention: readonly Token[]): Token[] | undefined {
  const comma = mention.findIndex((t) => t.text === ',');
  if (comma < 1 || comma > 5) return undefined;
  const head = mention.slice(0, comma);
  return head.every((t) => isNameToken(t) || NAME_PARTICLES.has(t.text)) && isNameToken(head[0] as Token)
    ? head
    : undefined;
}

/**
 * The last run of name tokens in a phrase ("Anna Berger" in "die Leiterin des Bauamts, Anna Berger") that is not
 * the object of a preposition: in "der Bürgermeister von Bad Homburg" or "die WHO in Genf" the name after the
 * preposition is a place or a group the speaker belongs to, not the speaker, so an earlier run counts ("WHO").
 */
export function lastNameRun(words: readonly Token[]): Token[] | undefined {
  let end = words.length;
  for (;;) {
    const run = nameRunBefore(words, end);
    if (!run) return undefined;
    const preposition = prepositionOpening(words, run.start);
    if (preposition < 0) return words.slice(run.start, run.end);
    end = preposition;
  }
}

/**
 * The index of the preposition whose phrase holds the name at `start` — right before it ("von Bad Ems") or before
 * the articles, adjectives and nouns that the name closes ("von der Universität Kiel", "vom Deutschen
 * Krebsforschungszentrum"), so that "Anna Berger von der Universität Kiel" is Anna Berger; -1 when a name or the
 * phrase's start comes first.
 */
function prepositionOpening(words: readonly Token[], start: number): number {
  for (let k = start - 1; k >= 0; k--) {
    const token = words[k] as Token;
    // "Von der Brügge": a particle that opens the phrase before an article is part of the surname
    if (PHRASE_PREPOSITIONS.has(token.lower)) return k > 0 || k === start - 1 ? k : -1;
    if (!token.word || isNameToken(token)) return -1;
  }
  return -1;
}

/**
 * The last run of name tokens ending at or before `end`, if only lower-case words stand after it. After a noun for a
 * group, capitalised words right after it up to `end` belong to it: a group's name may hold a common noun
 * ("Fahrgastverband Pro Bahn").
 */
function nameRunBefore(words: readonly Token[], end: number): { start: number; end: number } | undefined {
  const last = end;
  while (end > 0 && !isNameToken(words[end - 1] as Token) && !surnameAt(words, end - 1)) {
    if (!(words[end - 1] as Token).word) return undefined;
    end--;
  }
  if (end === 0) return undefined;
  let start = end - 1;
  while (start > 0) {
    const before = words[start - 1] as Token;
    if (isNameToken(before)) start--;
    else if (NAME_PARTICLES.has(before.text) && start > 1 && isNameToken(words[start - 2] as Token))
      start -= 2;
    // "Ursula von der Leyen", "Rafael van der Vaart": a particle with an article, before one word (in "Kostas
    // Lagouvardos von der Sternwarte Athen" the words after it name where he works)
    else if (
      end - start === 1 &&
      PARTICLE_ARTICLES.has(before.text) &&
      start > 2 &&
      NAME_PARTICLES.has((words[start - 2] as Token).text) &&
      isNameToken(words[start - 3] as Token)
    )
      start -= 3;
    else break;
  }
  // "der dänische Planer Jan Gehl": the capitalised word right after an article and its adjectives is the phrase's
  // noun, and a name of two or more words after it stands in apposition to it ("der junge Peter Müller" keeps his
  // first name: one word after it is a surname, not a name).
  // A name written in capitals ("der britische National Health Service NHS", "des Kraftwerks Fukushima I") is an
  // organisation's or a thing's, whose words all belong to it.
  if (
    end - start >= 3 &&
    nounAfterAdjectives(words, start) &&
    !words.slice(start + 1, end).some((t) => /^[A-ZÄÖÜ]+$/.test(t.text))
  )
    start++;
  const joined = (k: number): boolean => (words[k] as Token).start === (words[k - 1] as Token).end + 1;
  // "das Robert Koch-Institut", "des Robert Koch-Instituts": a group named after a person, its noun joined to the
  // name by a hyphen
  const hyphened = words[end];
  if (end < last && hyphened?.text.includes('-') && isCollectiveToken(hyphened) && joined(end))
    return { start, end: end + 1 };
  // after a noun for a group only: "nahm Eva Lange Stellung" ends the name at "Lange"
  const group = start > 0 && isCollectiveToken(words[start - 1] as Token);
  let tail = end;
  while (
    group &&
    tail < last &&
    (words[tail] as Token).capital &&
    (words[tail] as Token).word &&
    joined(tail)
  )
    tail++;
  return { start, end: tail === last ? last : end };
}

/** Whether `words[at]` follows an article and one or more lower-case adjectives ("der dänische Planer"). */
function nounAfterAdjectives(words: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && !(words[k] as Token).capital && isAdjective((words[k] as Token).lower)) k--;
  return k < at - 1 && k >= 0 && DETERMINERS.has((words[k] as Token).lower);
}

/**
 * "Die Kernaussage von Paul Weber", "die Forderung des Verbands": a noun for what was said, with the one who said it
 * in a "von" or (with `genitive`) a genitive attribute right after it, speaks for that one. The attribute, or
 * `undefined`. A genitive names the speaker only as part of the phrase ("der Bericht der Zeitung" is how the
 * report is known), "von" with a name names the person who said it.
 */
export function statementHolder(words: readonly Token[], genitive: boolean): readonly Token[] | undefined {
  const head = words.findIndex((t) => t.capital && !DETERMINERS.has(t.lower));
  const noun = words[head];
  if (!noun || !namesStatement(noun.lower)) return undefined;
  const next = words[head + 1]?.lower ?? '';
  if (next === 'von' || next === 'vom') return words.length > head + 2 ? words.slice(head + 2) : undefined;
  return genitive && GENITIVE_ARTICLES.has(next) && words.length > head + 2
    ? words.slice(head + 1)
    : undefined;
}

function namesStatement(lower: string): boolean {
  return endsAsCompound(lower, STATEMENT_NOUNS);
}
