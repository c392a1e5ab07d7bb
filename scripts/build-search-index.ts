/**
 * Writes the archive's search index and speaker files for the shipped articles, after the site is built:
 *
 * - `archive/search-index.json`: the quote index (`src/core/search/quote-index.ts`), fetched by the browser the
 *   first time the search is used;
 * - `archive/speakers/<key>.json`: each speaker's quotes across the shipped articles
 *   (`src/core/archive/speaker-page.ts`), fetched by their page `/speakers/<key>`.
 *
 * Under `archive/`, not `search/` and `speakers/`: a folder with the name of a route (`/search`) would make some
 * static servers answer the route with the folder.
 *
 * `buildSearchArtifacts` is what the site's build calls (`scripts/site/archive-extras.ts`) with the articles it has
 * validated, read back one at a time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { archiveQuotes, type ArchiveQuote } from '../src/core/archive/archive-quote';
import { speakerFiles } from '../src/core/archive/speaker-page';
import type { Article } from '../src/core/article/schema';
import { addQuotes, createQuoteIndex, quoteIndexFile } from '../src/core/search/quote-index';

/** The folder of the built site the archive's files go in. */
export const ARCHIVE_DIR = 'archive';

export interface SearchArtifacts {
  /** Quotes in the index. */
  documents: number;
  /** Speaker files written. */
  speakers: number;
  indexBytes: number;
  indexGzipBytes: number;
}

/**
 * Indexes `articles` (validated) and writes `archive/search-index.json` and `archive/speakers/<key>.json` into
 * `outDir`, replacing
 * the speaker files of an earlier build. Keeps the quotes, not the articles, in memory, so `articles` may be a
 * stream.
 */
export async function buildSearchArtifacts(options: {
  articles: AsyncIterable<Article> | Iterable<Article>;
  outDir: string;
}): Promise<SearchArtifacts> {
  const index = createQuoteIndex();
  const all: ArchiveQuote[] = [];
  for await (const article of options.articles) {
    const quotes = archiveQuotes(article, 'shipped');
    addQuotes(index, quotes);
    all.push(...quotes);
  }

  const archiveDir = join(options.outDir, ARCHIVE_DIR);
  mkdirSync(archiveDir, { recursive: true });
  const json = JSON.stringify(quoteIndexFile(index));
  writeFileSync(join(archiveDir, 'search-index.json'), json);

  const speakersDir = join(archiveDir, 'speakers');
  rmSync(speakersDir, { recursive: true, force: true });
  mkdirSync(speakersDir, { recursive: true });
  const files = speakerFiles(all);
  for (const [key, file] of files) writeFileSync(join(speakersDir, `${key}.json`), JSON.stringify(file));

  return {
    documents: index.quotes.length,
    speakers: files.size,
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipSync(json).byteLength,
  };
}
