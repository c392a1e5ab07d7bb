/**
 * The library's split index made from a folder of article files, for the dev server (`./dev-library.ts`), which
 * loads this module through Vite when the index is first asked for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libraryEntry, newestFirst, type LibraryEntry } from '../../src/core/archive/library-entry';
import { splitLibrary } from '../../src/core/archive/library-split';
import { parseArticleJson } from '../../src/core/article/parse';

/** The split index of the articles in `folder`, by path (`all.json`, `all/0.json`, …), as JSON text. */
export function libraryIndexFiles(folder: string, warn: (message: string) => void): Map<string, string> {
  const entries: LibraryEntry[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.json') || name === 'index.json') continue;
    const parsed = parseArticleJson(readFileSync(join(folder, name), 'utf8'));
    if (!parsed.ok) {
      const problems = parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
      warn(`${join(folder, name)}: left out of the library, not a valid article (${problems})`);
      continue;
    }
    entries.push(libraryEntry(parsed.article));
  }
  entries.sort(newestFirst);
  const files = new Map<string, string>();
  for (const [path, value] of splitLibrary(entries)) files.set(path, JSON.stringify(value));
  return files;
}
