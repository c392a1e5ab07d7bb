/**
 * Renders pages on a bounded pool of worker threads (`./render-worker.ts`): article files, and then the speakers'
 * pages. Each worker takes a batch, answers with its results and gets the next, so at most `jobs × BATCH` items are
 * in flight and the results arrive as the workers finish. The caller keeps the results (library entries: a few
 * hundred bytes each).
 */
import { Worker } from 'node:worker_threads';
import type { SpeakerFirstScreen } from '../../src/core/archive/speaker-page';
import type { ArticleResult, RenderTask, SpeakerResult, WorkerInput } from './render-protocol';

/** Items per message to a worker: enough to make the messages' cost negligible, few enough to balance the load. */
const BATCH = 16;

/** Starts a worker on `render-worker.ts` through tsx's loader (a `.ts` file cannot be a worker's entry by itself). */
function startWorker(input: WorkerInput): Worker {
  const loader = import.meta.resolve('tsx/esm/api');
  const script = new URL('./render-worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`,
    { eval: true, workerData: input },
  );
}

export interface PoolOptions extends WorkerInput {
  jobs: number;
  /** Called after each batch with the number of items done. */
  progress?: (done: number) => void;
}

/** The result of every article file, in no particular order. Rejects if a worker dies. */
export function renderAll(files: readonly string[], options: PoolOptions): Promise<ArticleResult[]> {
  return runPool(files, options, (items) => ({ kind: 'articles', items }));
}

/** Renders the page of every speaker (`screens`), in no particular order. Rejects if a worker dies. */
export function renderSpeakerPages(
  screens: readonly SpeakerFirstScreen[],
  options: PoolOptions,
): Promise<SpeakerResult[]> {
  return runPool(screens, options, (items) => ({ kind: 'speakers', items }));
}

function runPool<I, R>(
  items: readonly I[],
  options: PoolOptions,
  task: (batch: I[]) => RenderTask,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const jobs = Math.max(1, Math.min(options.jobs, Math.ceil(items.length / BATCH)));
  const workers: Worker[] = [];
  return new Promise<R[]>((resolve, reject) => {
    if (items.length === 0) return resolve(results);
    let running = 0;
    const feed = (worker: Worker) => {
      if (next >= items.length) {
        running--;
        void worker.terminate();
        if (running === 0) resolve(results);
        return;
      }
      worker.postMessage(task(items.slice(next, next + BATCH)));
      next += BATCH;
    };
    for (let i = 0; i < jobs; i++) {
      const worker = startWorker({ copy: options.copy });
      workers.push(worker);
      running++;
      worker.on('message', (batch: R[]) => {
        results.push(...batch);
        options.progress?.(results.length);
        feed(worker);
      });
      worker.on('error', (error) => {
        for (const other of workers) void other.terminate();
        reject(error);
      });
      feed(worker);
    }
  });
}
