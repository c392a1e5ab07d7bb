/**
 * The list of articles an older site shipped (`index.json` beside the articles), parsed like any untrusted input.
 * The build now makes a split index from the articles themselves (`src/core/archive/`); this format is still
 * recognised by `npm run validate` and kept up to date by `npm run add` where a folder has such a file.
 */
import { z } from 'zod';
import { formatPath } from './parse';
import { LanguageTag, LocalizedText, Slug } from './schema';

export const LibraryEntry = z.object({
  id: Slug,
  title: LocalizedText,
  published: z.string(),
  originalLanguage: LanguageTag,
  languages: z.array(LanguageTag).min(1),
  source: z.string().optional(),
});

export const LibraryIndex = z.object({ articles: z.array(LibraryEntry) });

export type LibraryEntry = z.output<typeof LibraryEntry>;
export type LibraryIndex = z.output<typeof LibraryIndex>;

/** Validates a parsed `index.json`; problems are `path: message` lines. */
export function parseLibraryIndex(
  value: unknown,
): { ok: true; index: LibraryIndex } | { ok: false; problems: string[] } {
  const result = LibraryIndex.safeParse(value);
  if (result.success) return { ok: true, index: result.data };
  return { ok: false, problems: result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) };
}
