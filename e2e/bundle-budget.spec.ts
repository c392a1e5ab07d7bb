/**
 * The JavaScript a page loads before it is interactive stays within its budget (`bench/bundle.ts`), measured on the
 * build the end-to-end tests run against: the prerendered sample article (the reader's first screen) and the
 * library page.
 */
import { readdirSync } from 'node:fs';
import { bundleSizes, INITIAL_JS_BUDGET } from '../bench/bundle';
import { expect, test } from './support/fixtures';

const sampleId = readdirSync('public/articles')
  .find((name) => name.endsWith('.json'))!
  .replace(/\.json$/, '');

for (const [page, html] of [
  ['the sample article', `articles/${sampleId}.html`],
  ['the library', 'index.html'],
]) {
  test(`${page} loads at most ${INITIAL_JS_BUDGET} bytes of JavaScript (gzip) before it is interactive`, () => {
    const { initialJsGzip, initialFiles } = bundleSizes('dist', html!);
    expect(initialJsGzip, `${html}: ${initialFiles.join(', ')}`).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });
}
