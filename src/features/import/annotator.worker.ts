/// <reference lib="webworker" />
/**
 * The annotator in a Web Worker, so that annotating a long text never freezes the page. The core is the same
 * code the command line runs in Node.
 */
import { expose } from 'comlink';
import { annotate, type AnnotateInput } from '../../core/annotator/annotate';
import type { Article } from '../../core/article/schema';
import { importLanguage } from '../../core/text/language-guess';

const api = {
  annotate(input: AnnotateInput, onProgress?: (fraction: number) => void): Article {
    // Unless the person chose the language, a text that is clearly not German is kept in its own language.
    return annotate({ ...input, language: input.language ?? importLanguage(input.text), onProgress });
  },
};

export type AnnotatorApi = typeof api;

expose(api);
