/**
 * The shipped index's manifest as the browser finds it: a site built without one answers with a 404 or, behind a
 * single-page app's rewrite rule (and Vite's servers), with `index.html`; either is "no shipped index", anything else
 * that is not the manifest is an error naming the file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const manifest = { version: 4, build: 'b1', quotes: 3, quotesPerBlock: 64, shards: ['ab'] };

/** `shippedIndex` of a fresh module (it keeps the manifest for the page's life), with `fetch` answering `response`. */
async function shippedIndexWith(response: () => Response) {
  const fetch = vi.fn(() => Promise.resolve(response()));
  vi.stubGlobal('fetch', fetch);
  const { shippedIndex } = await import('./shipped-index');
  return { found: shippedIndex(), fetch };
}

describe('shippedIndex', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('reads the manifest, asked for without headers of its own', async () => {
    const { found, fetch } = await shippedIndexWith(() => Response.json(manifest));
    expect((await found)?.manifest).toEqual(manifest);
    expect(fetch).toHaveBeenCalledWith('/archive/search/manifest.json');
  });

  it.each([
    ['a 404', () => new Response('', { status: 404 })],
    [
      'the page a single-page app answers unknown paths with',
      () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
    ],
  ])('finds no shipped index behind %s', async (_, response) => {
    const { found } = await shippedIndexWith(response);
    expect(await found).toBeUndefined();
  });

  it.each([
    ['a 500', () => new Response('', { status: 500 }), 'archive/search/manifest.json: HTTP 500'],
    [
      'a file that is not JSON',
      () => new Response('{"version"'),
      'archive/search/manifest.json: not valid JSON',
    ],
    [
      'a manifest of another version',
      () => Response.json({ ...manifest, version: 3 }),
      'archive/search/manifest.json: version 3, expected 4',
    ],
  ])('names the file and the problem for %s', async (_, response, message) => {
    const { found } = await shippedIndexWith(response);
    await expect(found).rejects.toThrow(message);
  });
});
