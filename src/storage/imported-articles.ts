/**
 * Articles a person imported (annotated in the browser or dropped as JSON), kept in IndexedDB across reloads.
 * Records are validated with the article schema when read, like any other untrusted input, so a record written
 * by an older version is migrated or reported, never half-shown.
 *
 * Every record carries a revision that each write raises by one. A write may name the revision it was based on;
 * it is then a compare-and-set in one transaction, and a write based on a stale copy fails with
 * {@link StaleRevision} carrying the current record, so that no correction made elsewhere is overwritten.
 * Every write and deletion is announced to the other tabs (`./library-channel`), which then read it again.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type StoreNames } from 'idb';
import { parseArticle } from '../core/article/parse';
import type { ArticleProblem } from '../core/article/problems';
import type { Article } from '../core/article/schema';
import { announceLibraryChange } from './library-channel';
import { articleTextKeys, textKey } from '../core/article/same-text';

const DB_NAME = 'stimmen';
/**
 * Version 1: `imported-articles` without revisions.
 * Version 2: each imported record has a `revision` (records of version 1 get 1); `machine-translations` holds
 * machine translations of shipped articles, which are not in this database otherwise.
 */
const DB_VERSION = 2;
const STORE = 'imported-articles';
const TRANSLATIONS = 'machine-translations';

/**
 * What is stored per imported article: the article (with its corrections and any machine translations) as
 * JSON-compatible data, its revision, and when it was imported and last changed (ISO 8601).
 */
export interface ImportedRecord {
  id: string;
  article: unknown;
  /** 1 for the first write, one more for each write after it. */
  revision: number;
  importedAt: string;
  updatedAt: string;
}

/**
 * A machine translation of a shipped article, kept by the article's id and a hash of its content, so that a
 * translation made for one version of the article is never shown with another.
 */
export interface MachineTranslationRecord {
  /** `${articleId}@${contentHash}/${language}` */
  key: string;
  articleId: string;
  contentHash: string;
  language: string;
  /** The translation's data; its shape belongs to the translation feature, which validates it when read. */
  translation: unknown;
  revision: number;
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
  'machine-translations': { key: string; value: MachineTranslationRecord; indexes: { articleId: string } };
}

let database: Promise<IDBPDatabase<StimmenDB>> | undefined;

/** The one migration of the database, step by step from whatever version the browser has. */
function db(): Promise<IDBPDatabase<StimmenDB>> {
  database ??= openDB<StimmenDB>(DB_NAME, DB_VERSION, {
    upgrade(upgradeDb, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const store = upgradeDb.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('importedAt', 'importedAt');
      }
      if (oldVersion < 2) {
        const translations = upgradeDb.createObjectStore(TRANSLATIONS, { keyPath: 'key' });
        translations.createIndex('articleId', 'articleId');
        // The upgrade transaction stays open while these requests run; opening waits for it to complete.
        void addFirstRevisions(transaction.objectStore(STORE));
      }
    },
    blocking() {
      // Another tab wants a newer version of the database: let it have it; this tab reopens on its next call.
      void database?.then((handle) => handle.close());
      database = undefined;
    },
  });
  return database;
}

