/** What the site build and its render workers tell each other. */
import type { LibraryEntry } from '../../src/core/archive/library-entry';

/** Given to each worker when it starts. */
export interface WorkerInput {
  /** Whether to copy each article's JSON into `dist/articles/` (the folder is not `public/articles`). */
  copy: boolean;
}

/** A worker's answer for one file: its library entry and extras, or its problems (`path: message` lines). */
export type ArticleResult =
  | { file: string; entry: LibraryEntry; extra: unknown; problems?: undefined }
  | { file: string; problems: string[] };
