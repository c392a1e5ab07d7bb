import { describe, expect, it } from 'vitest';
import { newestFirst, sourceKey, type LibraryEntry } from './library-entry';
import { listingFor, type LibraryFilters } from './library-filters';
import { queryLibrary } from './library-query';
import { splitLibrary, type Listing } from './library-split';

/** `n` entries over three years, 40 speakers (two or three per article) and 5 sources; deterministic. */
function entries(n: number): LibraryEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2022, 0, 1) + ((i * 7919) % 1095) * 86_400_000).toISOString().slice(0, 10);
    const speakers = [i % 40, (i * 7) % 40, (i * 13) % 40]
      .filter((s, k, all) => all.indexOf(s) === k)
      .slice(0, 2 + (i % 2));
    return {
      id: `a-${i}`,
      title: { de: `Artikel ${i}` },
      published: day,
      originalLanguage: 'de',
      languages: ['de'],
      source: `Quelle ${i % 5}`,
      speakers: speakers.map((s) => ({ key: `sprecher-${s}`, name: `Sprecher ${s}` })),
      quoteCount: 5,
    };
  });
}

function site(list: LibraryEntry[]) {
  const files = new Map([...splitLibrary(list)]);
  let loads = 0;
  const run = (filters: LibraryFilters) => {
    const path = listingFor(filters);
    const listing = files.get(`${path}.json`) as Listing | undefined;
    if (!listing) return undefined;
    return queryLibrary(listing, filters, (n) => {
      loads++;
      return Promise.resolve(files.get(`${path}/${n}.json`) as LibraryEntry[]);
    });
  };
  return { files, run, loads: () => loads };
}

function expected(list: LibraryEntry[], filters: LibraryFilters): LibraryEntry[] {
  return [...list]
    .sort(newestFirst)
    .filter(
      (entry) =>
        (!filters.speaker || entry.speakers.some((s) => s.key === filters.speaker)) &&
        (!filters.source || sourceKey(entry.source) === filters.source) &&
        (!filters.from || entry.published >= filters.from) &&
        (!filters.to || entry.published <= filters.to),
    );
}

const LIBRARY = entries(1234);

const CASES: [name: string, filters: LibraryFilters, maxLoads: number][] = [
  ['first page', { page: 0 }, 1],
  ['a middle page', { page: 7 }, 1],
  ['the last page', { page: 24 }, 1],
  ['a page beyond the last shows the last', { page: 99 }, 1],
  ['a speaker', { speaker: 'sprecher-3', page: 0 }, 1],
  ['a source, page 3', { source: 'quelle-2', page: 2 }, 1],
  ['a date range', { from: '2023-02-10', to: '2023-09-30', page: 1 }, 4],
  ['only a start date', { from: '2024-06-01', page: 0 }, 4],
  ['only an end date', { to: '2022-03-01', page: 0 }, 4],
  ['a speaker in a date range', { speaker: 'sprecher-9', from: '2023-01-01', to: '2023-12-31', page: 0 }, 4],
  ['a speaker and a source', { speaker: 'sprecher-9', source: 'quelle-4', page: 0 }, 3],
  ['a range with no articles', { from: '2030-01-01', page: 0 }, 0],
  ['a range between two articles', { from: '2023-05-05', to: '2023-05-05', page: 0 }, 4],
];

describe('queryLibrary', () => {
  it.each(CASES)('%s: the page brute force gives, reading few chunks', async (_, filters, maxLoads) => {
    const { run, loads } = site(LIBRARY);
    const result = (await run(filters))!;
    const all = expected(LIBRARY, filters);
    const page = Math.max(0, Math.min(filters.page, Math.ceil(all.length / 50) - 1));
    expect(result.total).toBe(all.length);
    expect(result.page).toBe(page);
    expect(result.entries.map((e) => e.id)).toEqual(all.slice(page * 50, page * 50 + 50).map((e) => e.id));
    expect(loads()).toBeLessThanOrEqual(maxLoads);
  });

  it('reads the same number of chunks for the first page of 100 and of 20,000 articles', async () => {
    for (const n of [100, 20_000]) {
      const { run, loads } = site(entries(n));
      await run({ from: '2023-01-01', to: '2023-06-30', page: 1 });
      expect(loads()).toBeLessThanOrEqual(4);
    }
  });

  it('has no listing for an unknown speaker', () => {
    expect(site(LIBRARY).run({ speaker: 'niemand', page: 0 })).toBeUndefined();
  });
});

describe('splitLibrary', () => {
  it('writes facets most articles first, and every entry once in `all`', () => {
    const { files } = site(LIBRARY);
    const sources = files.get('sources.json') as { key: string; count: number }[];
    expect(sources.map((s) => s.count).reduce((a, b) => a + b)).toBe(LIBRARY.length);
    expect(sources.map((s) => s.count)).toEqual([...sources.map((s) => s.count)].sort((a, b) => b - a));
    const all = files.get('all.json') as Listing;
    expect(all.total).toBe(LIBRARY.length);
    const ids = all.chunks.flatMap((_, n) => (files.get(`all/${n}.json`) as LibraryEntry[]).map((e) => e.id));
    expect(new Set(ids).size).toBe(LIBRARY.length);
  });

  it('names a speaker in every interface language the newest article gives, in the facet and their listing', () => {
    const moscow = (id: string, published: string, localizedName?: Record<string, string>): LibraryEntry => ({
      id,
      title: { de: id },
      published,
      originalLanguage: 'de',
      languages: ['de', 'en'],
      source: 'Testzeitung',
      speakers: [{ key: 'moscow', name: 'Moscow', ...(localizedName ? { localizedName } : {}) }],
      quoteCount: 1,
    });
    const names = { de: 'Moskau', en: 'Moscow' };
    const { files } = site([moscow('alt', '2024-01-01'), moscow('neu', '2025-01-01', names)]);
    expect(files.get('speakers.json')).toEqual([
      { key: 'moscow', name: 'Moscow', localizedName: names, count: 2 },
    ]);
    expect(files.get('speakers/moscow.json')).toMatchObject({
      name: 'Moscow',
      localizedName: names,
      total: 2,
    });
    expect(files.get('sources.json')).toEqual([{ key: 'testzeitung', name: 'Testzeitung', count: 2 }]);
  });
});
