/// <reference lib="webworker" />
/**
 * The annotator in a Web Worker, so that annotating a long text never freezes the page. The core is the same
 * code the command line runs in Node.
 */
import { expose } from 'comlink';
import { annotate, type AnnotateInput } from '../../core/annotator/annotate';
import type { Article } from '../../core/article/schema';

const api = {
  annotate(input: AnnotateInput, onProgress?: (fraction: number) => void): Article {
    return annotate({ ...input, onProgress });
  },
};

export type AnnotatorApi = typeof api;

expose(api);