/** Gives every record written before revisions existed revision 1. */
async function addFirstRevisions(
  store: IDBPObjectStore<StimmenDB, ArrayLike<StoreNames<StimmenDB>>, 'imported-articles', 'versionchange'>,
): Promise<void> {
  let cursor = await store.openCursor();
  while (cursor) {
    const record = cursor.value as Partial<ImportedRecord>;
    if (typeof record.revision !== 'number') await cursor.update({ ...cursor.value, revision: 1 });
    cursor = await cursor.continue();
  }
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

/** Thrown by a write based on a revision that is no longer the stored one. */
export class StaleRevision extends Error {
  constructor(
    readonly id: string,
    readonly expected: number,
    /** The record as it is stored now, `undefined` when it was deleted. */
    readonly current: ImportedRecord | undefined,
  ) {
    super(
      current
        ? `article ${id} was changed elsewhere (revision ${current.revision}, this copy is ${expected})`
        : `article ${id} was deleted elsewhere`,
    );
    this.name = 'StaleRevision';
  }
}

/**
 * An id not yet used by an imported article, nor by anything `takenElsewhere` says is there (a shipped article of
 * the site, whose quotes an imported article of the same id would stand in for): `base`, else `base-2`, `base-3`, …
 */
export async function freeImportedId(
  base: string,
  takenElsewhere?: (id: string) => Promise<boolean>,
): Promise<string> {
  const database = await db();
  let candidate = base;
  for (let n = 2; ; n++) {
    // One read per candidate: a transaction would not outlive the wait for `takenElsewhere`.
    const stored = (await database.getKey(STORE, candidate)) !== undefined;
    if (!stored && !(await takenElsewhere?.(candidate))) return candidate;
    candidate = `${base}-${n}`;
  }
}

/**
 * Saves (inserts or replaces) an imported article and returns its new revision. With `expectedRevision`, the
 * write happens only if the stored record is still at that revision (0: only if there is none), else it throws
 * {@link StaleRevision}; the read and the write are one transaction.
 */
export async function saveImported(article: Article, expectedRevision?: number): Promise<number> {
  const transaction = (await db()).transaction(STORE, 'readwrite');
  const existing = await transaction.store.get(article.id);
  const current = existing?.revision ?? 0;
  if (expectedRevision !== undefined && expectedRevision !== current) {
    transaction.abort();
    await transaction.done.catch(() => undefined);
    throw new StaleRevision(article.id, expectedRevision, existing);
  }
  const now = new Date().toISOString();
  const revision = current + 1;
  await transaction.store.put({
    id: article.id,
    article,
    revision,
    importedAt: existing?.importedAt ?? now,
    updatedAt: now,
  });
  await transaction.done;
  announceLibraryChange({ id: article.id, revision });
  return revision;
}

/** The imported article with this id, validated, with its revision; `undefined` when there is none. */
export async function getImportedRevision(
  id: string,
): Promise<{ article: Article; revision: number } | undefined> {
  const record = await (await db()).get(STORE, id);
  if (!record) return undefined;
  const result = parseArticle(record.article);
  if (!result.ok) throw new StoredArticleInvalid(id, result.problems);
  return { article: result.article, revision: record.revision };
}

/** The imported article with this id, validated; `undefined` when there is none. */
export async function getImported(id: string): Promise<Article | undefined> {
  return (await getImportedRevision(id))?.article;
}

/** Every stored record as it is, oldest import first (for a backup; records are validated by whoever reads them). */
export async function allImportedRecords(): Promise<ImportedRecord[]> {
  return (await db()).getAllFromIndex(STORE, 'importedAt');
}

/**
 * The newest import whose original text is `text` (the same words in the same order, `core/article/same-text.ts`),
 * if any: importing it again would count its quotes twice on speaker pages and in the search.
 */
export async function importedWithText(
  text: string,
): Promise<Pick<Article, 'id' | 'title' | 'originalLanguage'> | undefined> {
  const key = textKey(text);
  const records = await allImportedRecords();
  for (const record of records.reverse()) {
    const article = record.article as Partial<Article> | undefined;
    if (!article?.paragraphs || !article.originalLanguage) continue;
    const { paragraphs, originalLanguage, title } = article;
    if (articleTextKeys({ paragraphs, originalLanguage, ...(title ? { title } : {}) }).includes(key))
      return { id: record.id, title: article.title ?? {}, originalLanguage: article.originalLanguage };
  }
  return undefined;
}

/** Every imported article, newest first, summarised for the library. Invalid records are listed too. */
export async function listImported(): Promise<ImportedSummary[]> {
  const records = await allImportedRecords();
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
  announceLibraryChange({ id, revision: 0 });
}

function translationKey(articleId: string, contentHash: string, language: string): string {
  return `${articleId}@${contentHash}/${language}`;
}

/** The machine translation of a shipped article's content into `language`, as stored, or `undefined`. */
export async function getMachineTranslation(
  articleId: string,
  contentHash: string,
  language: string,
): Promise<MachineTranslationRecord | undefined> {
  return (await db()).get(TRANSLATIONS, translationKey(articleId, contentHash, language));
}

/** Keeps a machine translation of a shipped article; returns its revision. */
export async function saveMachineTranslation(
  articleId: string,
  contentHash: string,
  language: string,
  translation: unknown,
): Promise<number> {
  const key = translationKey(articleId, contentHash, language);
  const transaction = (await db()).transaction(TRANSLATIONS, 'readwrite');
  const revision = ((await transaction.store.get(key))?.revision ?? 0) + 1;
  const updatedAt = new Date().toISOString();
  await transaction.store.put({ key, articleId, contentHash, language, translation, revision, updatedAt });
  await transaction.done;
  return revision;
}

/** Removes the machine translation of a shipped article's content into `language`. */
export async function deleteMachineTranslation(
  articleId: string,
  contentHash: string,
  language: string,
): Promise<void> {
  await (await db()).delete(TRANSLATIONS, translationKey(articleId, contentHash, language));
}
