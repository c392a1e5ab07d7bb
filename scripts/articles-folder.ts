/**
 * The folder a site's articles live in (`public/articles/`, or the folder `STIMMEN_ARTICLES` names): one
 * `<id>.json` per article and, if the folder has one, its `index.json`. Writing an article and updating the index
 * are separate functions, so that a build that makes the index itself can drop {@link updateLibraryIndexFile}.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLibraryIndex, type LibraryEntry } from '../src/core/article/library-index';
import { parseArticleJson } from '../src/core/article/parse';
import type { Article } from '../src/core/article/schema';

/** The articles folder: `STIMMEN_ARTICLES` when set, else `public/articles` (relative to `cwd`). */
export function articlesFolder(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const named = env.STIMMEN_ARTICLES?.trim();
  return resolve(cwd, named ? named : join('public', 'articles'));
}

/** How an article file was written, or why it was not. */
export type WriteOutcome = 'added' | 'replaced' | 'unchanged' | 'conflict';

/** Ids an article cannot have in the folder: its file would be the index. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['index']);

/** An article as its file holds it: pretty-printed JSON with a final line break, as shipped articles are. */
export function articleFileText(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/**
 * Writes `article` to `<folder>/<id>.json`. An existing file with the same article is left alone (`unchanged`);
 * an existing file with anything else is overwritten only when `replace` is set (`replaced`), otherwise left
 * alone (`conflict`), so that nothing is lost silently. The file is written beside and renamed into place, so a
 * reader never sees half an article.
 */
export function writeArticleFile(folder: string, article: Article, replace: boolean): WriteOutcome {
  const file = join(folder, `${article.id}.json`);
  const text = articleFileText(article);
  let outcome: WriteOutcome = 'added';
  if (existsSync(file)) {
    if (sameArticle(readFileSync(file, 'utf8'), article)) return 'unchanged';
    if (!replace) return 'conflict';
    outcome = 'replaced';
  }
  mkdirSync(folder, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
  return outcome;
}

/** Whether a file's text holds `article`, whatever its formatting, field order or format version. */
function sameArticle(existing: string, article: Article): boolean {
  const parsed = parseArticleJson(existing);
  return parsed.ok && JSON.stringify(parsed.article) === JSON.stringify(article);
}

/** The article's line in the library index. */
export function libraryEntryOf(article: Article): LibraryEntry {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    originalLanguage: article.originalLanguage,
    languages: article.languages,
    source: article.source.name,
  };
}

/**
 * Adds or updates `added` (see {@link libraryEntryOf}) in `<folder>/index.json`, when the folder has an index: an entry
 * with the same id is replaced where it stands, new ones are appended. Returns `absent` when there is no index
 * (a build that makes it needs nothing here) and throws, naming the problems, when the index is not valid (it is
 * then left as it is).
 */
export function updateLibraryIndexFile(folder: string, added: readonly LibraryEntry[]): 'updated' | 'absent' {
  const file = join(folder, 'index.json');
  if (!existsSync(file)) return 'absent';
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not JSON: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const parsed = parseLibraryIndex(value);
  if (!parsed.ok) throw new Error(`${file}: not a valid index:\n  ${parsed.problems.join('\n  ')}`);
  const entries = parsed.index.articles;
  const position = new Map(entries.map((entry, i) => [entry.id, i]));
  for (const entry of added) {
    const at = position.get(entry.id);
    if (at === undefined) {
      position.set(entry.id, entries.length);
      entries.push(entry);
    } else {
      entries[at] = entry;
    }
  }
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify({ ...parsed.index, articles: entries }, null, 2)}\n`);
  renameSync(partial, file);
  return 'updated';
}
