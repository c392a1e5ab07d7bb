/**
 * Sets of word endings ("minister", "regierung") and the test whether a word ends in one of them, for the lists of
 * `nouns.ts`: a compound is covered by its last part ("US-Verteidigungsminister", "Bundesregierung"). The endings
 * are put in a trie over their letters read backwards once, when the lexicon loads, so a test walks the word from
 * its end and stops at the first letter no ending has: a few steps per word, no string made, nothing remembered
 * between calls.
 */

interface EndingNode {
  readonly next: Map<number, EndingNode>;
  /** Whether an ending ends here (reading backwards: starts here). */
  complete: boolean;
}

/** A set of lower-case word endings, ready for {@link endsWithAny}. */
export interface EndingSet {
  /** The endings as listed. */
  readonly list: readonly string[];
  readonly root: EndingNode;
}

/** The ending set of `list` (lower-case endings). */
export function endingSet(list: readonly string[]): EndingSet {
  const root: EndingNode = { next: new Map(), complete: false };
  for (const ending of list) {
    let node = root;
    for (let i = ending.length - 1; i >= 0; i--) {
      const code = ending.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), complete: false };
        node.next.set(code, child);
      }
      node = child;
    }
    node.complete = true;
  }
  return { list, root };
}

/**
 * Whether the lower-cased `word`, cut at `end` and with `suffix` added, ends in one of `endings` (a word equal to an
 * ending counts): `endsWithAny("sprechers", ROLE_ENDINGS, 8)` asks about "sprecher" without making that string.
 */
export function endsWithAny(word: string, endings: EndingSet, end = word.length, suffix = ''): boolean {
  let node = endings.root;
  for (let i = suffix.length - 1; i >= 0; i--) {
    const child = node.next.get(suffix.charCodeAt(i));
    if (!child) return false;
    if (child.complete) return true;
    node = child;
  }
  for (let i = end - 1; i >= 0; i--) {
    const child = node.next.get(word.charCodeAt(i));
    if (!child) return false;
    if (child.complete) return true;
    node = child;
  }
  return false;
}

/**
 * Whether the lower-cased `word` is one of `nouns` or a compound ending in one with more than two letters before it
 * ("grundsatzkritik" for "kritik", not "skritik"): the test of the noun lists whose compounds count. With `alone`
 * false, only a compound counts. Walks the word from its end like {@link endsWithAny}, past a complete ending that
 * leaves too short a stem, so that a longer ending can still match.
 */
export function endsAsCompound(word: string, nouns: EndingSet, alone = true): boolean {
  let node = nouns.root;
  for (let i = word.length - 1; i >= 0; i--) {
    const child = node.next.get(word.charCodeAt(i));
    if (!child) return false;
    if (child.complete && (i > 2 || (alone && i === 0))) return true;
    node = child;
  }
  return false;
}
