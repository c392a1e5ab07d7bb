/**
 * Reportative "sollen", free indirect speech: "soll" with a perfect infinitive ("soll … angegriffen haben") passes
 * on a claim about the past without vouching for it. In a main clause the claim is the sentence; in a subordinate
 * clause the finite modal stands last, right after the perfect infinitive, and the claim is that clause alone: "…,
 * welcher den Brand verursacht haben soll", "…, die dort verschwunden sein sollen". A run of main clauses with an
 * early "soll" reports a plan or a claim (`sollFollows`); a plan for a date after the text's is the writer's.
 */
import { isPerfectParticiple } from '../grammar/participle-attributes';
import { PERFECT_AUXILIARIES, REPORTATIVE_MODALS } from '../lexicon/auxiliaries';
import type { Token } from '../text/tokens';
import type { FoundQuote, Sentence, SpeechContext, TextModel } from '../model';
import type { QuotedPart } from '../text/quotation-marks';
import { findDates } from '../dates/date-mentions';
import { laterThan, type Day } from '../dates/date-match';
import { contentEnd, insideQuotes } from '../text/text-model';
import { DETERMINERS, PRONOUNS } from '../lexicon/nouns';
import { PREPOSITIONS } from '../lexicon/prepositions';
import { NOT_FINITE } from '../lexicon/verb-forms';
import { COORDINATORS } from '../lexicon/conjunctions';

/** Token indices of a claim: `[start, end)`. */
export interface ClaimClause {
  start: number;
  end: number;
}

/**
 * The subordinate clause of `tokens` that reports a claim with a perfect infinitive and a closing "soll" or
 * "sollen", if there is one: from the comma before it (or the sentence's start) to the modal. Measured on train
 * against the same test in a main clause ("X soll … bedroht haben, was …"), which gained 5 quotations for 11
 * predictions there and stays out.
 */
export function claimClause(
  tokens: readonly Token[],
  inside: (token: Token) => boolean,
): ClaimClause | undefined {
  for (let j = 1; j < tokens.length - 1; j++) {
    const auxiliary = tokens[j] as Token;
    if (!PERFECT_AUXILIARIES.has(auxiliary.lower) || inside(auxiliary)) continue;
    const participle = tokens[j - 1] as Token;
    const modal = tokens[j + 1] as Token;
    if (participle.capital || !isPerfectParticiple(participle.lower) || !REPORTATIVE_MODALS.has(modal.lower))
      continue;
    let comma = j - 1;
    while (comma > 0 && tokens[comma]?.text !== ',') comma--;
    return { start: comma > 0 ? comma + 1 : 0, end: j + 2 };
  }
  return undefined;
}

/** Whether a lower-case word may be a verb: no article, pronoun, preposition, conjunction or particle. */
function verbLike(token: Token): boolean {
  const lower = token.lower;
  return (
    token.word &&
    !token.capital &&
    !/^\d/.test(token.text) &&
    !DETERMINERS.has(lower) &&
    !PRONOUNS.has(lower) &&
    !PREPOSITIONS.has(lower) &&
    !NOT_FINITE.has(lower) &&
    !COORDINATORS.has(lower)
  );
}

/**
 * "Ein Wärter wurde festgenommen, er soll den Häftlingen geholfen haben", "Drei Menschen starben, zehn sollen
 * verletzt worden sein": a main clause with "soll" joined by a comma to a main clause of the writer's before it
 * (one with a verb of its own in the indicative), its own subject between the comma and the modal. The writer
 * states the first clause and adds the claim to it; the corpus annotates none of the four such sentences on the
 * train split. Not an insertion before the modal ("Die Figur, mit der man spielt, soll …": the modal right after
 * the comma), a list of nouns ("Firmen aus Polen, Belgien und Spanien sollen …": no verb before the comma) nor a
 * subordinate clause, whose modal stands last.
 */
export function claimAfterWritersClause(outside: readonly Token[], modal: number): boolean {
  // A modal that closes its clause ("…, die verschwunden sein sollen") is a subordinate claim: `claimClause`.
  if (!outside[modal + 1]?.word) return false;
  let comma = modal - 1;
  while (comma > 0 && outside[comma]?.text !== ',') comma--;
  if (comma <= 0 || comma >= modal - 1) return false;
  const opener = outside[comma + 1] as Token;
  if (
    !opener.capital &&
    !PRONOUNS.has(opener.lower) &&
    !DETERMINERS.has(opener.lower) &&
    !/^\d/.test(opener.text)
  )
    return false;
  for (let k = comma - 1; k >= 0 && outside[k]?.text !== ','; k--)
    if (verbLike(outside[k] as Token)) return true;
  return false;
}

/** How far into its main clause a reportative "soll" stands (in tokens outside quotations). */
const EARLY_MODAL = 8;

