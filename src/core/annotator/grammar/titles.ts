/**
 * Abbreviated titles and initials in a person's name ("Prof. Dr. med. Ulrich Kern", "Matthias W. Beckmann"): their
 * full stops end no phrase, and the titles are no part of the name a reader knows the person by. Asked of every
 * word of every noun phrase, so each test looks at the full stop first: most words have none after them.
 */
import { NAME_TITLES } from '../lexicon/abbreviations';
import type { Token } from '../text/tokens';

/** Whether `stop` is a full stop written right after `word` ("Dr."). */
function stopAfter(word: Token | undefined, stop: Token | undefined): boolean {
  return word !== undefined && stop !== undefined && stop.text === '.' && word.end === stop.start;
}

/** Whether `tokens[k]` is an abbreviated title with its full stop after it ("Dr.", "med."). */
function titleAt(tokens: readonly Token[], k: number): boolean {
  const title = tokens[k];
  return stopAfter(title, tokens[k + 1]) && NAME_TITLES.has((title as Token).lower);
}

/**
 * Whether the token at `at` belongs to an abbreviated title or an initial inside a name, where a full stop does not
 * end the phrase: "Dr. Sarah Lindqvist", "Prof. Dr. med. Ulrich Kern", "Matthias W. Beckmann". A title in lower case
 * ("med.", "rer. nat.") before its stop, or a stop glued to a title or a single capital and followed by a capitalised
 * word or another title.
 */
export function inTitleOrInitial(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (token.word) return !token.capital && titleAt(tokens, at);
  const before = tokens[at - 1];
  const next = tokens[at + 1];
  if (!before || !next || !stopAfter(before, token)) return false;
  const initial = before.capital && before.text.length === 1;
  return (
    (initial || NAME_TITLES.has(before.lower)) && (next.capital || (!initial && NAME_TITLES.has(next.lower)))
  );
}

/**
 * `mention` without the abbreviated titles before a name and their full stops: "Dr. Sarah Lindqvist" names "Sarah
 * Lindqvist", "Prof. Dr. med. Ulrich Kern" "Ulrich Kern". A title is no part of the name a reader knows the person by.
 */
export function withoutTitles(mention: readonly Token[]): readonly Token[] {
  let titled = false;
  for (let k = 0; k < mention.length && !titled; k++) titled = titleAt(mention, k);
  if (!titled) return mention;
  return mention.filter((_, k) => !titleAt(mention, k) && !titleAt(mention, k - 1));
}
