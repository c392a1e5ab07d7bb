/**
 * Reading a folder in the format of the German news quotation attribution corpus (LREC-COLING 2024; see
 * `npm run eval:quotes`) and putting its gold quotations and the annotator's predictions side by side, for the
 * evaluation (`eval-quotes.ts`) and the error listing (`eval-errors.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatPath } from '../src/core/article/parse';
import type { Range, ScoredQuote } from '../src/core/annotator/evaluation/score';
import { findQuotes, type QuoteInText } from '../src/core/annotator/find-quotes';

/** One annotated part of a gold quotation (quote, speaker, cue): its text and character spans. */
export interface GoldPart {
  text: string;
  spans: { charBegin: number; charEnd: number }[];
}

/** One article of the corpus, as far as the evaluation reads it. */
export interface GoldArticle {
  documentName: string;
  originalText: string;
  annotations: { type: string; quote: GoldPart; speaker: GoldPart; cue?: GoldPart }[];
}

/**
 * The gold type each of our kinds is scored as. The gold type IndirectFreeIndirect (a Konjunktiv sentence that
 * continues someone's indirect speech without a new cue) is what the annotator labels `indirect`.
 */
export const KIND_TO_TYPE = {
  direct: 'Direct',
  indirect: 'Indirect',
  reported: 'Reported',
  freeIndirect: 'FreeIndirect',
} as const;

/** What the evaluation reads of an article file; the corpus's files hold more, which is ignored. */
const goldPart = z.object({
  text: z.string(),
  spans: z.array(z.object({ charBegin: z.number().int(), charEnd: z.number().int() })),
});
const goldArticle = z.object({
  documentName: z.string(),
  originalText: z.string(),
  annotations: z.array(
    z.object({ type: z.string(), quote: goldPart, speaker: goldPart, cue: goldPart.optional() }),
  ),
});

/** Says what is wrong with the corpus folder or one of its files, and exits with status 2. */
function corpusProblem(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The `*.json` file names of `folder`, sorted; a folder that cannot be read or holds none is said so. */
function articleFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : String(error);
    corpusProblem(
      `${folder}: ${problem}. Give a folder of the corpus's articles, such as <corpus>/data/train or <corpus>/data/dev.`,
    );
  }
  const files = names.filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0)
    corpusProblem(
      `${folder}: no *.json articles in it. Give a folder of the corpus's articles, such as <corpus>/data/train.`,
    );
  return files;
}

/** One article file, parsed and checked; a file that is not JSON or not an article is named with what is wrong. */
function readArticle(path: string): GoldArticle {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    corpusProblem(`${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = goldArticle.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  corpusProblem(`${path}: not an article of the corpus: ${formatPath(issue.path)}: ${issue.message}`);
}

/** The gold types of the corpus. */
export const GOLD_TYPES = ['Direct', 'Indirect', 'IndirectFreeIndirect', 'FreeIndirect', 'Reported'];

/** The character ranges of a gold part. */
export const goldRanges = (part: GoldPart): Range[] =>
  part.spans.map((s) => [s.charBegin, s.charEnd] as const);

/** An article of the corpus with the annotator's quotes on its text, both ready for scoring. */
export interface ScoredArticle {
  file: string;
  article: GoldArticle;
  found: QuoteInText[];
  predicted: ScoredQuote[];
  gold: ScoredQuote[];
}

/**
 * One half of a folder: `a` its 1st, 3rd, 5th … article in file-name order, `b` the 2nd, 4th …. A rule found by
 * reading a split's errors should gain on both halves; one that gains on one half only fixes a phrase of an article
 * (`npm run eval:quotes -- <folder> --half=a`).
 */
export type Half = 'a' | 'b';

/** Reads `--half=a|b` from a command line; on any other value, says so and exits with status 2. */
export function halfOption(args: readonly string[]): Half | undefined {
  const value = args.find((a) => a.startsWith('--half='))?.slice('--half='.length);
  if (value === undefined || value === 'a' || value === 'b') return value;
  console.error(`--half takes a or b, not "${value}"`);
  process.exit(2);
}

/**
 * Every `*.json` article of `folder` (or of its `half`), in file-name order, annotated (publication date from the
 * file name).
 */
export function* scoredArticles(folder: string, half?: Half): Generator<ScoredArticle> {
  const files = articleFiles(folder).filter((_, i) => half === undefined || i % 2 === (half === 'a' ? 0 : 1));
  for (const file of files) {
    const article = readArticle(join(folder, file));
    const published = /\((\d{4}-\d{2}-\d{2})\)/.exec(file)?.[1];
    const found = findQuotes(article.originalText, published);
    yield {
      file,
      article,
      found,
      predicted: found.map((q) => ({
        spans: q.quote,
        type: KIND_TO_TYPE[q.kind],
        speakerSpans: q.speakerMention ? [q.speakerMention] : [],
        speakerName: q.speaker,
      })),
      gold: article.annotations.map((a) => ({
        spans: goldRanges(a.quote),
        type: a.type,
        speakerSpans: goldRanges(a.speaker),
      })),
    };
  }
}
