/**
 * Tells the other tabs of this site that the library changed, so that they show the current version without a
 * reload: every write and deletion of an imported article announces its id and new revision on one
 * `BroadcastChannel` (same origin only; the tab that writes does not hear itself). A tab that reads the message
 * fetches the record again from IndexedDB: the message names what changed, the database stays the one truth.
 */

/** A change of one imported article: its new revision, or `revision: 0` when it was deleted. */
export interface LibraryChange {
  id: string;
  revision: number;
}

const CHANNEL = 'stimmen-library';

let sender: BroadcastChannel | undefined;

function isLibraryChange(value: unknown): value is LibraryChange {
  if (typeof value !== 'object' || value === null) return false;
  const { id, revision } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof revision === 'number';
}

/** Announces a change to the other tabs; nothing happens where the browser has no `BroadcastChannel`. */
export function announceLibraryChange(change: LibraryChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage(change);
}

/** Calls `listener` for every change another tab announces; returns the function that stops listening. */
export function onLibraryChange(listener: (change: LibraryChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (isLibraryChange(event.data)) listener(event.data);
  };
  return () => channel.close();
}
