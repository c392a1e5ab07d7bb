/** What the site build and its render workers tell each other. */
import type { LibraryEntry } from '../../src/core/archive/library-entry';
import type { SpeakerFirstScreen } from '../../src/core/archive/speaker-page';

/** Given to each worker when it starts. */
export interface WorkerInput {
  /** Whether to copy each article's JSON into `dist/articles/` (the folder is not `public/articles`). */
  copy: boolean;
}

/** A batch of work for a worker: article files to validate and prerender, or speakers' pages to prerender. */
export type RenderTask =
  { kind: 'articles'; items: string[] } | { kind: 'speakers'; items: SpeakerFirstScreen[] };

/** A worker's answer for one file: its library entry and extras, or its problems (`path: message` lines). */
export type ArticleResult =
  | { file: string; entry: LibraryEntry; extra: unknown; problems?: undefined }
  | { file: string; problems: string[] };

/** A worker's answer for one speaker's page: its key, and what went wrong if it could not be rendered. */
export interface SpeakerResult {
  key: string;
  problem?: string;
}
