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
  if (issue.code === 'invalid_type') {
    const received = (issue as { input?: unknown }).input;
    return received === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Validates an already parsed JSON value as an article, migrating older format versions first. */
export function parseArticle(value: unknown): ParseResult {
  const migrated = migrateArticle(value);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };
  const result = Article.safeParse(migrated.value);
  return result.success
    ? { ok: true, article: result.data }
    : { ok: false, problems: problemsOf(result.error) };
}

/** Parses JSON text and validates it as an article. Text that is not JSON gives one problem with its position. */
export function parseArticleJson(text: string): ParseResult {
  if (text.trim() === '') return { ok: false, problems: [{ path: '(file)', message: 'the file is empty' }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(file)', message: `not valid JSON: ${detail}` }] };
  }
  return parseArticle(value);
}
