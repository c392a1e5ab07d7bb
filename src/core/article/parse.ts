/**
 * The one entry point for untrusted article data: JSON text or an already parsed value in, a typed article or a
 * list of readable problems out. Every problem names its JSON path, e.g.
 * `quotes[3].spans.de[0].exact: does not match paragraph p4 at 120-188`.
 */
import type { z } from 'zod';
import { migrateArticle } from './migrate';
import { Article } from './schema';

/** One thing wrong with an article, at a JSON path such as `quotes[3].spans.de[0].exact`. */
export interface ArticleProblem {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: ArticleProblem[] };

/** Writes a path as JavaScript would access it: `quotes[3].spans.de[0]`; the root is `(article)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(article)';
}

function problemsOf(error: z.ZodError): ArticleProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue) }));
}

/** zod's default wording, made shorter where it is vague for a person reading it. */
function describe(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type') {
    return input === undefined
      ? `missing (expected ${issue.expected})`
      : `expected ${issue.expected}, got ${kindOf(input)}`;
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return `expected one of ${options}, got ${kindOf(input)}`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && typeof input === 'number') {
    const [bound, inclusive] =
      issue.code === 'too_small' ? [issue.minimum, issue.inclusive] : [issue.maximum, issue.inclusive];
    const relation = issue.code === 'too_small' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
    return `expected a number ${relation} ${String(bound)}, got ${kindOf(input)}`;
  }
  if (issue.code === 'invalid_union') return `${issue.message}, got ${kindOf(input)}`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? 'a string' : JSON.stringify(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return `a number too large (${String(value)})`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

/** Validates an already parsed JSON value as an article, migrating older format versions first. */
export function parseArticle(value: unknown): ParseResult {
  const migrated = migrateArticle(value);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };
  const result = Article.safeParse(migrated.value, { reportInput: true });
  return result.success
    ? { ok: true, article: result.data }
    : { ok: false, problems: problemsOf(result.error) };
}

/**
 * The largest article file the reader accepts, in UTF-16 code units of its JSON text (about 4 MB). News articles
 * are far smaller; the limit keeps a runaway file from freezing the page while it is parsed and rendered.
 */
export const MAX_ARTICLE_LENGTH = 4 * 1024 * 1024;

/**
 * Parses JSON text and validates it as an article. Text that is not JSON gives one problem with its position.
 * A leading UTF-8 byte order mark is ignored, as `fetch`'s `text()` does, so a file reads the same from disk
 * and over the network.
 */
export function parseArticleJson(json: string): ParseResult {
  const text = json.startsWith('\uFEFF') ? json.slice(1) : json;
  if (text.trim() === '') return { ok: false, problems: [{ path: '(file)', message: 'the file is empty' }] };
  if (text.length > MAX_ARTICLE_LENGTH) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    return {
      ok: false,
      problems: [
        {
          path: '(file)',
          message: `the file is ${mb(text.length)} MB; articles may be at most ${mb(MAX_ARTICLE_LENGTH)} MB`,
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Engines whose JSON.parse recurses give up on very deeply nested arrays with a RangeError, not a SyntaxError.
    const message =
      error instanceof SyntaxError
        ? `not valid JSON: ${error.message}`
        : 'the JSON is nested too deeply to be read';
    return { ok: false, problems: [{ path: '(file)', message }] };
  }
  return parseArticle(value);
}
