/**
 * Backing up the library and restoring it: every imported article (with its corrections and the machine
 * translations stored in it) as JSON Lines, one article a line (`src/core/article/jsonl.ts`, the format
 * `npm run annotate -- --jsonl` writes), and a backup read back into the library.
 *
 * Restoring recognises an article it already has: same id and same content is skipped; same id and different
 * content is for the reader to decide (keep the backup's as a copy under a new id, or replace the one here); a line
 * that is not a valid article is reported with its number and id, and the other lines are restored.
 */
import { articleLine, parseArticleLines } from '../../core/article/jsonl';
import { parseArticle } from '../../core/article/parse';
import type { ArticleProblem } from '../../core/article/problems';
import { sameContent } from '../../core/article/rebase';
import type { Article } from '../../core/article/schema';
import {
  allImportedRecords,
  freeImportedId,
  getImportedRevision,
  saveImported,
  StoredArticleInvalid,
} from '../../storage/imported-articles';
import { isQuotaError } from '../../storage/persistence';

/** The whole library as JSON Lines, oldest import first, and how many articles it holds. */
export async function libraryBackup(): Promise<{ text: string; count: number }> {
  const records = await allImportedRecords();
  const lines = records.map((record) => {
    const parsed = parseArticle(record.article);
    // A record that is no longer valid is written as it is stored: a backup never drops anything. Restoring
    // reports it with its line number.
    return parsed.ok ? articleLine(parsed.article) : JSON.stringify(record.article);
  });
  return { text: lines.map((line) => `${line}\n`).join(''), count: records.length };
}

/** The backup's file name for a day (`YYYY-MM-DD`). */
export function backupFileName(day: string): string {
  return `stimmen-library-${day}.jsonl`;
}

/** A line of a backup that is not restored, and why. */
export type BrokenLine =
  | { line: number; id: string | null; kind: 'invalid'; problems: ArticleProblem[] }
  | { line: number; id: string | null; kind: 'error'; error: string }
  | { line: number; id: string; kind: 'save'; detail: string; quota: boolean };

/** A valid article of the backup with what the library holds under its id. */
export interface RestoreItem {
  line: number;
  article: Article;
  /** `new`: no article with this id here; `same`: one with the same content; `differs`: one with other content. */
  status: 'new' | 'same' | 'differs';
}

export interface RestorePlan {
  items: RestoreItem[];
  broken: BrokenLine[];
}

/** Reads a backup and compares each article with the library's; nothing is written yet. */
export async function planRestore(text: string): Promise<RestorePlan> {
  const plan: RestorePlan = { items: [], broken: [] };
  for (const line of parseArticleLines(text)) {
    if (line.kind === 'invalid') plan.broken.push({ ...line, kind: 'invalid' });
    else if (line.kind === 'error') plan.broken.push({ ...line, kind: 'error' });
    else {
      let here: Article | undefined | null;
      try {
        here = (await getImportedRevision(line.article.id))?.article;
      } catch (error) {
        // The one here is not valid any more: the backup's is different, and the reader decides.
        if (!(error instanceof StoredArticleInvalid)) throw error;
        here = null;
      }
      const status =
        here === undefined ? 'new' : here !== null && sameContent(here, line.article) ? 'same' : 'differs';
      plan.items.push({ line: line.line, article: line.article, status });
    }
  }
  return plan;
}

/** What restoring did, by article. */
export interface RestoreReport {
  added: number;
  replaced: number;
  copies: number;
  skipped: number;
  broken: BrokenLine[];
}

/**
 * Writes a plan: new articles are added, the same ones skipped, and differing ones kept as a copy under a free id
 * or written over the one here, as `replace` says for their line. A write that fails is reported with its line;
 * when the storage is full, the lines after it are not tried.
 */
export async function applyRestore(
  plan: RestorePlan,
  replace: (item: RestoreItem) => boolean,
): Promise<RestoreReport> {
  const report: RestoreReport = { added: 0, replaced: 0, copies: 0, skipped: 0, broken: [...plan.broken] };
  for (const item of plan.items) {
    if (item.status === 'same') {
      report.skipped++;
      continue;
    }
    try {
      if (item.status === 'new') {
        await saveImported(item.article, 0);
        report.added++;
      } else if (replace(item)) {
        const current = await getImportedRevision(item.article.id).catch(() => undefined);
        await saveImported(item.article, current?.revision);
        report.replaced++;
      } else {
        await saveImported({ ...item.article, id: await freeImportedId(`${item.article.id}-copy`) }, 0);
        report.copies++;
      }
    } catch (error) {
      const quota = isQuotaError(error);
      const detail = error instanceof Error ? error.message : String(error);
      report.broken.push({ line: item.line, id: item.article.id, kind: 'save', detail, quota });
      if (quota) break;
    }
  }
  report.broken.sort((a, b) => a.line - b.line);
  return report;
}
