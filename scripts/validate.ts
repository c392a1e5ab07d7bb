/**
 * `npm run validate -- <files...>`: checks article files and prints every problem with its JSON path. A folder's
 * `index.json` (the library index, recognised by its `articles` list) is checked as an index: its entries, and
 * that each names an article file beside it. A `.jsonl` file is checked a line at a time, naming line numbers.
 * Exits 0 when all are valid, 1 when any is not, 2 when it was called without files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArticleLines } from '../src/core/article/jsonl';
import { parseLibraryIndex } from '../src/core/article/library-index';
import { parseArticleJson } from '../src/core/article/parse';
import type { ArticleProblem } from '../src/core/article/problems';

/** A problem as this command prints it: the place and what is wrong there, in English. */
type Problem = Pick<ArticleProblem, 'path' | 'message'>;
import type { Article } from '../src/core/article/schema';
import { endQuietlyOnClosedPipe } from './closed-pipe';

/** Where the command reads and writes; replaced in tests. */
export interface ValidateIo {
  readFile: (path: string) => string;
  exists: (path: string) => boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeArticle(article: Article): string {
  return (
    `${plural(article.paragraphs.length, 'paragraph')}, ${plural(article.speakers.length, 'speaker')}, ` +
    `${plural(article.quotes.length, 'quote')}, ${plural(article.events.length, 'event')}`
  );
}

/** Whether a parsed JSON value is the library index rather than an article: `{ "articles": [...] }`. */
function isLibraryIndex(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'articles' in value && !('schemaVersion' in value);
}

/** Runs the command with `argv` (without the program name); returns the exit code. */
export function main(argv: readonly string[], io: ValidateIo): number {
  const files = argv.filter((arg) => arg !== '--');
  if (files.length === 0) {
    io.stderr('usage: npm run validate -- <article.json|index.json|articles.jsonl> [more ...]\n');
    return 2;
  }
  let failed = 0;
  const report = (file: string, problems: readonly Problem[]): void => {
    failed++;
    io.stderr(`${file}: ${plural(problems.length, 'problem')}\n`);
    for (const problem of problems) io.stderr(`  ${problem.path}: ${problem.message}\n`);
  };

  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      failed++;
      io.stderr(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    if (/\.(?:jsonl|ndjson)$/i.test(file)) {
      let articles = 0;
      const before = failed;
      for (const line of parseArticleLines(text)) {
        if (line.kind === 'article') articles++;
        else if (line.kind === 'error') {
          report(`${file}:${line.line}`, [{ path: '(line)', message: `an error line: ${line.error}` }]);
        } else report(`${file}:${line.line}`, line.problems);
      }
      if (failed === before) io.stdout(`${file}: valid (${plural(articles, 'article')})\n`);
      continue;
    }
    const indexProblems = checkIfIndex(file, text, io);
    if (indexProblems !== undefined) {
      if (indexProblems.problems.length > 0) report(file, indexProblems.problems);
      else io.stdout(`${file}: a valid library index (${plural(indexProblems.entries, 'article')})\n`);
      continue;
    }
    const result = parseArticleJson(text);
    if (result.ok) io.stdout(`${file}: valid (${describeArticle(result.article)})\n`);
    else report(file, result.problems);
  }
  return failed > 0 ? 1 : 0;
}

/**
 * When `text` is a library index, its problems (as `path: message`, plus an entry whose article file is missing
 * beside it); `undefined` when it is not an index.
 */
function checkIfIndex(
  file: string,
  text: string,
  io: ValidateIo,
): { entries: number; problems: Problem[] } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  if (!isLibraryIndex(value)) return undefined;
  const parsed = parseLibraryIndex(value);
  if (!parsed.ok) {
    return {
      entries: 0,
      problems: parsed.problems.map((line) => {
        const at = line.indexOf(': ');
        return { path: line.slice(0, at), message: line.slice(at + 2) };
      }),
    };
  }
  const folder = dirname(file);
  const problems: Problem[] = [];
  parsed.index.articles.forEach((entry, i) => {
    if (!io.exists(join(folder, `${entry.id}.json`))) {
      problems.push({
        path: `articles[${i}].id`,
        message: `no article file ${entry.id}.json beside the index`,
      });
    }
  });
  return { entries: parsed.index.articles.length, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  endQuietlyOnClosedPipe();
  process.exitCode = main(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    exists: existsSync,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
