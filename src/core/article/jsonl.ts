/**
 * Articles as JSON Lines: one article per line, the format a corpus is annotated to (`npm run annotate -- --jsonl`),
 * a library is backed up to and restored from, and `npm run add` reads. A line whose article could not be made is
 * written as `{"id": …, "error": …}` in its place, so that line numbers still match the input and nothing is
 * dropped silently.
 */
import { articleProblem, type ArticleProblem } from './problems';
import { parseArticleJson } from './parse';
import type { Article } from './schema';

/** A line that stands for an article the writer could not make (unreadable input, an annotator failure). */
export interface ErrorLine {
  id: string | null;
  error: string;
}

/** One line read back: an article, a line the writer marked as failed, or a line that is not a valid article. */
export type ArticleLine =
  | { line: number; kind: 'article'; article: Article }
  | { line: number; kind: 'error'; id: string | null; error: string }
  | { line: number; kind: 'invalid'; id: string | null; problems: ArticleProblem[] };

/** The article as one line of JSON Lines, without the line break (JSON escapes every break inside strings). */
export function articleLine(article: Article): string {
  return JSON.stringify(article);
}

/** A line in place of an article that could not be made. */
export function errorLine(id: string | null, error: string): string {
  return JSON.stringify({ id, error } satisfies ErrorLine);
}

/**
 * Reads one line (1-based `line` for messages) as an article, an error line or a problem. Blank lines give
 * `undefined` and are skipped by {@link parseArticleLines}.
 */
export function parseArticleLine(text: string, line: number): ArticleLine | undefined {
  if (text.trim() === '') return undefined;
  const marked = errorLineOf(text);
  if (marked) return { line, kind: 'error', ...marked };
  const result = parseArticleJson(text);
  if (result.ok) return { line, kind: 'article', article: result.article };
  return { line, kind: 'invalid', id: idOf(text), problems: result.problems.map((p) => inFile(p, line)) };
}

/** A problem of the text read from `line` on, with a syntax error's line counted in the whole file. */
function inFile(problem: ArticleProblem, line: number): ArticleProblem {
  const { detail } = problem;
  return detail.code === 'notJson' && line > 1
    ? articleProblem(problem.path, { ...detail, line: detail.line + line - 1 })
    : problem;
}

/**
 * Every non-blank line of a JSON Lines text, in order; a broken line does not stop the rest. A text that is one
 * JSON value over several lines (an article exported as formatted JSON, chosen where a backup was expected) is read
 * as that one value, at the line where it starts, rather than as hundreds of broken lines.
 */
export function* parseArticleLines(text: string): Generator<ArticleLine> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const document = multiLineDocument(body);
  if (document) {
    const parsed = parseArticleLine(document.text, document.line);
    if (parsed) yield parsed;
    return;
  }
  let start = 0;
  let line = 1;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const raw = body.slice(start, end);
    const parsed = parseArticleLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, line);
    if (parsed) yield parsed;
    start = end + 1;
    line++;
  }
}

/**
 * The text and first line of `body` when it is a single JSON value written over several lines: its first non-blank
 * line is not JSON by itself, and the whole is. (Two or more JSON Lines never parse as one value, so this never
 * takes a real JSON Lines text.)
 */
function multiLineDocument(body: string): { text: string; line: number } | undefined {
  let start = 0;
  let line = 1;
  let end = body.indexOf('\n');
  while (end !== -1 && body.slice(start, end).trim() === '') {
    start = end + 1;
    line++;
    end = body.indexOf('\n', start);
  }
  // One line (or none): JSON Lines as they are.
  if (end === -1 || body.slice(end + 1).trim() === '') return undefined;
  if (isJson(body.slice(start, end))) return undefined;
  return isJson(body) ? { text: body, line } : undefined;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The `{"id", "error"}` object of an error line, when the line is one. */
function errorLineOf(text: string): ErrorLine | undefined {
  if (!text.includes('"error"')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, error, ...rest } = value as Record<string, unknown>;
  if (typeof error !== 'string' || Object.keys(rest).length > 0) return undefined;
  return { id: typeof id === 'string' ? id : null, error };
}

/** The `id` of a line that is JSON but not a valid article, to name it in messages. */
function idOf(text: string): string | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'id' in value) {
      const id = value.id;
      return typeof id === 'string' ? id : null;
    }
  } catch {
    // not JSON: the problem says so
  }
  return null;
}
