/**
 * Writes the archive's search index and speaker files for the shipped articles, after the site is built:
 *
 * - `archive/search/`: the quote index split into shards by the beginnings of its terms, and the quotes as results
 *   show them in blocks (`src/core/search/sharded-index.ts`); the browser loads the manifest when the search is
 *   first used, then the shards and blocks each query needs;
 * - `archive/speakers/<key>.json`: each speaker's quotes across the shipped articles
 *   (`src/core/archive/speaker-page.ts`), fetched by their page `/speakers/<key>`.
 *
 * Under `archive/`, not `search/` and `speakers/`: a folder with the name of a route (`/search`) would make some
 * static servers answer the route with the folder.
 *
 * `buildSearchArtifacts` is what the site's build calls (`scripts/site/archive-extras.ts`) with the articles it has
 * validated, read back one at a time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveQuotes, type ArchiveQuote } from '../src/core/archive/archive-quote';
import {
  quotesBySpeaker,
  speakerFile,
  speakerFirstScreen,
  speakerPage,
  type SpeakerFirstScreen,
} from '../src/core/archive/speaker-page';
import type { Article } from '../src/core/article/schema';
import {
  addToShardedBuild,
  createShardedBuild,
  finishShardedBuild,
  searchPaths,
  SHARD_BUDGET,
  type SearchManifest,
} from '../src/core/search/sharded-index';

/** The folder of the built site the archive's files go in. */
export const ARCHIVE_DIR = 'archive';

/** How many files of a kind, and their bytes (not compressed: `bench/archive-search.ts` measures gzip). */
export interface FileSizes {
  files: number;
  bytes: number;
}

export interface SearchArtifacts {
  /** Quotes in the index. */
  documents: number;
  /** Speaker files written. */
  speakers: number;
  shards: FileSizes;
  heads: FileSizes;
  blocks: FileSizes;
}

/**
 * Indexes `articles` (validated) and writes `archive/search/` and `archive/speakers/<key>.json` into `outDir`,
 * replacing those of an earlier build. Keeps the quotes, not the articles, in memory, so `articles` may be a
 * stream. `budget` is the shards' (`SHARD_BUDGET`).
 */
export async function buildSearchArtifacts(options: {
  articles: AsyncIterable<Article> | Iterable<Article>;
  outDir: string;
  budget?: number;
  /** Called with each speaker's first screen once their file is written (what their prerendered page shows). */
  speakerPage?: (screen: SpeakerFirstScreen) => void;
}): Promise<SearchArtifacts> {
  const build = createShardedBuild();
  const all: ArchiveQuote[] = [];
  for await (const article of options.articles) {
    const quotes = archiveQuotes(article, 'shipped');
    addToShardedBuild(build, quotes);
    all.push(...quotes);
  }
  const files = finishShardedBuild(build, options.budget ?? SHARD_BUDGET);

  const archiveDir = join(options.outDir, ARCHIVE_DIR);
  const searchDir = join(archiveDir, 'search');
  rmSync(searchDir, { recursive: true, force: true });
  // Written into a folder named when every file is known: by the hash of them all.
  const pending = join(searchDir, 'pending');
  mkdirSync(pending, { recursive: true });
  const hash = createHash('sha256');
  const sizes = {
    shards: { files: 0, bytes: 0 },
    heads: { files: 0, bytes: 0 },
    blocks: { files: 0, bytes: 0 },
  };
  const write = (path: string, data: unknown, kind: keyof typeof sizes) => {
    const json = JSON.stringify(data);
    writeFileSync(path, json);
    hash.update(json);
    sizes[kind].files += 1;
    sizes[kind].bytes += Buffer.byteLength(json);
  };
  let shard = 0;
  for (const file of files.shards()) write(join(pending, `t${shard++}.json`), file, 'shards');
  let head = 0;
  for (const file of files.heads()) write(join(pending, `h${head++}.json`), file, 'heads');
  let block = 0;
  for (const file of files.blocks()) write(join(pending, `q${block++}.json`), file, 'blocks');
  const manifest: SearchManifest = { ...files.manifest, build: hash.digest('hex').slice(0, 12) };
  renameSync(pending, join(searchDir, manifest.build));
  writeFileSync(join(options.outDir, searchPaths.manifest), JSON.stringify(manifest));

  const speakersDir = join(archiveDir, 'speakers');
  rmSync(speakersDir, { recursive: true, force: true });
  mkdirSync(speakersDir, { recursive: true });
  let speakers = 0;
  for (const [key, sorted] of quotesBySpeaker(all)) {
    const file = speakerFile(key, sorted);
    if (!file) continue;
    writeFileSync(join(speakersDir, `${key}.json`), JSON.stringify(file));
    speakers += 1;
    const page = options.speakerPage && speakerPage(key, sorted, { quotes: [], articleIds: new Set() });
    if (page) options.speakerPage?.(speakerFirstScreen(page));
  }

  return { documents: files.manifest.quotes, speakers, ...sizes };
}
