/**
 * `npm run validate -- <files...>`: checks article files and prints every problem with its JSON path.
 * Exits 0 when all are valid, 1 when any is not, 2 when it was called without files.
 */
import { readFileSync } from 'node:fs';
import { parseArticleJson } from '../src/core/article/parse';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- <article.json> [more.json ...]');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    failed++;
    console.error(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const result = parseArticleJson(text);
  if (result.ok) {
    const { article } = result;
    console.log(
      `${file}: valid (${article.paragraphs.length} paragraphs, ${article.speakers.length} speakers, ` +
        `${article.quotes.length} quotes, ${article.events.length} events)`,
    );
    continue;
  }
  failed++;
  console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  for (const problem of result.problems) console.error(`  ${problem.path}: ${problem.message}`);
}
process.exit(failed > 0 ? 1 : 0);
