import { describe, expect, it } from 'vitest';
import {
  correctedLibraryQuery,
  findFacetValue,
  libraryFiltersQuery,
  libraryPath,
  parseLibraryFilters,
  type LibraryFilters,
} from './library-filters';

const CASES: [query: string, filters: LibraryFilters, canonical: string][] = [
  ['', { page: 0 }, ''],
  ['speaker=eva-lind', { speaker: 'eva-lind', page: 0 }, 'speaker=eva-lind'],
  [
    'page=3&to=2024-12-31&from=2024-01-01&source=testzeitung&speaker=eva-lind',
    { speaker: 'eva-lind', source: 'testzeitung', from: '2024-01-01', to: '2024-12-31', page: 2 },
    'speaker=eva-lind&source=testzeitung&from=2024-01-01&to=2024-12-31&page=3',
  ],
  ['speaker=Eva%20Lind&from=gestern&page=-1&to=2024-1-1', { page: 0 }, ''],
  [
    'from=2025-03-01&to=2025-01-15',
    { from: '2025-01-15', to: '2025-03-01', page: 0 },
    'from=2025-01-15&to=2025-03-01',
  ],
  ['page=1', { page: 0 }, ''],
  ['page=2.5', { page: 0 }, ''],
];

describe('library filters in the URL', () => {
  it.each(CASES)('?%s', (query, filters, canonical) => {
    const parsed = parseLibraryFilters(new URLSearchParams(query));
    expect(parsed).toEqual(filters);
    expect(libraryFiltersQuery(parsed)).toBe(canonical);
    expect(libraryPath(parsed)).toBe(canonical === '' ? '/' : `/?${canonical}`);
  });
});

describe('correctedLibraryQuery', () => {
  it.each([
    [
      'speaker=eva-lind&to=2024-01-01&from=2024-12-31&page=2',
      'speaker=eva-lind&from=2024-01-01&to=2024-12-31&page=2',
    ],
    ['from=2024-01-01&to=2024-12-31', undefined],
    ['from=2024-01-01&to=2024-01-01', undefined],
    ['to=2024-01-01', undefined],
    ['', undefined],
  ])('?%s → %s', (query, corrected) => {
    expect(correctedLibraryQuery(new URLSearchParams(query))).toBe(corrected);
  });
});

describe('findFacetValue', () => {
  const speakers = [
    { key: 'eva-lind', name: 'Eva Lind' },
    { key: 'juergen-mueller', name: 'Jürgen Müller' },
    { key: 'moscow', name: 'Moscow', localizedName: { de: 'Moskau', en: 'Moscow' } },
  ];
  it.each([
    ['eva lind', 'eva-lind'],
    ['Moskau', 'moscow'],
    ['moscow', 'moscow'],
    ['  EVA-LIND ', 'eva-lind'],
    ['Jürgen Müller', 'juergen-mueller'],
    ['juergen-mueller', 'juergen-mueller'],
    ['Eva', undefined],
    ['', undefined],
    ['„“', undefined],
  ])('%j finds %s', (text, key) => {
    expect(findFacetValue(speakers, text)?.key).toBe(key);
  });
});
