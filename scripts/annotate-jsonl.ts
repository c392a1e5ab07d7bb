/**
 * `npm run annotate -- --jsonl [file|-]`: annotates a corpus as a filter from JSON Lines to JSON Lines, on every
 * core, in constant memory. One output line per input line, in input order (see
 * `src/core/annotator/corpus-line.ts` for what a line holds); a line that fails gives an `{"id","error"}` line in
 * its place and a message naming its line number on standard error, and processing goes on.
 *
 * Memory stays flat however long the input is: lines are read as they are needed, and at most `window` lines are
 * held at once (being annotated, or done and waiting for an earlier line so that the order holds). When the
 * window is full, or the output cannot take more, reading pauses, and the input stream with it.
 *
 * The input is read as the importer reads a file (`text-input.ts`): UTF-8, UTF-16 with its byte order mark, or
 * Windows-1252, decided line by line; a hard-wrapped `text` has its lines joined in the worker (`corpus-line.ts`).
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { CorpusFormat } from '../src/core/annotator/corpus-line';
import { errorLine } from '../src/core/article/jsonl';
import type { WorkerResult, WorkerTask } from './annotate-worker';
import { NotTextError, readProblem, textLines } from './text-input';

export interface JsonlOptions {
  /** JSON Lines as bytes (a file's or standard input's stream). */
  input: AsyncIterable<Uint8Array>;
  output: Writable;
  /** Where messages about failed lines, progress and statistics go (standard error). */
  messages: Writable;
  jobs: number;
  format: CorpusFormat;
  /** Show a progress line (only when `messages` is a terminal). */
  progress: boolean;
  /** Lines held at most at once; defaults to {@link WINDOW_PER_JOB} per job. */
  window?: number;
}

export interface JsonlSummary {
  lines: number;
  failed: number;
  /** The most lines held at once: what bounds memory, whatever the input's length. */
  peakHeld: number;
  seconds: number;
  /** Set when the output could not be written (e.g. the reading end of a pipe closed); the run stopped there. */
  outputError?: string;
  /**
   * Set when the input could not be read on (a folder, a failing disk) or is not text at all (a PDF, a program);
   * the run stopped there, after writing the lines read before.
   */
  inputError?: string;
}

/** What a line gets in its place when its bytes are no text, such as a line of a PDF put into the corpus. */
const LINE_NOT_TEXT = 'not text: the line holds a control character that no text has';

/**
 * Lines held per worker: enough to keep every worker busy while one slow line holds the order back, few enough
 * that memory stays small (an annotated article is tens of kilobytes).
 */
const WINDOW_PER_JOB = 8;
/** A worker's heap limit: a line that needs more fails alone instead of taking the whole run down. */
const WORKER_HEAP_MB = 1024;
/** How often the progress line is redrawn. */
const PROGRESS_MS = 500;

const WORKER_ENTRY = new URL('./annotate-worker.ts', import.meta.url);

/**
 * Starts a worker on `annotate-worker.ts`. Under `tsx` (how `npm run annotate` runs) a worker thread does not
 * inherit tsx's TypeScript loader, so the worker is started from a line of JavaScript that registers tsx's ESM
 * loader through its API and then imports the TypeScript entry.
 */
