/**
 * `npm run annotate -- <file.txt|-> [...] [--published YYYY-MM-DD] [--title "…"] [--out article.json]
 * [--format article|spans]`: annotates German news text. `article` (the default) writes one article per
 * file; `spans` writes JSON Lines, one quote per line, with UTF-16 half-open offsets into the input text.
 * Exit codes: 0 success, 1 a file could not be annotated, 2 bad usage.
 *
 * A file (or standard input) is read as the importer reads a dropped file: UTF-8, UTF-16 with its byte order mark
 * or Windows-1252 (`decodeTextFile`), a hard-wrapped text's lines joined (`unwrapLines`); spans stay offsets into
 * the text as given.
 *
 * With `--jsonl [file|-]` it annotates a corpus of JSON Lines instead, on every core: see `annotate-jsonl.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { annotate } from '../src/core/annotator/annotate';
import { findQuotesUnwrapped } from '../src/core/annotator/find-quotes';
import { unwrapLines } from '../src/core/text/unwrap-lines';
import { decodeTextFile } from '../src/features/import/decode-text-file';
import { mainJsonl, JSONL_USAGE } from './annotate-jsonl';
import { endQuietlyOnClosedPipe } from './closed-pipe';
import { NOT_TEXT, readProblem } from './text-input';

/** Where the command reads and writes; replaced in tests. */
export interface CliIo {
  readFile: (path: string) => Uint8Array;
  readStdin: () => Uint8Array;
  writeFile: (path: string, text: string) => void;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface Options {
  files: string[];
  published?: string;
  title?: string;
  out?: string;
  format: 'article' | 'spans';
}

const USAGE = `usage: npm run annotate -- <file.txt|-> [more ...] [--published YYYY-MM-DD] [--title "…"] [--out file] [--format article|spans]
   or: ${JSONL_USAGE.replace('usage: ', '')}`;

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { files: [], format: 'article' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string | undefined => argv[++i];
    if (arg === '--published') {
      const v = value();
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return '--published expects a date as YYYY-MM-DD';
      options.published = v;
    } else if (arg === '--title') {
      const v = value();
      if (v === undefined) return '--title expects a title';
      options.title = v;
    } else if (arg === '--out') {
      const v = value();
      if (!v) return '--out expects a file name';
      options.out = v;
    } else if (arg === '--format') {
      const v = value();
      if (v !== 'article' && v !== 'spans') return '--format expects "article" or "spans"';
      options.format = v;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) return 'no input file given';
  if (options.format === 'article' && options.out && options.files.length > 1) {
    return '--out with --format article takes one input file';
  }
  return options;
}

function readText(file: string, io: CliIo): { text: string } | { error: string } {
  const name = file === '-' ? '(standard input)' : file;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (error) {
    return { error: `${name}: cannot read the file: ${readProblem(error)}` };
  }
  const text = decodeTextFile(bytes);
  if (text === undefined) return { error: `${name}: ${NOT_TEXT}` };
  if (text.trim() === '') return { error: `${name}: the text is empty` };
  return { text };
}

/** Runs the command with `argv` (without the program name); returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.stderr(`${options}\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  const output: string[] = [];
  for (const file of options.files) {
    const read = readText(file, io);
    if ('error' in read) {
      io.stderr(`${read.error}\n`);
      failed = true;
      continue;
    }
    if (options.format === 'spans') {
      for (const quote of findQuotesUnwrapped(read.text, options.published))
        output.push(JSON.stringify({ file, ...quote }));
      continue;
    }
    const article = annotate({
      text: unwrapLines(read.text),
      ...(options.title !== undefined ? { title: options.title } : {}),
      ...(options.published !== undefined ? { published: options.published } : {}),
    });
    output.push(JSON.stringify(article, null, 2));
  }
  const text = output.length > 0 ? `${output.join('\n')}\n` : '';
  if (options.out) {
    try {
      io.writeFile(options.out, text);
    } catch (error) {
      io.stderr(`${options.out}: cannot write: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  } else if (text !== '') {
    io.stdout(text);
  }
  return failed ? 1 : 0;
}

/** The real file system and streams. */
export const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path),
  readStdin: () => readFileSync(0),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  endQuietlyOnClosedPipe();
  const argv = process.argv.slice(2);
  process.exitCode = argv.includes('--jsonl') ? await mainJsonl(argv) : main(argv, nodeIo);
}
