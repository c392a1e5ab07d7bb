/**
 * A worker thread of `npm run annotate -- --jsonl`: annotates the lines it is sent, one at a time, and posts each
 * result back with its sequence number. Started by `scripts/annotate-jsonl.ts`.
 */
import { parentPort } from 'node:worker_threads';
import { annotateCorpusLine, type CorpusFormat } from '../src/core/annotator/corpus-line';

/** A line to annotate. */
export interface WorkerTask {
  seq: number;
  text: string;
  format: CorpusFormat;
}

/** The line to write in its place. */
export interface WorkerResult {
  seq: number;
  line: string;
  failure?: { id: string | null; message: string };
}

parentPort?.on('message', (task: WorkerTask) => {
  const result: WorkerResult = { seq: task.seq, ...annotateCorpusLine(task.text, task.format) };
  parentPort?.postMessage(result);
});
