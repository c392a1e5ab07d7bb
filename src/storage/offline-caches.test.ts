import { describe, expect, it } from 'vitest';
import { isArticleData } from './offline-caches';

describe('isArticleData', () => {
  it.each([
    ['an article', '/articles/a-b.json', true],
    ["the library's index", '/articles/library/p1.json', true],
    ["a speaker's file", '/archive/speakers/eva-lind.json', true],
    ["the search index's manifest", '/archive/search/manifest.json', true],
    [
      "a part of the search index (to the network, past the worker's cache)",
      '/archive/search/4c0d6315cc31/q7.json',
      false,
    ],
    ['a page', '/articles/a-b', false],
  ])('%s: %s', (_what, path, cached) => {
    expect(isArticleData(path)).toBe(cached);
  });
});
