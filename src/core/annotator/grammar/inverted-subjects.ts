/**
 * The subject after an inverted verb: "sagte Berger", "sagte am Donnerstag der Minister", "so der Chef, X Y",
 * "dachte niemand". Skips adverbs, time nouns and prepositional phrases between the verb and the subject, at most
 * eight tokens; the phrase itself is cut by `noun-phrases.ts`.
 */
import { type Cue } from './cues';
import { endsClause } from './clause-ends';
import { DETERMINERS, PRONOUNS, STOP_WORDS, TIME_NOUNS } from '../lexicon/nouns';
import {
  DEMONSTRATIVE_PRONOUNS,
  GENITIVE_PRONOUNS,
  PERSON_INDEFINITES,
  PLURAL_DETERMINERS,
} from '../lexicon/articles';
import type { Token } from '../text/tokens';
import { ATTRIBUTIVE_ENDING, isAdjective, isPreposition, nounPhrase, quotedNameEnd } from './noun-phrases';

/** The subject after an inverted verb: "sagte Berger", "sagte am Donnerstag der Minister", "so der Chef, X Y". */
export function subjectAfter(
  tokens: readonly Token[],
  cue: Cue | { index: number; tokens: Token[] },
): Token[] | undefined {
  const particle = cue.tokens[1];
  let j = cue.index + 1;
  let skipped = 0;
  let lastWordSkipped = -1;
  while (j < tokens.length && skipped < 8) {
    const token = tokens[j] as Token;
    if (quotedNameEnd(tokens, j) !== undefined) return nounPhrase(tokens, j, particle);
    if (endsClause(token) || token === particle) return undefined;
    if (PRONOUNS.has(token.lower)) return [token];
    if (DEMONSTRATIVE_PRONOUNS.has(token.lower) && !(tokens[j + 1]?.capital ?? false)) return [token];
    if (indefiniteAlone(tokens, j)) return [token];
    if (TIME_NOUNS.has(token.lower)) {
      j++;
      skipped++;
      continue;
    }
    if (DETERMINERS.has(token.lower)) break;
    if (token.capital && !STOP_WORDS.has(token.lower)) {
      // "forderten höhere Zuschüsse": an inflected adjective right before the noun belongs to its phrase, which
      // has no article and so names no one in particular (the other words skipped are adverbs: "sagte gestern")
      const previous = (tokens[j - 1] as Token).lower;
      const adjective =
        ATTRIBUTIVE_ENDING.test(previous) && isAdjective(previous) && !GENITIVE_PRONOUNS.has(previous);
      // "forderte zwanzig Todesopfer", "kamen 300 Gäste": a cardinal opens the phrase, whose number it gives
      const cardinal = PLURAL_DETERMINERS.has(previous) || /^\d+$/.test(previous);
      if (lastWordSkipped === j - 1 && (adjective || cardinal)) j--;
      break;
    }
    if (token.lower === 'unter' && /^andere[mn]$/.test(tokens[j + 1]?.lower ?? '')) {
      // "unter anderem", an adverb
      j += 2;
      skipped++;
      continue;
    }
    if (STOP_WORDS.has(token.lower) && isPreposition(token.lower)) {
      j = skipPrepositionalPhrase(tokens, j);
      skipped++;
      continue;
    }
    lastWordSkipped = j;
    j++;
    skipped++;
  }
  if (j >= tokens.length) return undefined;
  return nounPhrase(tokens, j, particle);
}

/**
 * Whether `tokens[at]` is an indefinite pronoun for people standing alone ("Einige vertreten …", "dachte niemand"),
 * not the determiner of a noun after it ("einige Experten").
 */
export function indefiniteAlone(tokens: readonly Token[], at: number): boolean {
  return PERSON_INDEFINITES.has(tokens[at]?.lower ?? '') && !(tokens[at + 1]?.capital ?? false);
}

function skipPrepositionalPhrase(tokens: readonly Token[], j: number): number {
  let k = j + 1;
  while (k < tokens.length) {
    const token = tokens[k] as Token;
    k++;
    if (!token.word || (token.capital && !DETERMINERS.has(token.lower))) break;
  }
  return k;
}
