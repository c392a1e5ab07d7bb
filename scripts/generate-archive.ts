/**
 * Writes a generated archive (`src/testing/archive-generator.ts`) to disk, for the benchmark, end-to-end tests and
 * trying the archive commands by hand:
 *
 *     npx tsx scripts/generate-archive.ts --articles 10000 [--speakers 2000] [--seed 1]
 *       (--folder <dir> | --jsonl <file|-> | --corpus <file|->)
 *
 * `--folder` writes one `<id>.json` per article, `--jsonl` one annotated article per line, `--corpus` the
 * annotator's input (`{"id","text","published","title","source"}` per line). Articles are written one at a time,
 * so memory stays flat whatever the count.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleLine } from '../src/core/article/jsonl';
import type { Article } from '../src/core/article/schema';
import { archiveCorpusLine, generateArchive, type ArchiveOptions } from '../src/testing/archive-generator';

/** Writes every article of the archive as `<dir>/<id>.json` (pretty-printed, as shipped articles are). */
export function writeArchiveFolder(dir: string, options: ArchiveOptions): number {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const article of generateArchive(options)) {
    writeFileSync(join(dir, `${article.id}.json`), `${JSON.stringify(article, null, 2)}\n`);
    count++;
  }
  return count;
}

/** Writes the archive as JSON Lines of annotated articles; `-` is standard output. */
export function writeArchiveJsonl(file: string, options: ArchiveOptions): number {
  return writeLines(file, options, articleLine);
}

/** Writes the archive's texts as the annotator's JSON Lines input; `-` is standard output. */
export function writeArchiveCorpus(file: string, options: ArchiveOptions): number {
  return writeLines(file, options, archiveCorpusLine);
}

function writeLines(file: string, options: ArchiveOptions, line: (article: Article) => string): number {
  const fd = file === '-' ? 1 : openSync(file, 'w');
  let count = 0;
  try {
    for (const article of generateArchive(options)) {
      writeSync(fd, `${line(article)}\n`);
      count++;
    }
  } finally {
    if (fd !== 1) closeSync(fd);
  }
  return count;
}

const USAGE =
  'usage: npx tsx scripts/generate-archive.ts --articles N [--speakers 2000] [--seed 1] (--folder dir | --jsonl file | --corpus file)';

function main(argv: readonly string[]): number {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(value('--articles'));
  const speakers = Number(value('--speakers') ?? 2000);
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(speakers) || speakers < 1) {
    console.error(`--articles and --speakers expect positive whole numbers\n${USAGE}`);
    return 2;
  }
  const options = { articles, speakers, seed };
  const folder = value('--folder');
  const jsonl = value('--jsonl');
  const corpus = value('--corpus');
  if (folder) writeArchiveFolder(folder, options);
  else if (jsonl) writeArchiveJsonl(jsonl, options);
  else if (corpus) writeArchiveCorpus(corpus, options);
  else {
    console.error(`no output given\n${USAGE}`);
    return 2;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