function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!WORKER_ENTRY.pathname.endsWith('.ts')) return new Worker(WORKER_ENTRY, { resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(WORKER_ENTRY.href)}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

interface Pending {
  task: WorkerTask;
  resolve: (result: WorkerResult) => void;
}

interface Slot {
  worker: Worker;
  pending?: Pending;
  stopped: boolean;
}

/** `size` workers, each annotating one line at a time; a worker that crashes fails its line and is replaced. */
class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.start());
  }

  run(task: WorkerTask): Promise<WorkerResult> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const slot = this.idle.pop() as Slot;
      const pending = this.waiting.shift() as Pending;
      slot.pending = pending;
      slot.worker.postMessage(pending.task);
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: startWorker(), stopped: false };
    this.slots.add(slot);
    slot.worker.on('message', (result: WorkerResult) => {
      const pending = slot.pending;
      slot.pending = undefined;
      this.idle.push(slot);
      pending?.resolve(result);
      this.dispatch();
    });
    const crashed = (reason: string): void => {
      if (slot.stopped || this.closing) return;
      slot.stopped = true;
      this.slots.delete(slot);
      const at = this.idle.indexOf(slot);
      if (at >= 0) this.idle.splice(at, 1);
      const pending = slot.pending;
      if (pending) pending.resolve(crashResult(pending.task, reason));
      this.idle.push(this.start());
      this.dispatch();
    };
    slot.worker.on('error', (error) => crashed(`the annotator crashed: ${error.message}`));
    slot.worker.on('exit', (code) => crashed(`the annotator stopped (exit code ${code})`));
    return slot;
  }
}

function crashResult(task: WorkerTask, message: string): WorkerResult {
  let id: string | null = null;
  try {
    const value = JSON.parse(task.text) as { id?: unknown };
    if (typeof value.id === 'string' || typeof value.id === 'number') id = String(value.id);
  } catch {
    // the worker would have reported a line that is not JSON itself
  }
  return { seq: task.seq, line: JSON.stringify({ id, error: message }), failure: { id, message } };
}

/** Annotates every line of `input` to `output`, in order; resolves when the last line is written. */
export async function annotateJsonl(options: JsonlOptions): Promise<JsonlSummary> {
  const { output, messages, format } = options;
  const started = performance.now();
  const window = Math.max(1, options.window ?? options.jobs * WINDOW_PER_JOB);
  const pool = new WorkerPool(options.jobs);
  const done = new Map<number, WorkerResult>();
  const showProgress = options.progress && (messages as { isTTY?: boolean }).isTTY === true;
  const clear = showProgress ? '\r\x1b[K' : '';
  let read = 0;
  let written = 0;
  let failed = 0;
  let peakHeld = 0;
  let outputError: string | undefined;
  let inputError: string | undefined;
  let wake: (() => void) | undefined;
  const waitForWrites = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  output.on('error', (error) => {
    outputError ??= error.message;
    wake?.();
  });
  const flush = (): void => {
    for (let result = done.get(written); result; result = done.get(written)) {
      done.delete(written);
      written++;
      if (outputError === undefined) output.write(`${result.line}\n`);
      if (result.failure) {
        failed++;
        const { id, message } = result.failure;
        messages.write(
          `${clear}line ${written}${id === null ? '' : ` (id ${JSON.stringify(id)})`}: ${message}\n`,
        );
      }
    }
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };

  const progress = showProgress
    ? setInterval(() => {
        const rate = written / ((performance.now() - started) / 1000);
        messages.write(`${clear}${written} lines annotated, ${failed} failed, ${rate.toFixed(0)} lines/s`);
      }, PROGRESS_MS)
    : undefined;
  progress?.unref();

  try {
    try {
      for await (const text of textLines(options.input)) {
        while (read - written >= window && outputError === undefined) await waitForWrites();
        // An error instead of 'drain' is kept by the output's error listener and ends the loop below.
        if (output.writableNeedDrain && outputError === undefined)
          await once(output, 'drain').catch(() => undefined);
        if (outputError !== undefined) break;
        const seq = read++;
        peakHeld = Math.max(peakHeld, read - written);
        if (text === undefined) {
          const failure = { id: null, message: LINE_NOT_TEXT };
          done.set(seq, { seq, line: errorLine(null, LINE_NOT_TEXT), failure });
          flush();
          continue;
        }
        if (text.trim() === '') {
          done.set(seq, { seq, line: '' });
          flush();
          continue;
        }
        void pool.run({ seq, text, format }).then((result) => {
          done.set(seq, result);
          flush();
        });
      }
    } catch (error) {
      inputError = error instanceof NotTextError ? error.message : `cannot read: ${readProblem(error)}`;
    }
    while (written < read && outputError === undefined) await waitForWrites();
  } finally {
    clearInterval(progress);
    if (showProgress) messages.write(clear);
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    lines: read,
    failed,
    peakHeld,
    seconds,
    ...(outputError ? { outputError } : {}),
    ...(inputError ? { inputError } : {}),
  };
}

