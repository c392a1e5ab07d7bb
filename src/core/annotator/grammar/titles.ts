/**
 * Abbreviated titles and initials in a person's name ("Prof. Dr. med. Ulrich Kern", "Matthias W. Beckmann"): their
 * full stops end no phrase, and the titles are no part of the name a reader knows the person by.
 */
import { NAME_TITLES } from '../lexicon/abbreviations';
import type { Token } from '../text/tokens';

/**
 * Whether the token at `at` belongs to an abbreviated title or an initial inside a name, where a full stop does not
 * end the phrase: "Dr. Sarah Lindqvist", "Prof. Dr. med. Ulrich Kern", "Matthias W. Beckmann". A title in lower case
 * ("med.", "rer. nat.") before its stop, or a stop glued to a title or a single capital and followed by a capitalised
 * word or another title.
 */
export function inTitleOrInitial(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  const glued = (word: Token | undefined, stop: Token | undefined): boolean =>
    word !== undefined && stop?.text === '.' && word.end === stop.start;
  if (token.word && !token.capital) return NAME_TITLES.has(token.lower) && glued(token, tokens[at + 1]);
  const before = tokens[at - 1];
  const next = tokens[at + 1];
  if (!glued(before, token) || !before || !next) return false;
  const initial = before.capital && before.text.length === 1;
  return (
    (NAME_TITLES.has(before.lower) || initial) && (next.capital || (NAME_TITLES.has(next.lower) && !initial))
  );
}

/**
 * `mention` without the abbreviated titles before a name and their full stops: "Dr. Sarah Lindqvist" names "Sarah
 * Lindqvist", "Prof. Dr. med. Ulrich Kern" "Ulrich Kern". A title is no part of the name a reader knows the person by.
 */
export function withoutTitles(mention: readonly Token[]): readonly Token[] {
  const titled = (k: number): boolean => {
    const title = mention[k];
    const stop = mention[k + 1];
    return (
      title !== undefined && NAME_TITLES.has(title.lower) && stop?.text === '.' && title.end === stop.start
    );
  };
  if (!mention.some((_, k) => titled(k))) return mention;
  return mention.filter((_, k) => !titled(k) && !titled(k - 1));
}
