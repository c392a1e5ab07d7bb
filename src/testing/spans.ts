import type { Span } from '../core/article/schema';

/**
 * The span of paragraph `paragraph` that covers `exact` in its text `text` (its `nth` occurrence, the first by
 * default), for hand-made articles in tests. Throws when the words are not there, so a test cannot anchor nothing.
 */
export function spanOf(paragraph: string, text: string, exact: string, nth = 0): Span {
  let start = text.indexOf(exact);
  for (let i = 0; i < nth && start !== -1; i++) start = text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`"${exact}" is not in paragraph ${paragraph}: "${text}"`);
  return { paragraph, start, end: start + exact.length, exact };
}
