/**
 * The library's index, split so that a page loads only what it shows. Every *listing* (all articles, the articles
 * of one speaker, those of one source) is sorted newest first and cut into chunks of {@link CHUNK_SIZE} entries,
 * one file each, with a small manifest that gives each chunk's count and date range. Two facet files list the
 * speakers and sources with their counts, for the filters.
 *
 * Files, relative to the index's folder (`articles/library/` in the site):
 *
 * - `all.json`, `all/<n>.json`: every article;
 * - `speakers/<key>.json`, `speakers/<key>/<n>.json`: the articles quoting one speaker (key: `speakerKey`);
 * - `sources/<key>.json`, `sources/<key>/<n>.json`: the articles of one source (key: `sourceKey`);
 * - `speakers.json`, `sources.json`: the facets, most articles first.
 */
import { newestFirst, sourceKey, type LibraryEntry } from './library-entry';

/**
 * Entries per chunk and per page of the library: the unfiltered library's page n is chunk n of `all`, one request.
 * 50 entries are ~12 kB of JSON (~3 kB gzip), a screenful or two.
 */
export const CHUNK_SIZE = 50;

/** One chunk of a listing: how many entries it holds and the publication dates of its first and last. */
export interface ChunkInfo {
  count: number;
  newest: string;
  oldest: string;
}

/** A listing's manifest: its chunks in order (every one full but the last). */
export interface Listing {
  /** `all`, `speakers/<key>` or `sources/<key>`: the path of the manifest without `.json`. */
  path: string;
  /** The speaker's or source's name; absent for `all`. */
  name?: string;
  /** The speaker's name per interface language, where their newest article gives it. */
  localizedName?: Record<string, string>;
  total: number;
  chunkSize: number;
  chunks: ChunkInfo[];
}

/** A speaker or source and the number of articles that have them. */
export interface FacetValue {
  key: string;
  name: string;
  /** A speaker's name per interface language, where their newest article gives it. */
  localizedName?: Record<string, string>;
  count: number;
}

/** One file of the split index: its path relative to the index's folder and its JSON value. */
export type IndexFile = [path: string, value: unknown];

/** The folder of the index in the site, relative to its root (the build writes it, the pages fetch from it). */
export const LIBRARY_FOLDER = 'articles/library';

/** The file of a facet, relative to the index's folder: `speakers.json`, `sources.json`. */
export const facetFile = (facet: 'speakers' | 'sources') => `${facet}.json`;

/** The listing path of a speaker's articles. */
export const speakerListingPath = (key: string) => `speakers/${key}`;
/** The listing path of a source's articles. */
export const sourceListingPath = (key: string) => `sources/${key}`;
/** The path of chunk `n` of a listing. */
export const chunkPath = (listing: string, n: number) => `${listing}/${n}.json`;

/** How a speaker or source is named: their name, and a speaker's per interface language where it is given. */
type Named = Pick<FacetValue, 'name' | 'localizedName'>;

function* listingFiles(path: string, entries: LibraryEntry[], named?: Named): Generator<IndexFile> {
  const chunks: ChunkInfo[] = [];
  for (let start = 0; start < entries.length; start += CHUNK_SIZE) {
    const chunk = entries.slice(start, start + CHUNK_SIZE);
    const newest = chunk[0]?.published ?? '';
    chunks.push({ count: chunk.length, newest, oldest: chunk.at(-1)?.published ?? newest });
    yield [chunkPath(path, chunks.length - 1), chunk];
  }
  const listing: Listing = {
    path,
    ...named,
    total: entries.length,
    chunkSize: CHUNK_SIZE,
    chunks,
  };
  yield [`${path}.json`, listing];
}

function facet(groups: Map<string, { named: Named; entries: LibraryEntry[] }>): FacetValue[] {
  return [...groups]
    .map(([key, { named, entries }]) => ({ key, ...named, count: entries.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'de') || (a.key < b.key ? -1 : 1));
}

/**
 * Every file of the split index of `entries` (in any order), produced one at a time so the caller can write each
 * and let it go. Time O(n log n) for the sort, memory O(n) for the groups (references to the same entries).
 * A speaker's listing is named by the name (and the names per interface language) they have in their newest
 * article.
 */
export function* splitLibrary(entries: readonly LibraryEntry[]): Generator<IndexFile> {
  const sorted = [...entries].sort(newestFirst);
  const speakers = new Map<string, { named: Named; entries: LibraryEntry[] }>();
  const sources = new Map<string, { named: Named; entries: LibraryEntry[] }>();
  const add = (groups: typeof speakers, key: string, named: Named, entry: LibraryEntry) => {
    const group = groups.get(key);
    if (group) group.entries.push(entry);
    else groups.set(key, { named, entries: [entry] });
  };
  for (const entry of sorted) {
    for (const { key, name, localizedName } of entry.speakers)
      add(speakers, key, localizedName ? { name, localizedName } : { name }, entry);
    add(sources, sourceKey(entry.source), { name: entry.source }, entry);
  }
  yield* listingFiles('all', sorted);
  for (const [key, { named, entries: group }] of speakers)
    yield* listingFiles(speakerListingPath(key), group, named);
  for (const [key, { named, entries: group }] of sources)
    yield* listingFiles(sourceListingPath(key), group, named);
  yield [facetFile('speakers'), facet(speakers)];
  yield [facetFile('sources'), facet(sources)];
}
