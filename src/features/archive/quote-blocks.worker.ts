/// <reference lib="webworker" />
/**
 * The shipped index's blocks of quotes (`q<b>.json`), read off the page's main thread. A page of results asks for
 * up to six blocks, each a file of 64 quotes of which it shows one or two; on the page's thread each fetch, its
 * JSON and its quotes cost 1–4 ms of the keystroke that waits for them. The worker fetches and reads the blocks,
 * keeps them for the page's life, and answers with the quotes asked for.
 */
import { expose } from 'comlink';
import type { ArchiveQuote } from '../../core/archive/archive-quote';
import {
  loadBlock,
  searchPaths,
  type QuoteBlockFile,
  type SearchManifest,
} from '../../core/search/sharded-index';
import { readSiteFile } from './site-files';

/** What the worker needs of the manifest to find a quote's block. */
export type BlockLayout = Pick<SearchManifest, 'build' | 'quotesPerBlock'>;

/** Blocks by path, loading or loaded; a failed one is forgotten, so the next query fetches it again. */
const blocks = new Map<string, Promise<ArchiveQuote[]>>();

function block(layout: BlockLayout, number: number): Promise<ArchiveQuote[]> {
  const path = searchPaths.block(layout, number);
  let loading = blocks.get(path);
  if (!loading) {
    loading = readSiteFile(path, (data, where) => loadBlock(data as QuoteBlockFile, where));
    loading.catch(() => blocks.delete(path));
    blocks.set(path, loading);
  }
  return loading;
}

const api = {
  /** The quotes with `ids`, in that order; throws naming the block of an id its file does not have. */
  async quotes(layout: BlockLayout, ids: readonly number[]): Promise<ArchiveQuote[]> {
    const size = layout.quotesPerBlock;
    const loaded = await Promise.all(ids.map((id) => block(layout, Math.floor(id / size))));
    return ids.map((id, i) => {
      const quote = loaded[i]?.[id % size];
      if (!quote) throw new Error(`${searchPaths.block(layout, Math.floor(id / size))}: no quote ${id}`);
      return quote;
    });
  },
};

export type QuoteBlocksApi = typeof api;

expose(api);
