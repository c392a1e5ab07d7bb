import type { QueryClient } from '@tanstack/react-query';
import type { Location } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPageData } from './prerendered';
import { runLoaders } from './router';

const query = vi.fn((options: { queryKey: readonly unknown[] }) => Promise.resolve(options.queryKey));
vi.mock('./query-client', () => ({ appQueryClient: () => ({ query }) as unknown as QueryClient }));

const at = (pathname: string, search = ''): Location => ({
  pathname,
  search,
  hash: '',
  state: null,
  key: 'k',
});

afterEach(() => {
  query.mockClear();
  setPageData(undefined);
});

describe('runLoaders', () => {
  it.each<[string, Location, Location, unknown[][]]>([
    ['entering an article loads it', at('/'), at('/articles/a'), [['article', 'a']]],
    ['another article loads that one', at('/articles/a'), at('/articles/b'), [['article', 'b']]],
    ['the reader state changing does not load again', at('/articles/a'), at('/articles/a', '?quote=q1'), []],
    ['coming back from another page loads again', at('/import'), at('/articles/a'), [['article', 'a']]],
    ['a page without a loader loads nothing', at('/articles/a'), at('/'), []],
  ])('%s', async (_name, from, to, loaded) => {
    await runLoaders(from, to);
    expect(query.mock.calls.map(([options]) => options.queryKey)).toEqual(loaded);
  });

  it('does not load the article the page was prerendered with (nor the query library)', async () => {
    setPageData({ path: '/articles/a', language: 'en', queries: [[['article', 'a'], { id: 'a' }]] });
    await runLoaders(at('/'), at('/articles/a'));
    await runLoaders(at('/articles/a'), at('/articles/b'));
    expect(query.mock.calls.map(([options]) => options.queryKey)).toEqual([['article', 'b']]);
  });
});
