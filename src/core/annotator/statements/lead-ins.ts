/**
 * "Der Kanzler reagierte zurückhaltend: Man teile das Ziel, …": a main clause before a colon that names someone
 * and says how they took something leads in to what they said; the Konjunktiv after the colon is theirs.
 */
import { nounPhrase } from '../grammar/noun-phrases';
import { FOCUS_PARTICLES } from '../lexicon/adverbs';
import { isReportedVerbAt } from '../grammar/reported-verbs';
import { oblique } from '../grammar/subject-phrases';
import { canSpeak } from '../speakers/animacy';
import type { Token } from '../text/tokens';

/** The lead-in of a sentence: its subject, and the index of the first token after its colon. */
export interface LeadIn {
  subject: Token[];
  after: number;
}

/**
 * The lead-in before the first colon outside quotation marks: the sentence opens with a noun phrase that can speak,
 * a lower-case finite verb in the indicative follows it, and no clause ends before the colon; after the colon the words are the
 * writer's, not a quotation (a quotation after the colon is a direct quote of its own). `undefined` otherwise.
 */
export function leadIn(tokens: readonly Token[], inside: (token: Token) => boolean): LeadIn | undefined {
  let colon = -1;
  for (let k = 0; k < tokens.length && k <= LEAD_IN_REACH; k++) {
    const token = tokens[k] as Token;
    if (inside(token) || token.text === ',' || token.text === ';') return undefined;
    if (token.text === ':') {
      colon = k;
      break;
    }
  }
  const next = tokens[colon + 1];
  if (colon < 2 || !next || inside(next) || !next.word) return undefined;
  // "Auch Kanzler Jan Merk stellte sich hinter den Entwurf: …": a focus particle may stand before the subject
  const from = FOCUS_PARTICLES.has(tokens[0]?.lower ?? '') ? 1 : 0;
  const subject = nounPhrase(tokens, from, tokens[colon]);
  const verbAt = from + (subject?.length ?? 0);
  const verb = subject ? tokens[verbAt] : undefined;
  if (!subject || !verb?.word || verb.capital || verbAt >= colon) return undefined;
  // "Zugleich stoße das Netz an Grenzen: …": a lead-in in Konjunktiv is itself reported, part of the running speech
  if (isReportedVerbAt(tokens, verbAt)) return undefined;
  return canSpeak(subject) && !oblique(subject) ? { subject, after: colon + 1 } : undefined;
}

/** How many tokens a lead-in may hold before its colon: "Die Ministerin zeigte sich am Montag in Kiel skeptisch". */
const LEAD_IN_REACH = 16;
