/**
 * Anchoring for hand-written articles: an author writes each span's `exact` text and lets this module find its
 * `start` and `end`, instead of counting UTF-16 code units by hand.
 *
 * It works on a draft, before validation: spans may lack offsets, carry wrong ones, or carry an authoring hint
 * `occurrence` (1-based: which match of `exact` in the paragraph is meant, counting overlapping matches). The
 * result has every span in quotes (`spans`, `cue`, `speakerMention`) and events (`mentions`) written as
 * `{ paragraph, start, end, exact }` and nothing else, so it can then be validated by the article schema.
 */
import { formatPath } from './parse';

/** One span that could not be anchored, at a JSON path such as `quotes[3].spans.de[0]`. */
export interface AnchorProblem {
  path: string;
  message: string;
}

export type AnchorResult = { ok: true; article: unknown } | { ok: false; problems: AnchorProblem[] };

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** The span fields of each annotated list, e.g. `quotes[i].cue`. */
const SPAN_FIELDS = { quotes: ['spans', 'cue', 'speakerMention'], events: ['mentions'] } as const;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every UTF-16 offset at which `exact` occurs in `text`, overlapping matches included
 * (`"aa"` occurs in `"aaa"` at 0 and 1).
 */
export function findOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact === '') return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** Paragraph texts by paragraph id, then language. */
function paragraphTexts(article: Json): Map<string, Json> {
  const texts = new Map<string, Json>();
  const paragraphs = Array.isArray(article.paragraphs) ? (article.paragraphs as unknown[]) : [];
  for (const paragraph of paragraphs) {
    if (isRecord(paragraph) && typeof paragraph.id === 'string' && isRecord(paragraph.text)) {
      texts.set(paragraph.id, paragraph.text);
    }
  }
  return texts;
}

/**
 * Finds the offsets of one span. Offsets that already match `exact` are kept when there is no `occurrence`
 * hint, so anchoring an anchored article changes nothing and a correct `start` disambiguates like a hint.
 */
function anchorSpan(
  span: unknown,
  language: string,
  texts: Map<string, Json>,
  path: Path,
  problems: AnchorProblem[],
): unknown {
  const fail = (message: string) => {
    problems.push({ path: formatPath(path), message });
    return span;
  };
  if (!isRecord(span)) return fail('expected a span object');
  const { paragraph, exact, occurrence, start, end } = span;
  if (typeof paragraph !== 'string') return fail('missing "paragraph"');
  if (typeof exact !== 'string' || exact === '') return fail('missing "exact" text');
  const byLanguage = texts.get(paragraph);
  if (byLanguage === undefined) return fail(`paragraph ${paragraph} is not defined`);
  const text = byLanguage[language];
  if (typeof text !== 'string') return fail(`paragraph ${paragraph} has no text in "${language}"`);

  const anchored = (at: number) => ({ paragraph, start: at, end: at + exact.length, exact });
  const found = findOccurrences(text, exact);
  if (found.length === 0) return fail(`"${exact}" does not occur in paragraph ${paragraph} (${language})`);

  if (occurrence !== undefined) {
    if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1) {
      return fail('"occurrence" must be a whole number from 1');
    }
    const at = found[occurrence - 1];
    if (at === undefined) {
      return fail(`"${exact}" occurs ${found.length} time(s) in paragraph ${paragraph}, not ${occurrence}`);
    }
    return anchored(at);
  }
  if (typeof start === 'number' && end === start + exact.length && found.includes(start)) {
    return anchored(start);
  }
  if (found.length > 1) {
    return fail(
      `"${exact}" is ambiguous in paragraph ${paragraph}: it occurs at ${found.join(', ')}; ` +
        `add "occurrence" (1-${found.length})`,
    );
  }
  return anchored(found[0] ?? 0);
}

/** Anchors each span of `{ language: span[] }`, keeping anything that is not a list as it is. */
function anchorByLanguage(
  byLanguage: unknown,
  texts: Map<string, Json>,
  path: Path,
  problems: AnchorProblem[],
): unknown {
  if (!isRecord(byLanguage)) return byLanguage;
  const out: Json = {};
  for (const [language, spans] of Object.entries(byLanguage)) {
    out[language] = Array.isArray(spans)
      ? spans.map((span, i) => anchorSpan(span, language, texts, [...path, language, i], problems))
      : spans;
  }
  return out;
}

/**
 * Computes `start` and `end` for every span of an article draft from its `exact` text and the paragraph's text
 * in the span's language, and drops the authoring hint `occurrence`. Does not change its input.
 *
 * A span fails, with its JSON path and the reason, when `exact` does not occur in the paragraph, when it occurs
 * more than once and neither an `occurrence` hint nor matching offsets say which match is meant, or when the hint
 * points past the last match. Everything else in the draft is passed through untouched; checking it is the
 * article schema's job.
 */
export function anchorArticle(draft: unknown): AnchorResult {
  if (!isRecord(draft))
    return { ok: false, problems: [{ path: '(article)', message: 'expected an object' }] };
  const texts = paragraphTexts(draft);
  const problems: AnchorProblem[] = [];
  const article: Json = { ...draft };
  for (const [list, fields] of Object.entries(SPAN_FIELDS)) {
    const items = draft[list];
    if (!Array.isArray(items)) continue;
    article[list] = items.map((item: unknown, i) => {
      if (!isRecord(item)) return item;
      const out: Json = { ...item };
      for (const field of fields) {
        if (field in item) out[field] = anchorByLanguage(item[field], texts, [list, i, field], problems);
      }
      return out;
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, article };
}
