import { proxy, wrap } from 'comlink';
import type { AnnotateInput } from '../../core/annotator/annotate';
import type { Article } from '../../core/article/schema';
import type { AnnotatorApi } from './annotator.worker';

/** A running annotation: its result, and a way to stop it (which ends the worker). */
export interface AnnotationJob {
  result: Promise<Article>;
  cancel: () => void;
}

/** Annotates `input` in a fresh Web Worker, reporting progress (0..1) as the annotator goes. */
export function annotateInWorker(
  input: AnnotateInput,
  onProgress: (fraction: number) => void,
): AnnotationJob {
  const worker = new Worker(new URL('./annotator.worker.ts', import.meta.url), {
    type: 'module',
    name: 'annotator',
  });
  const api = wrap<AnnotatorApi>(worker);
  let settle: ((reason: Error) => void) | undefined;
  const cancelled = new Promise<never>((_, reject) => {
    settle = reject;
  });
  const result = Promise.race([api.annotate(input, proxy(onProgress)), cancelled]).finally(() =>
    worker.terminate(),
  );
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.(new DOMException('Annotation cancelled', 'AbortError'));
    },
  };
}
