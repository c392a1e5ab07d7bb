/**
 * Stance nouns ("Ablehnung", "Bedenken", "Zustimmung"): what a verb of making known ("äußern", "bekunden") makes
 * known, never who makes it known. "Ihre Ablehnung hat die Partei offen geäußert": the phrase before the auxiliary is
 * the object, and the subject follows the auxiliary.
 */
import { endsAsCompound } from '../lexicon/endings';
import { type Cue } from './cues';
import { clauseStartBefore, subjectAfterAuxiliary } from './clause-subjects';
import { DETERMINERS } from '../lexicon/nouns';
import { STANCE_NOUNS } from '../lexicon/statement-nouns';
import type { Token } from '../text/tokens';

/** Whether a token is a stance noun or a compound ending in one ("Grundsatzkritik"). */
export function isStanceNoun(token: Token): boolean {
  return token.capital && endsAsCompound(token.lower, STANCE_NOUNS);
}

/**
 * The subject phrase found for `cue`, unless its head — its first capitalised word after the article — is a stance noun: then the
 * phrase after the finite auxiliary for a participle ("Ihre Ablehnung hat die Partei geäußert"), else none.
 */
export function notAStance(
  tokens: readonly Token[],
  cue: Cue,
  phrase: Token[] | undefined,
): Token[] | undefined {
  const head = phrase?.find((t) => t.capital && t.word && !DETERMINERS.has(t.lower));
  if (!head || !isStanceNoun(head)) return phrase;
  return cue.participle
    ? subjectAfterAuxiliary(tokens, clauseStartBefore(tokens, cue.index), cue.index)
    : undefined;
}
