/**
 * `npx tsx bench/search-libraries.ts [--articles=10000]`: the measurement behind the choice of search library.
 * Indexes the quotes of a generated archive (`src/testing/archive-generator.ts`, 2,000 recurring speakers) with
 * MiniSearch (as first used here: three fields, BM25) and with FlexSearch (as `src/core/search/quote-index.ts` uses
 * it), each with the project's German terms (`src/core/search/german.ts`) and matching the word being typed as a
 * beginning, and reports per library: build time, the serialised index's size (raw and gzip), the time to load it
 * back, and query time per keystroke (every prefix of 200 queries drawn from the archive's own words, two words
 * each). MiniSearch is a development dependency only, for this comparison. Orama was not measured: its German stemmer is a separate package and its
 * serialisation (`@orama/plugin-data-persistence`) another, and two candidates settled the choice.
 */
import { gzipSync } from 'node:zlib';
import MiniSearch, { type SearchResult } from 'minisearch';
import { archiveQuotes, type ArchiveQuote } from '../src/core/archive/archive-quote';
import { stemGerman, words } from '../src/core/search/german';
import {
  addQuotes,
  createQuoteIndex,
  loadQuoteIndex,
  quoteIndexFile,
  searchQuotes,
} from '../src/core/search/quote-index';
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

/** MiniSearch as the project used it first: three fields, BM25, AND, the last word also as a beginning. */
function measureMiniSearch(quotes: ArchiveQuote[], typed: string[], full: string[]): LibraryFigures {
  const options = {
    fields: ['text', 'speaker', 'title'],
    tokenize: words,
    processTerm: (term: string) => stemGerman(term),
  };
  let started = performance.now();
  const index = new MiniSearch(options);
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
  const json = JSON.stringify(index);
  started = performance.now();
  MiniSearch.loadJSON(json, options);
  const load_ms = performance.now() - started;
  const search = (query: string): SearchResult[] =>
    index.search(query, {
      combineWith: 'AND',
      boost: { speaker: 2, title: 1.5 },
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    });
  const times = typed.map((query) => {
    const t = performance.now();
    search(query);
    return performance.now() - t;
  });
  const meanHits = full.reduce((sum, q) => sum + search(q).length, 0) / full.length;
  return {
    build_s: round(build_s),
    indexBytes: Buffer.byteLength(json),
    indexGzip: gzipSync(json).byteLength,
    load_ms: round(load_ms),
    query: timings(times),
    meanHits: round(meanHits),
  };
}

/** FlexSearch as the project uses it (`src/core/search/quote-index.ts`): one text per quote, forward tokens. */
function measureFlexSearch(quotes: ArchiveQuote[], typed: string[], full: string[]): LibraryFigures {
  let started = performance.now();
  const index = createQuoteIndex();
  addQuotes(index, quotes);
  const build_s = (performance.now() - started) / 1000;
  const file = quoteIndexFile(index);
  // Index only, as for MiniSearch; the shown words (`quotes`, `articles`) are reported apart.
  const json = JSON.stringify(file.index);
  const withShown = JSON.stringify(file);
  console.error(`flexsearch: index with the words shown: ${gzipSync(withShown).byteLength} bytes gzip`);
  started = performance.now();
  loadQuoteIndex(JSON.parse(withShown) as typeof file);
  const load_ms = performance.now() - started;
  const times = typed.map((query) => {
    const t = performance.now();
    searchQuotes([index], query);
    return performance.now() - t;
  });
  const meanHits = full.reduce((sum, q) => sum + searchQuotes([index], q, 1e9).length, 0) / full.length;
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
