/**
 * Whether the browser keeps this site's storage (the library) or may evict it under storage pressure, how much
 * space it uses, and how a write that failed for want of space is recognised. The Storage API is missing in some
 * browsers and contexts: every function then answers "unknown" rather than failing.
 */

/** The storage as the browser reports it; `undefined` where it does not say. */
export interface StorageState {
  /** Whether the browser promised not to evict this site's data without asking the person. */
  persisted: boolean | undefined;
  /** Bytes used by this site (IndexedDB, caches), as estimated by the browser. */
  usage: number | undefined;
  /** Bytes this site may use, as estimated by the browser. */
  quota: number | undefined;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/**
 * Asks the browser to keep this site's data (`navigator.storage.persist()`) unless it already does; resolves to
 * whether it is kept. Chromium decides without a prompt (by how the site is used, or installed); Firefox asks.
 */
export async function askToKeepStorage(): Promise<boolean | undefined> {
  const storage = storageManager();
  if (!storage?.persist) return undefined;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}

/** Whether the data is kept and how much space it takes. */
export async function storageState(): Promise<StorageState> {
  const storage = storageManager();
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => undefined) : undefined,
    storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Whether a failed write failed because the site's storage is full (IndexedDB's `QuotaExceededError`). */
export function isQuotaError(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'QuotaExceededError';
}
