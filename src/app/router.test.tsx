import type { QueryClient } from '@tanstack/react-query';
import type { Location } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { runLoaders } from './router';

const at = (pathname: string, search = ''): Location => ({
  pathname,
  search,
  hash: '',
  state: null,
  key: 'k',
});

function fakeQueryClient() {
  const query = vi.fn((options: { queryKey: readonly unknown[] }) => Promise.resolve(options.queryKey));
  return { client: { query } as unknown as QueryClient, query };
}

describe('runLoaders', () => {
  it.each<[string, Location, Location, unknown[][]]>([
    ['entering an article loads it', at('/'), at('/articles/a'), [['article', 'a']]],
    ['another article loads that one', at('/articles/a'), at('/articles/b'), [['article', 'b']]],
    ['the reader state changing does not load again', at('/articles/a'), at('/articles/a', '?quote=q1'), []],
    ['coming back from another page loads again', at('/import'), at('/articles/a'), [['article', 'a']]],
    ['a page without a loader loads nothing', at('/articles/a'), at('/'), []],
  ])('%s', (_name, from, to, loaded) => {
    const { client, query } = fakeQueryClient();
    runLoaders(client, from, to);
    expect(query.mock.calls.map(([options]) => options.queryKey)).toEqual(loaded);
  });
});
