/**
 * An imported article as the reader stored it in IndexedDB, read from the page: what a correction wrote, and how
 * many writes it took (the record's revision grows by one per write). Shared by the specs that correct quotes.
 */
import type { Page } from '@playwright/test';

/** A quote of a stored article, as far as the specs look at it. */
export interface StoredQuote {
  id: string;
  kind: string;
  speaker: string | null;
  spans: Record<string, { exact: string }[]>;
}

/** The stored record of imported article `id`: its revision (one more per write) and its quotes. */
export function stored(page: Page, id: string) {
  return page.evaluate(
    (key) =>
      new Promise<{ revision: number; quotes: StoredQuote[] }>((resolve, reject) => {
        const open = indexedDB.open('stimmen');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const get = open.result.transaction('imported-articles').objectStore('imported-articles').get(key);
          get.onsuccess = () => {
            const record = get.result as { revision: number; article: { quotes: StoredQuote[] } };
            open.result.close();
            resolve({ revision: record.revision, quotes: record.article.quotes });
          };
        };
      }),
    id,
  );
}