export interface JsonlArgs {
  input: string;
  out?: string;
  jobs: number;
  format: CorpusFormat;
  stats: boolean;
}

export const JSONL_USAGE =
  'usage: npm run annotate -- --jsonl [file|-] [--jobs N] [--format article|spans] [--out file] [--stats]';

/** Reads the arguments of the `--jsonl` mode; a string is a usage error. */
export function parseJsonlArgs(argv: readonly string[]): JsonlArgs | string {
  const args: JsonlArgs = { input: '-', jobs: availableParallelism(), format: 'article', stats: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (arg === '--jsonl') {
      if (next !== undefined && (next === '-' || !next.startsWith('--'))) args.input = argv[++i] as string;
    } else if (arg === '--jobs') {
      const jobs = Number(argv[++i]);
      if (!Number.isInteger(jobs) || jobs < 1) return '--jobs expects a whole number of at least 1';
      args.jobs = jobs;
    } else if (arg === '--format') {
      const format = argv[++i];
      if (format !== 'article' && format !== 'spans') return '--format expects "article" or "spans"';
      args.format = format;
    } else if (arg === '--out') {
      const out = argv[++i];
      if (!out) return '--out expects a file name';
      args.out = out;
    } else if (arg === '--stats') {
      args.stats = true;
    } else if (arg === '--published' || arg === '--title') {
      return `${arg} does not apply to --jsonl: give "${arg.slice(2)}" on each line`;
    } else {
      return `unexpected argument ${arg} (with --jsonl the input is one file or "-")`;
    }
  }
  return args;
}

/**
 * Runs the `--jsonl` mode with the process's streams. Exit codes: 0 every line was annotated; 1 some lines failed
 * (each has an error line in its place) or the output could not be written; 2 bad usage, or an input that cannot
 * be read or is not text (the lines before it are written).
 */
export async function mainJsonl(argv: readonly string[]): Promise<number> {
  const args = parseJsonlArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${JSONL_USAGE}\n`);
    return 2;
  }
  let input: Readable = process.stdin;
  const name = args.input === '-' ? '(standard input)' : args.input;
  if (args.input !== '-') {
    try {
      input = createReadStream('', { fd: openSync(args.input, 'r') });
    } catch (error) {
      process.stderr.write(`${name}: cannot read: ${readProblem(error)}\n`);
      return 2;
    }
  }
  const output: Writable = args.out ? createWriteStream(args.out) : process.stdout;
  const summary = await annotateJsonl({
    input,
    output,
    messages: process.stderr,
    jobs: args.jobs,
    format: args.format,
    progress: true,
  });
  if (args.out) {
    output.end();
    await once(output, 'close').catch(() => undefined);
  }
  if (summary.inputError !== undefined) {
    process.stderr.write(`${name}: ${summary.inputError}\n`);
    return 2;
  }
  if (summary.outputError !== undefined) {
    process.stderr.write(`cannot write the output: ${summary.outputError}\n`);
    return 1;
  }
  if (args.stats) {
    const peakMb = process.resourceUsage().maxRSS / 1024;
    process.stderr.write(
      `annotated ${summary.lines} lines (${summary.failed} failed) in ${summary.seconds.toFixed(1)} s with ` +
        `${args.jobs} job${args.jobs === 1 ? '' : 's'}: ${(summary.lines / summary.seconds).toFixed(1)} lines/s; ` +
        `at most ${summary.peakHeld} lines held at once; peak memory ${peakMb.toFixed(0)} MB\n`,
    );
  }
  if (summary.failed > 0) {
    process.stderr.write(
      `${summary.failed} of ${summary.lines} lines failed; each has an {"id","error"} line in its place\n`,
    );
    return 1;
  }
  return 0;
}
