/**
 * The one entry point for untrusted article data: JSON text or an already parsed value in, a typed article or a
 * list of readable problems out. Every problem names its JSON path, e.g.
 * `quotes[3].spans.de[0].exact: does not match paragraph p4 at 120-188`.
 */
import type { z } from 'zod';
import { jsonSyntaxErrorOf } from './json-syntax';
import { migrateArticle } from './migrate';
import {
  articleProblem,
  foundValue,
  foundValueText,
  SCHEMA_RULES,
  type ArticleProblem,
  type ProblemDetail,
  type SchemaRule,
} from './problems';
import { Article } from './schema';

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
  return error.issues.map((issue) => articleProblem(formatPath(issue.path), detailOf(issue)));
}

const RULE_BY_MESSAGE = new Map<string, SchemaRule>(
  Object.entries(SCHEMA_RULES).map(([rule, message]) => [message, rule as SchemaRule]),
);

/** What a zod issue says, as a problem: zod's default wording made shorter where it is vague for a person. */
function detailOf(issue: z.core.$ZodIssue): ProblemDetail {
  const input = (issue as { input?: unknown }).input;
  const found = foundValue(input);
  const rule = RULE_BY_MESSAGE.get(issue.message);
  switch (issue.code) {
    case 'custom': {
      // The integrity checks give their problem as the issue's parameter.
      const detail = (issue.params as { problem?: ProblemDetail } | undefined)?.problem;
      return detail ?? { code: 'other', message: issue.message };
    }
    case 'invalid_type':
      return input === undefined
        ? { code: 'missing', expected: issue.expected }
        : { code: 'wrongType', expected: issue.expected, found };
    case 'invalid_value':
      return { code: 'notOneOf', options: issue.values.map((v) => JSON.stringify(v)).join(', '), found };
    case 'too_small':
    case 'too_big':
      return rule ? { code: 'rule', rule } : sizeDetail(issue, input);
    case 'invalid_union':
      return rule
        ? { code: 'rule', rule, found }
        : { code: 'other', message: `${issue.message}, got ${foundValueText(found)}` };
    case 'unrecognized_keys':
      return { code: 'unknownFields', fields: issue.keys.join(', ') };
    case 'invalid_key': {
      // A record's key, such as a language tag: its own issue says what is wrong with it.
      const [inner] = issue.issues;
      return inner ? detailOf({ ...inner, path: issue.path }) : { code: 'other', message: issue.message };
    }
    default:
      return rule ? { code: 'rule', rule } : { code: 'other', message: issue.message };
  }
}

function sizeDetail(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, input: unknown): ProblemDetail {
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  if (typeof input === 'number') {
    const relation = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
    return { code: 'numberOutOfRange', relation, bound: String(bound), found: foundValue(input) };
  }
  const count = Number(bound) + (issue.inclusive === false ? (small ? 1 : -1) : 0);
  if (issue.origin === 'string')
    return small ? { code: 'tooShort', minimum: count } : { code: 'tooLong', maximum: count };
  if (issue.origin === 'array') {
    return small ? { code: 'tooFewItems', minimum: count } : { code: 'tooManyItems', maximum: count };
  }
  return { code: 'other', message: issue.message };
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
  const fileProblem = (detail: ProblemDetail): ParseResult => ({
    ok: false,
    problems: [articleProblem('(file)', detail)],
  });
  if (text.trim() === '') return fileProblem({ code: 'emptyFile' });
  if (text.length > MAX_ARTICLE_LENGTH) {
    const megabytes = (n: number) => n / (1024 * 1024);
    return fileProblem({
      code: 'fileTooLarge',
      megabytes: megabytes(text.length),
      limitMegabytes: megabytes(MAX_ARTICLE_LENGTH),
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Engines whose JSON.parse recurses give up on very deeply nested arrays with a RangeError, not a SyntaxError.
    if (!(error instanceof SyntaxError)) return fileProblem({ code: 'nestedTooDeeply' });
    // Where and what, found by our own reading: the engine's message is English and differs between engines.
    const { kind, line, column, found } = jsonSyntaxErrorOf(text);
    return fileProblem({
      code: 'notJson',
      syntax: kind,
      line,
      column,
      ...(found === undefined ? {} : { character: found }),
    });
  }
  return parseArticle(value);
}
