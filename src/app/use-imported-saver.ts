/**
 * Saving corrections of an imported article without losing any: each change is written with the revision it was
 * based on (a compare-and-set, `saveImported`), one write at a time. A write based on a stale copy (another tab,
 * a translation saved meanwhile) re-applies the reader's change to the current version when it still applies
 * (`rebaseArticle`) and says so; when it does not, the current version is shown and the reader's version is kept
 * on offer (save it over the current one, or export it). A write that fails (storage full) leaves what was saved
 * before untouched and keeps the change on screen, to be saved with the next one or exported.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseArticle } from '../core/article/parse';
import { rebaseArticle, sameContent } from '../core/article/rebase';
import type { Article } from '../core/article/schema';
import { saveImported, StaleRevision } from '../storage/imported-articles';
import { isQuotaError } from '../storage/persistence';

/** An article as read from the library, with the revision it was read at. */
export interface StoredArticle {
  article: Article;
  revision: number;
}

/** What became of the last change, for the reader: nothing to say, or one of these. */
export type SaveOutcome =
  /** Changed elsewhere meanwhile; the reader's change was applied to that version. */
  | { kind: 'merged' }
  /** Changed elsewhere in the same parts (`conflicts`); the current version is shown, `mine` is kept on offer. */
  | { kind: 'conflict'; mine: Article; conflicts: string[] }
  /** Deleted elsewhere; the reader's version stays on screen and can be saved again. */
  | { kind: 'deleted'; mine: Article }
  /** Not saved: the storage is full (`quota`) or another error (`detail`); nothing saved before was lost. */
  | { kind: 'failed'; quota: boolean; detail: string };

const isValid = (article: Article) => parseArticle(article).ok;

/** The query key of an imported article (`{ article, revision }`, or `null` when there is none). */
export const importedArticleKey = (id: string) => ['imported', id] as const;

export function useImportedSaver(stored: StoredArticle) {
  const queryClient = useQueryClient();
  const id = stored.article.id;
  /** The version last known to be in the database. */
  const known = useRef<StoredArticle>(stored);
  /** The version the changes on screen that are not saved yet were made on (after a failed write). */
  const unsavedBase = useRef<Article | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [outcome, setOutcome] = useState<SaveOutcome | undefined>(undefined);

  // A newer version read from the database (another tab announced it) is the new base of the next write.
  useEffect(() => {
    if (stored.revision > known.current.revision) known.current = stored;
  }, [stored]);

  const show = useCallback(
    (next: StoredArticle) => queryClient.setQueryData(importedArticleKey(id), next),
    [queryClient, id],
  );

  const write = useCallback(
    async (base: Article, mine: Article) => {
      const from = unsavedBase.current ?? base;
      let merged = false;
      for (;;) {
        const current = known.current;
        let candidate = mine;
        if (from !== current.article && !sameContent(from, current.article)) {
          const rebased = rebaseArticle(from, mine, current.article, isValid);
          if (!rebased.ok) {
            unsavedBase.current = undefined;
            show(current);
            setOutcome({ kind: 'conflict', mine, conflicts: rebased.conflicts });
            return;
          }
          candidate = rebased.article;
          merged = true;
        }
        try {
          const revision = await saveImported(candidate, current.revision);
          known.current = { article: candidate, revision };
          unsavedBase.current = undefined;
          show(known.current);
          setOutcome(merged ? { kind: 'merged' } : undefined);
          void queryClient.invalidateQueries({ queryKey: ['imported-list'] });
          return;
        } catch (error) {
          if (error instanceof StaleRevision) {
            if (!error.current) {
              known.current = { article: mine, revision: 0 };
              unsavedBase.current = undefined;
              setOutcome({ kind: 'deleted', mine });
              return;
            }
            const parsed = parseArticle(error.current.article);
            if (parsed.ok) {
              known.current = { article: parsed.article, revision: error.current.revision };
              continue;
            }
          }
          unsavedBase.current = from;
          setOutcome({
            kind: 'failed',
            quota: isQuotaError(error),
            detail: error instanceof Error ? error.message : String(error),
          });
          return;
        }
      }
    },
    [queryClient, show],
  );

  /**
   * Shows `mine` (a change of `base`, the article on screen) at once and saves it after any write still running.
   * In a conflict, the reader's version saved over the current one is `save(current, mine)`.
   */
  const save = useCallback(
    (base: Article, mine: Article) => {
      show({ article: mine, revision: known.current.revision });
      queue.current = queue.current.then(() => write(base, mine));
    },
    [show, write],
  );

  return { save, outcome, dismiss: () => setOutcome(undefined) };
}
