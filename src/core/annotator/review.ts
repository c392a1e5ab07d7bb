/**
 * Which found quotes a person should look at before trusting them. A quote's confidence is set by the rule that
 * found it and the way its speaker was found; measured on the corpus's train split (`npm run eval:quotes`, its
 * calibration table), quotes below {@link REVIEW_BELOW} are found with their speaker right less often than not
 * (0.3: 21 %, 0.4: 41 %), those at or above it more often (0.5: 58 %, 0.7: 86 %, 0.9: 92 %). So `needsReview`
 * means what a reader takes it to mean: "less likely right than not", not "found by a rule that can guess".
 */

/** The confidence below which a found quote needs review. */
export const REVIEW_BELOW = 0.5;

/** Whether a quote of this confidence (0-1, as the article shows it) is less likely right than not. */
export function quoteNeedsReview(confidence: number): boolean {
  return confidence < REVIEW_BELOW;
}
