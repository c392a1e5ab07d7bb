/**
 * `npx tsx bench/search-libraries.ts [--articles=10000]`: the measurement behind the choice of search library.
 * Indexes the quotes of a generated archive (`src/testing/archive-generator.ts`, 2,000 recurring speakers) with
 * MiniSearch and with FlexSearch, each with the project's German terms (`src/core/search/german.ts`) and prefix
 * matching for the word being typed, and reports per library: build time, the serialised index's size (raw and
 * gzip), the time to load it back, and query time per keystroke (every prefix of 200 queries drawn from the
 * archive's own words, two words each). Orama was not measured: its German stemmer is a separate package and its
 * serialisation (`@orama/plugin-data-persistence`) another, and two candidates settled the choice.
 */
import { gzipSync } from 'node:zlib';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { archiveQuotes, type ArchiveQuote } from '../src/core/archive/archive-quote';
import { searchTerms, words } from '../src/core/search/german';
import { addQuotes, createQuoteIndex, quoteIndexFile, searchQuotes } from '../src/core/search/quote-index';
import { generateArchive } from '../src/testing/archive-generator';

const args = process.argv.slice(2);
const ARTICLES = Number(args.find((a) => a.startsWith('--articles='))?.slice(11) ?? 10_000);
const QUERIES = 200;

interface LibraryFigures {
  build_s: number;
  indexBytes: number;
  indexGzip: number;
  load_ms: number;
  query: { median_ms: number; p95_ms: number };
  /** Mean results of the full queries, to check that both libraries find comparably. */
  meanHits: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function timings(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median_ms: round(percentile(sorted, 0.5)), p95_ms: round(percentile(sorted, 0.95)) };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Two-word queries from the archive's own quotes, seeded; each typed key by key (prefixes of 2 characters on). */
function keystrokes(quotes: readonly ArchiveQuote[]): { typed: string[]; full: string[] } {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const full: string[] = [];
  while (full.length < QUERIES) {
    const quote = quotes[Math.floor(next() * quotes.length)];
    const text = quote ? (Object.values(quote.text)[0] ?? '') : '';
    const candidates = words(text).filter((w) => w.length > 3);
    const i = Math.floor(next() * Math.max(0, candidates.length - 1));
    if (candidates.length >= 2) full.push(`${candidates[i]} ${candidates[i + 1]}`);
  }
  const typed = full.flatMap((query) =>
    Array.from({ length: query.length - 1 }, (_, n) => query.slice(0, n + 2)),
  );
  return { typed, full };
}

function measureMiniSearch(quotes: ArchiveQuote[], typed: string[], full: string[]): LibraryFigures {
  let started = performance.now();
  const index = createQuoteIndex();
  addQuotes(index, quotes);
  const build_s = (performance.now() - started) / 1000;
  // Index only (what FlexSearch's export holds too), without the shown words that `quoteIndexFile` adds.
  const json = JSON.stringify(index.search);
  started = performance.now();
  MiniSearch.loadJSON(json, { fields: ['text', 'speaker', 'title'], tokenize: words });
  const load_ms = performance.now() - started;
  const times = typed.map((query) => {
    const t = performance.now();
    searchQuotes([index], query);
    return performance.now() - t;
  });
  const meanHits = full.reduce((sum, q) => sum + searchQuotes([index], q, 1e9).length, 0) / full.length;
  const withShown = JSON.stringify(quoteIndexFile(index));
  console.error(`minisearch: index with the words shown: ${gzipSync(withShown).byteLength} bytes gzip`);
  return {
    build_s: round(build_s),
    indexBytes: Buffer.byteLength(json),
    indexGzip: gzipSync(json).byteLength,
    load_ms: round(load_ms),
    query: timings(times),
    meanHits: round(meanHits),
  };
}

function measureFlexSearch(quotes: ArchiveQuote[], typed: string[], full: string[]): LibraryFigures {
  const options = {
    document: { id: 'id', index: ['text', 'speaker', 'title'] },
    tokenize: 'forward' as const,
    encode: (text: string) => searchTerms(text),
  };
  let started = performance.now();
  const index = new FlexSearch.Document(options);
  quotes.forEach((quote, id) => {
    index.add({
      id,
      text: Object.values(quote.text).join('\n'),
      speaker: quote.speaker
        ? [quote.speaker.name, ...Object.values(quote.speaker.role ?? {})].join('\n')
        : '',
      title: Object.values(quote.articleTitle).join('\n'),
    });
  });
  const build_s = (performance.now() - started) / 1000;
  const parts: [string, string][] = [];
  index.export((key: string, data: string) => {
    parts.push([key, data]);
  });
  const json = JSON.stringify(parts);
  started = performance.now();
  const loaded = new FlexSearch.Document(options);
  for (const [key, data] of parts) loaded.import(key, data);
  const load_ms = performance.now() - started;
  // AND across words, as MiniSearch's `combineWith: 'AND'`: FlexSearch intersects the words of one query itself.
  const search = (query: string) => {
    const ids = new Set<number>();
    for (const field of index.search(query, { limit: 1e9 }) as { result: number[] }[])
      for (const id of field.result) ids.add(id);
    return ids;
  };
  const times = typed.map((query) => {
    const t = performance.now();
    search(query);
    return performance.now() - t;
  });
  const meanHits = full.reduce((sum, q) => sum + search(q).size, 0) / full.length;
  return {
    build_s: round(build_s),
    indexBytes: Buffer.byteLength(json),
    indexGzip: gzipSync(json).byteLength,
    load_ms: round(load_ms),
    query: timings(times),
    meanHits: round(meanHits),
  };
}

function main() {
  const quotes: ArchiveQuote[] = [];
  for (const article of generateArchive({ articles: ARTICLES, speakers: 2000 }))
    quotes.push(...archiveQuotes(article, 'shipped'));
  const { typed, full } = keystrokes(quotes);
  console.error(`${ARTICLES} articles, ${quotes.length} quotes, ${typed.length} keystrokes`);
  const minisearch = measureMiniSearch(quotes, typed, full);
  console.error('minisearch', minisearch);
  const flexsearch = measureFlexSearch(quotes, typed, full);
  console.error('flexsearch', flexsearch);
  console.log(JSON.stringify({ articles: ARTICLES, quotes: quotes.length, minisearch, flexsearch }, null, 2));
}

main();
