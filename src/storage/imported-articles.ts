/**
 * Articles a person imported (annotated in the browser or dropped as JSON), kept in IndexedDB across reloads.
 * Records are validated with the article schema when read, like any other untrusted input, so a record written
 * by an older version is migrated or reported, never half-shown.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { parseArticle, type ArticleProblem } from '../core/article/parse';
import type { Article } from '../core/article/schema';

const DB_NAME = 'stimmen';
const DB_VERSION = 1;
const STORE = 'imported-articles';

/** What is stored per article: the article as JSON-compatible data, and when it was imported and last changed. */
export interface ImportedRecord {
  id: string;
  article: unknown;
  importedAt: string;
  updatedAt: string;
}

export interface ImportedSummary {
  id: string;
  title: Record<string, string>;
  originalLanguage: string;
  languages: string[];
  published: string;
  importedAt: string;
  quoteCount: number;
}

interface StimmenDB extends DBSchema {
  'imported-articles': { key: string; value: ImportedRecord; indexes: { importedAt: string } };
}

let database: Promise<IDBPDatabase<StimmenDB>> | undefined;

function db(): Promise<IDBPDatabase<StimmenDB>> {
  database ??= openDB<StimmenDB>(DB_NAME, DB_VERSION, {
    upgrade(upgradeDb) {
      const store = upgradeDb.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('importedAt', 'importedAt');
    },
  });
  return database;
}

/** Thrown when a stored record no longer passes validation. */
export class StoredArticleInvalid extends Error {
  constructor(
    readonly id: string,
    readonly problems: ArticleProblem[],
  ) {
    super(`stored article ${id} is not valid`);
    this.name = 'StoredArticleInvalid';
  }
}

/** An id not yet used by an imported article: `base`, else `base-2`, `base-3`, … */
export async function freeImportedId(base: string): Promise<string> {
  const store = (await db()).transaction(STORE).store;
  let candidate = base;
  for (let n = 2; (await store.getKey(candidate)) !== undefined; n++) candidate = `${base}-${n}`;
  return candidate;
}

/** Saves (inserts or replaces) an imported article. */
export async function saveImported(article: Article): Promise<void> {
  const handle = await db();
  const existing = await handle.get(STORE, article.id);
  const now = new Date().toISOString();
  await handle.put(STORE, {
    id: article.id,
    article,
    importedAt: existing?.importedAt ?? now,
    updatedAt: now,
  });
}

/** The imported article with this id, validated; `undefined` when there is none. */
export async function getImported(id: string): Promise<Article | undefined> {
  const record = await (await db()).get(STORE, id);
  if (!record) return undefined;
  const result = parseArticle(record.article);
  if (!result.ok) throw new StoredArticleInvalid(id, result.problems);
  return result.article;
}

/** Every imported article, newest first, summarised for the library. Invalid records are listed too. */
export async function listImported(): Promise<ImportedSummary[]> {
  const records = await (await db()).getAllFromIndex(STORE, 'importedAt');
  return records.reverse().map((record) => {
    const a = (record.article ?? {}) as Partial<Article>;
    return {
      id: record.id,
      title: a.title ?? {},
      originalLanguage: a.originalLanguage ?? 'und',
      languages: a.languages ?? [],
      published: a.published ?? '',
      importedAt: record.importedAt,
      quoteCount: Array.isArray(a.quotes) ? a.quotes.length : 0,
    };
  });
}

export async function deleteImported(id: string): Promise<void> {
  await (await db()).delete(STORE, id);
}
