/**
 * `npm run add -- <article.json|articles.jsonl|-> [more ...] [--replace]`: puts annotated articles into the site's
 * articles folder (`public/articles/`, or the folder `STIMMEN_ARTICLES` names), one `<id>.json` each, and adds
 * them to the folder's `index.json` when it has one. Every article is validated first; a bad file or line is
 * reported by name and line number and skipped, the rest are added. An article whose file already holds a
 * different article is not written unless `--replace` is given. `.jsonl` files and `-` (standard input) are read
 * a line at a time, so a corpus of any size goes through in little memory.
 *
 * Exit codes: 0 every article was added (or was already there), 1 some file or line was not, 2 bad usage.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArticleLine } from '../src/core/article/jsonl';
import type { LibraryEntry } from '../src/core/article/library-index';
import { parseArticleJson } from '../src/core/article/parse';
import type { ArticleProblem } from '../src/core/article/problems';

/** A problem as this command prints it: the place and what is wrong there, in English. */
type Problem = Pick<ArticleProblem, 'path' | 'message'>;
import type { Article } from '../src/core/article/schema';
import {
  articlesFolder,
  libraryEntryOf,
  RESERVED_IDS,
  updateLibraryIndexFile,
  writeArticleFile,
  type WriteOutcome,
} from './articles-folder';

/** Where the command reads and writes; replaced in tests. */
export interface AddIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: () => Readable;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = 'usage: npm run add -- <article.json|articles.jsonl|-> [more ...] [--replace]';
/** Problems listed per bad article; the rest are counted. */
const PROBLEMS_SHOWN = 5;

/** Runs the command with `argv` (without the program name); resolves to the exit code. */
export async function main(argv: readonly string[], io: AddIo): Promise<number> {
  const replace = argv.includes('--replace');
  const unknown = argv.find((arg) => arg.startsWith('--') && arg !== '--replace');
  const inputs = argv.filter((arg) => !arg.startsWith('--'));
  if (unknown || inputs.length === 0) {
    io.stderr(`${unknown ? `unknown option ${unknown}` : 'no article file given'}\n${USAGE}\n`);
    return 2;
  }
  const folder = articlesFolder(io.env, io.cwd);
  const shownFolder = relative(io.cwd, folder) || '.';
  const counts: Record<Exclude<WriteOutcome, 'conflict'>, number> = { added: 0, replaced: 0, unchanged: 0 };
  const entries: LibraryEntry[] = [];
  let failed = 0;

  const problem = (where: string, message: string): void => {
    failed++;
    io.stderr(`${where}: ${message}\n`);
  };
  const put = (where: string, article: Article): void => {
    if (RESERVED_IDS.has(article.id)) {
      problem(
        where,
        `the id "${article.id}" is reserved (its file would be the folder's ${article.id}.json)`,
      );
      return;
    }
    let outcome: WriteOutcome;
    try {
      outcome = writeArticleFile(folder, article, replace);
    } catch (error) {
      problem(
        where,
        `cannot write ${article.id}.json: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    if (outcome === 'conflict') {
      problem(
        where,
        `${shownFolder}/${article.id}.json already holds a different article; not overwritten ` +
          '(run again with --replace to overwrite it)',
      );
      return;
    }
    counts[outcome]++;
    entries.push(libraryEntryOf(article));
  };
  const invalid = (where: string, id: string | null, problems: readonly Problem[]): void => {
    const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `\n  ${p.path}: ${p.message}`);
    const more = problems.length > PROBLEMS_SHOWN ? `\n  … and ${problems.length - PROBLEMS_SHOWN} more` : '';
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    problem(
      where,
      `not a valid article${id === null ? '' : ` (id ${JSON.stringify(id)})`}, ${count}:${shown.join('')}${more}`,
    );
  };

  for (const input of inputs) {
    const name = input === '-' ? '(standard input)' : input;
    if (input === '-' || /\.(?:jsonl|ndjson)$/i.test(input)) {
      let stream: Readable;
      try {
        stream = input === '-' ? io.stdin() : createReadStream(input);
        let line = 0;
        for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
          line++;
          const parsed = parseArticleLine(
            line === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text,
            line,
          );
          const where = `${name}:${line}`;
          if (!parsed) continue;
          if (parsed.kind === 'article') put(where, parsed.article);
          else if (parsed.kind === 'error') {
            const id = parsed.id === null ? '' : ` (id ${JSON.stringify(parsed.id)})`;
            problem(where, `an error line, not an article${id}: ${parsed.error}`);
          } else invalid(where, parsed.id, parsed.problems);
        }
      } catch (error) {
        problem(name, `cannot read: ${error instanceof Error ? error.message : String(error)}`);
      }
      continue;
    }
    let text: string;
    try {
      text = readFileSync(input, 'utf8');
    } catch (error) {
      problem(name, `cannot read: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const parsed = parseArticleJson(text);
    if (parsed.ok) put(name, parsed.article);
    else invalid(name, null, parsed.problems);
  }

  let index = '';
  try {
    if (entries.length > 0 && updateLibraryIndexFile(folder, entries) === 'updated') {
      index = `; ${shownFolder}/index.json updated`;
    }
  } catch (error) {
    problem(
      `${shownFolder}/index.json`,
      `not updated: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  io.stdout(
    `${shownFolder}: ${counts.added} added, ${counts.replaced} replaced, ${counts.unchanged} already there${index}\n`,
  );
  if (failed > 0) io.stderr(`${failed} problem${failed === 1 ? '' : 's'}: see above\n`);
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdin: () => process.stdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
