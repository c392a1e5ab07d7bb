/**
 * Re-applies a reader's change to an article that was changed elsewhere in the meantime (another tab, a machine
 * translation saved in the background): a three-way merge of `base` (the copy the change was made on), `mine`
 * (that copy with the change) and `theirs` (what is stored now).
 *
 * The article is compared part by part: each speaker, quote, event and paragraph by its id, and every other
 * top-level field (title, translations, annotation…) as a whole. A part only `mine` changed takes `mine`'s value;
 * a part only `theirs` changed keeps `theirs`'; a part both changed to different values is a conflict, and so is a
 * merged article that is no longer valid (a quote now attributed to a speaker the other side deleted). Nothing is
 * ever merged inside a part: two different edits of one quote are for the reader to decide.
 */
import type { Article } from './schema';

/** The merged article, or the parts (`quotes/q3`, `title`) both sides changed differently. */
export type RebaseResult = { ok: true; article: Article } | { ok: false; conflicts: string[] };

type Part = { id: string };
const COLLECTIONS = ['paragraphs', 'speakers', 'quotes', 'events'] as const;

/**
 * JSON with object keys sorted and `undefined` properties dropped: two values with the same content give the same
 * string whatever the order their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

/** Whether two articles (or parts of one) have the same content. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The three-way merge of one collection of parts with ids. The order is `theirs`', with parts only `mine` added
 * placed after the part they followed in `mine` (or at the end).
 */
function mergeParts<T extends Part>(
  name: string,
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  conflicts: string[],
): T[] {
  const byId = (parts: readonly T[]) => new Map(parts.map((part) => [part.id, part]));
  const [baseById, mineById, theirsById] = [byId(base), byId(mine), byId(theirs)];
  const merged: (T | undefined)[] = [];
  const mergedIds = new Set<string>();
  const decide = (id: string): T | undefined => {
    const [b, m, t] = [baseById.get(id), mineById.get(id), theirsById.get(id)];
    if (sameContent(b, m)) return t; // not changed here: theirs, whatever it is
    if (sameContent(b, t) || sameContent(m, t)) return m; // changed here only, or the same way on both sides
    conflicts.push(`${name}/${id}`);
    return t;
  };
  for (const part of theirs) {
    merged.push(decide(part.id));
    mergedIds.add(part.id);
  }
  // Parts not in `theirs`: deleted there (stay deleted unless changed here) or added here.
  mine.forEach((part, index) => {
    if (mergedIds.has(part.id)) return;
    const kept = decide(part.id);
    if (!kept) return;
    const previous = index > 0 ? mine[index - 1]?.id : undefined;
    const at = previous === undefined ? -1 : merged.findIndex((p) => p?.id === previous);
    merged.splice(at === -1 ? merged.length : at + 1, 0, kept);
    mergedIds.add(part.id);
  });
  return merged.filter((part): part is T => part !== undefined);
}

/**
 * `mine`'s changes to `base` applied to `theirs`. `isValid` checks the merged article (the schema's integrity
 * checks: references, offsets); an invalid result is reported as a conflict of the whole article.
 */
export function rebaseArticle(
  base: Article,
  mine: Article,
  theirs: Article,
  isValid: (article: Article) => boolean,
): RebaseResult {
  const conflicts: string[] = [];
  const merged: Record<string, unknown> = {};
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const field of fields) {
    const [b, m, t] = [base, mine, theirs].map((a) => (a as unknown as Record<string, unknown>)[field]);
    if ((COLLECTIONS as readonly string[]).includes(field)) {
      merged[field] = mergeParts(field, b as Part[], m as Part[], t as Part[], conflicts);
    } else if (sameContent(b, m)) merged[field] = t;
    else if (sameContent(b, t) || sameContent(m, t)) merged[field] = m;
    else {
      conflicts.push(field);
      merged[field] = t;
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  const article = merged as unknown as Article;
  return isValid(article) ? { ok: true, article } : { ok: false, conflicts: ['(whole article)'] };
}