/** Whether "soll"/"sollen" stands early in the main clause of `tokens`, before any comma or colon. */
function earlySoll(tokens: readonly Token[], inside: (token: Token) => boolean): boolean {
  let words = 0;
  for (const token of tokens) {
    if (inside(token)) continue;
    if (REPORTATIVE_MODALS.has(token.lower)) return true;
    if (token.text === ',' || token.text === ':' || ++words > EARLY_MODAL) return false;
  }
  return false;
}

/** Whether the next sentence, in the same paragraph, has a "soll" early in its main clause. */
export function sollFollows(model: TextModel, index: number): boolean {
  const next = model.sentences[index + 1];
  const sentence = model.sentences[index];
  if (!next || !sentence || next.paragraph !== sentence.paragraph) return false;
  return earlySoll(next.tokens, insideQuotes(model, next.paragraph));
}

/**
 * How many sentences back the source of an "X soll … haben" claim may have been named: news runs a source's claims
 * over several sentences, across a paragraph break too ("Laut Polizei … . Er soll … haben.").
 */
const CLAIM_REACH = 4;

/** The sentence's words: which tokens are inside quotation marks, those outside, and its whole span. */
export interface SentenceParts {
  readonly inside: (token: Token) => boolean;
  readonly outside: readonly Token[];
  readonly whole: QuotedPart;
}

/**
 * Free indirect speech with "soll"/"sollen" in sentence `index` (`continuation.ts` asks when the sentence continues
 * no Konjunktiv report): "X soll … haben" reports a claim without naming who makes it (in a subordinate clause
 * "…, der … gelegt haben soll" the clause alone), and a "soll" sentence right after a statement reports the plan it
 * announced, unless the plan is for a date after the text's. A run of such sentences is one passage.
 */
export function freeIndirectIn(
  model: TextModel,
  sentence: Sentence,
  index: number,
  context: SpeechContext,
  { inside, outside, whole }: SentenceParts,
  day: Day | undefined,
): FoundQuote[] {
  const modal = outside.findIndex((t) => REPORTATIVE_MODALS.has(t.lower));
  const final = outside[outside.length - 1]?.word ? outside[outside.length - 1] : outside[outside.length - 2];
  // "X soll … gesagt haben" reports a claim; "Die Busse sollen im Depot bleiben" right after a statement
  // reports the plan just announced (the modal in the main clause, early in the sentence).
  const claim = final && PERFECT_AUXILIARIES.has(final.lower);
  const early =
    modal >= 0 && modal <= 8 && !outside.slice(0, modal).some((t) => t.text === ',' || t.text === ':');
  // "Eine Entscheidung soll im März fallen", "Bis 2027 sollen alle Gebäude fertig sein": a plan for a date after
  // the text's is the writer's schedule, not what the speaker before said ("soll … gesagt haben" reports the past)
  const perfect = claim && isPerfectParticiple(outside[outside.indexOf(final) - 1]?.lower ?? '');
  const scheduled = modal >= 0 && day !== undefined && !perfect && scheduledAfter(sentence.tokens, day);
  // "Im Herbst sollen die Arbeiten beginnen. Die Kosten sollen … betragen.": a run of "soll" sentences reports a
  // plan or claim by itself, however far the last statement is.
  const plan = early && !scheduled && (index - context.sentence <= 1 || sollFollows(model, index));
  const reported = (claim && !scheduled) || plan;
  // "Die Busse sollen im Depot bleiben. Die Streiks sollen bis Freitag dauern.": the next "soll" sentence goes on
  // with the report or plan of the one before, as one passage.
  const last = context.continuation;
  const lastPart = last?.quote.spans[last.quote.spans.length - 1];
  if (
    early &&
    last?.quote.kind === 'freeIndirect' &&
    last.index === index - 1 &&
    lastPart?.paragraph === sentence.paragraph
  ) {
    lastPart.end = whole.end;
    last.index = index;
    return [];
  }
  const clause = modal >= 0 && reported ? undefined : claimClause(sentence.tokens, inside);
  if (modal > 0 && claimAfterWritersClause(outside, modal)) return [];
  if ((modal >= 0 && reported) || clause) {
    const speaker = index - context.sentence <= CLAIM_REACH ? context.speaker : undefined;
    const first = clause && sentence.tokens[clause.start];
    const lastToken = clause && sentence.tokens[clause.end - 1];
    const span =
      first && lastToken
        ? {
            paragraph: sentence.paragraph,
            start: first.start,
            end: Math.min(lastToken.end, contentEnd(model, sentence)),
          }
        : whole;
    const quote: FoundQuote = {
      kind: 'freeIndirect',
      spans: [span],
      cue: [],
      ...(speaker ? { speaker } : {}),
      confidence: 0.45,
    };
    context.continuation = { quote, index, whole: true };
    return [quote];
  }
  return [];
}

/** Whether the sentence names a date after the publication day `day` ("im März" in a November text). */
function scheduledAfter(tokens: readonly Token[], day: Day): boolean {
  return findDates(tokens, day).some((mention) => laterThan(mention.date, day));
}
