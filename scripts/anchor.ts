/**
 * `npm run anchor -- <article.json> [more.json ...]`: fills in `start` and `end` of every span from its `exact`
 * text (see `src/core/article/anchor.ts`), rewrites the file as 2-space JSON and then validates it.
 * A file with a span that cannot be anchored is left unchanged. Exits 0 when every file was anchored and is
 * valid, 1 otherwise, 2 when it was called without files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { anchorArticle } from '../src/core/article/anchor';
import { parseArticle } from '../src/core/article/parse';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run anchor -- <article.json> [more.json ...]');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  let draft: unknown;
  try {
    draft = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failed++;
    console.error(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const anchored = anchorArticle(draft);
  if (!anchored.ok) {
    failed++;
    console.error(`${file}: not changed, ${anchored.problems.length} span(s) cannot be anchored`);
    for (const problem of anchored.problems) console.error(`  ${problem.path}: ${problem.message}`);
    continue;
  }
  writeFileSync(file, `${JSON.stringify(anchored.article, null, 2)}\n`);
  const parsed = parseArticle(anchored.article);
  if (parsed.ok) {
    console.log(`${file}: anchored and valid`);
    continue;
  }
  failed++;
  console.error(`${file}: anchored, but ${parsed.problems.length} problem(s) remain`);
  for (const problem of parsed.problems) console.error(`  ${problem.path}: ${problem.message}`);
}
process.exit(failed > 0 ? 1 : 0);
