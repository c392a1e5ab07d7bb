/**
 * One line of a corpus, annotated: the unit of work of `npm run annotate -- --jsonl`. A line of JSON Lines
 * `{"id", "text", "published"?, "title"?, "source"?}` in, one line out in its place: the article (`article`), or
 * `{"id", "quotes"}` with offsets into `text` (`spans`), or — when the line is not JSON, lacks `text` or cannot be
 * annotated — an `{"id", "error"}` line, so that output line n always stands for input line n.
 */
import { errorLine } from '../article/jsonl';
import { parseArticle } from '../article/parse';
import { Source } from '../article/schema';
import { slugify } from '../article/slug';
import { annotate } from './annotate';
import { unwrapLines } from '../text/unwrap-lines';
import { findQuotesUnwrapped } from './find-quotes';

/** What the command writes per line: the whole article, or only its quotes with offsets into the input text. */
export type CorpusFormat = 'article' | 'spans';

/** The line to write in the input line's place, and what went wrong when it is an error line. */
export interface CorpusLineResult {
  /** The output line, without a line break; empty for a blank input line. */
  line: string;
  /** Set when `line` is an error line: the input's id (if it had one) and a message for a person. */
  failure?: { id: string | null; message: string };
}

/** The longest id kept as the article's slug; longer ids are cut (the schema allows 120). */
const MAX_ID_LENGTH = 120;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Annotates one input line. Never throws: every failure becomes an error line. A blank line gives a blank line.
 * A hard-wrapped `text` has its lines joined first, as the importer does (`unwrapLines`); spans stay offsets into
 * `text`. The article's id is the input's `id` as a slug (`"Artikel 12"` → `artikel-12`); `source` may be a name (taken as
 * a newsroom) or a source object of the article format; `published` a date or an ISO 8601 timestamp.
 */
export function annotateCorpusLine(text: string, format: CorpusFormat): CorpusLineResult {
  if (text.trim() === '') return { line: '' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(null, `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(null, 'expected a JSON object {"id", "text", …}');
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : null;
  const input = readInput(record);
  if (typeof input === 'string') return fail(id, input);
  try {
    if (format === 'spans') {
      const quotes = findQuotesUnwrapped(input.text, input.published?.slice(0, 10));
      return { line: JSON.stringify({ id, quotes }) };
    }
    const article = annotate({
      text: unwrapLines(input.text),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.published !== undefined ? { published: input.published.slice(0, 10) } : {}),
      ...(input.source !== undefined ? { source: input.source } : {}),
      ...(id !== null ? { id: slugify(id, 'article', MAX_ID_LENGTH, 'character') } : {}),
    });
    if (input.published !== undefined) article.published = input.published;
    const checked = parseArticle(article);
    if (!checked.ok) {
      const [first] = checked.problems;
      return fail(id, `the annotator made an invalid article: ${first?.path}: ${first?.message}`);
    }
    return { line: JSON.stringify(checked.article) };
  } catch (error) {
    return fail(id, `cannot annotate: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface Input {
  text: string;
  title?: string;
  published?: string;
  source?: Source;
}

/** The annotator's input from a parsed line, or a message naming the field that is wrong. */
function readInput(record: Record<string, unknown>): Input | string {
  const { text, title, published, source } = record;
  if (text === undefined) return 'missing "text"';
  if (typeof text !== 'string') return '"text" must be a string';
  if (text.trim() === '') return '"text" is empty';
  const input: Input = { text };
  if (title !== undefined && title !== null) {
    if (typeof title !== 'string') return '"title" must be a string';
    if (title.trim() !== '') input.title = title;
  }
  if (published !== undefined && published !== null) {
    if (typeof published !== 'string' || !(DATE.test(published) || TIMESTAMP.test(published))) {
      return '"published" must be a date (YYYY-MM-DD) or an ISO 8601 timestamp';
    }
    input.published = published;
  }
  if (typeof source === 'string' && source.trim() !== '') {
    input.source = { name: source.trim(), kind: 'newsroom' };
  } else if (source !== undefined && source !== null && source !== '') {
    const parsed = Source.safeParse(source);
    if (!parsed.success) return '"source" must be a name or a source object of the article format';
    input.source = parsed.data;
  }
  return input;
}

function fail(id: string | null, message: string): CorpusLineResult {
  return { line: errorLine(id, message), failure: { id, message } };
}
