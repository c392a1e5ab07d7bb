// @vitest-environment happy-dom
/**
 * The library's parts that show this browser's imports (IndexedDB) hydrate the prerendered page, which has none of
 * them, without a mismatch however early the imports were read: React throws a mismatched part away and renders it
 * afresh (error #418 in the console, a flash), which happened in about one load in five with an import.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryFilters } from '../../core/archive/library-filters';
import { ImportedList } from './ImportedList';
import { LibraryFilterForm } from './LibraryFilterForm';
import { importedListOptions, type ImportedEntry } from './imported-query';
import { reactI18n } from '../../testing/react-i18n';

// Reading IndexedDB and fetching the facets never finish here: the imports are in the cache already, as when they
// were read before the part's code arrived.
vi.mock('../../storage/imported-articles', () => ({
  allImportedRecords: () => new Promise(() => undefined),
}));
vi.stubGlobal('fetch', () => new Promise(() => undefined));

const IMPORT: ImportedEntry = {
  importedAt: '2024-05-02T10:00:00.000Z',
  entry: {
    id: 'harbour-import',
    title: { de: 'Der Hafen' },
    published: '2024-05-02',
    originalLanguage: 'de',
    languages: ['de'],
    source: 'Hafenblatt',
    speakers: [{ key: 'anna-berger', name: 'Anna Berger' }],
    quoteCount: 1,
  },
};

async function page(client: QueryClient) {
  const i18n = await reactI18n('en');
  const filters: LibraryFilters = { page: 0 };
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <LibraryFilterForm filters={filters} name={undefined} />
          <ImportedList filters={filters} />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the library hydrated with imports already read', () => {
  it('matches the prerendered markup, then shows the imports and offers their speakers', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(await page(new QueryClient()));
    expect(container.querySelector('datalist option')).toBeNull();

    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(importedListOptions().queryKey, [IMPORT]);
    const mismatches: unknown[] = [];
    const tree = await page(client);
    await act(async () => {
      hydrateRoot(container, tree, { onRecoverableError: (error) => mismatches.push(error) });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });

    expect(mismatches).toEqual([]);
    expect(container.querySelector('datalist option[value="Anna Berger"]')).not.toBeNull();
    expect(container.querySelector('#imports-title')?.textContent).toBe('Your imports');
  });
});
