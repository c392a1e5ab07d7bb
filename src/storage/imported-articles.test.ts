import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { generateArticle } from '../testing/data-generators';
import type * as Stored from './imported-articles';

type Storage = typeof Stored;
type Article = ReturnType<typeof generateArticle>;

const retitled = (article: Article, title: string): Article => ({
  ...article,
  title: { ...article.title, [article.originalLanguage]: title },
});

/** A fresh, empty IndexedDB and a fresh copy of the module (which keeps its open database). */
async function freshStorage(): Promise<Storage> {
  vi.resetModules();
  return import('./imported-articles');
}

/** Opens the database at version 1, as the app before revisions created it, with `records` in it. */
async function createVersion1(records: unknown[]): Promise<void> {
  const request = indexedDB.open('stimmen', 1);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore('imported-articles', { keyPath: 'id' });
    store.createIndex('importedAt', 'importedAt');
    for (const record of records) store.put(record);
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
  db.close();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('imported articles in IndexedDB', () => {
  it('gives records written before revisions existed revision 1 when the database is upgraded', async () => {
    const article = generateArticle({ id: 'old-import' });
    await createVersion1([
      {
        id: article.id,
        article,
        importedAt: '2026-01-02T10:00:00.000Z',
        updatedAt: '2026-01-02T10:00:00.000Z',
      },
    ]);
    const storage = await freshStorage();
    expect(await storage.getImportedRevision(article.id)).toEqual({ article, revision: 1 });
    const [record] = await storage.allImportedRecords();
    expect(record?.importedAt).toBe('2026-01-02T10:00:00.000Z');
    expect(await storage.saveImported(article, 1)).toBe(2);
  });

  it('raises the revision by one on each write and keeps the import date', async () => {
    const storage = await freshStorage();
    const article = generateArticle({ id: 'counted' });
    expect(await storage.saveImported(article)).toBe(1);
    const importedAt = (await storage.allImportedRecords())[0]?.importedAt;
    expect(await storage.saveImported(retitled(article, 'Changed'), 1)).toBe(2);
    const stored = await storage.getImportedRevision(article.id);
    expect(stored?.revision).toBe(2);
    expect(stored?.article).toEqual(retitled(article, 'Changed'));
    expect((await storage.allImportedRecords())[0]?.importedAt).toBe(importedAt);
  });

  it('refuses a write based on a stale revision and hands over the current record untouched', async () => {
    const storage = await freshStorage();
    const article = generateArticle({ id: 'contested' });
    await storage.saveImported(article);
    const elsewhere = retitled(article, 'From the other tab');
    await storage.saveImported(elsewhere, 1);

    const stale = storage.saveImported(retitled(article, 'From this tab'), 1);
    await expect(stale).rejects.toBeInstanceOf(storage.StaleRevision);
    const error = (await stale.catch((e: unknown) => e)) as InstanceType<Storage['StaleRevision']>;
    expect(error.expected).toBe(1);
    expect(error.current?.revision).toBe(2);
    expect(error.current?.article).toEqual(elsewhere);
    expect((await storage.getImportedRevision(article.id))?.article).toEqual(elsewhere);
  });

  it('treats expected revision 0 as "only if new" and reports a deletion elsewhere', async () => {
    const storage = await freshStorage();
    const article = generateArticle({ id: 'new-only' });
    expect(await storage.saveImported(article, 0)).toBe(1);
    await expect(storage.saveImported(article, 0)).rejects.toBeInstanceOf(storage.StaleRevision);
    await storage.deleteImported(article.id);
    const gone = await storage.saveImported(article, 1).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(storage.StaleRevision);
    expect((gone as InstanceType<Storage['StaleRevision']>).current).toBeUndefined();
  });

  it('reports a stored record that is no longer a valid article, naming its id', async () => {
    await createVersion1([{ id: 'broken', article: { schemaVersion: 2 }, importedAt: 'x', updatedAt: 'x' }]);
    const storage = await freshStorage();
    await expect(storage.getImportedRevision('broken')).rejects.toMatchObject({
      name: 'StoredArticleInvalid',
      id: 'broken',
    });
    expect((await storage.listImported()).map((s) => s.id)).toEqual(['broken']);
  });

  it('finds a free id by counting up', async () => {
    const storage = await freshStorage();
    await storage.saveImported(generateArticle({ id: 'taken' }));
    await storage.saveImported(generateArticle({ id: 'taken-2' }));
    expect(await storage.freeImportedId('taken')).toBe('taken-3');
    expect(await storage.freeImportedId('free')).toBe('free');
  });

  it('passes over an id taken elsewhere (a shipped article) as over a stored one', async () => {
    const storage = await freshStorage();
    await storage.saveImported(generateArticle({ id: 'haushalt-2' }));
    const shipped = new Set(['haushalt', 'haushalt-3']);
    const takenElsewhere = (id: string) => Promise.resolve(shipped.has(id));
    expect(await storage.freeImportedId('haushalt', takenElsewhere)).toBe('haushalt-4');
    expect(await storage.freeImportedId('free', takenElsewhere)).toBe('free');
  });
});
