/**
 * Bundle size: gzip bytes of what a page loads before it can run (the entry script, its static imports and
 * modulepreloads, the stylesheets the HTML links) and of everything in `dist/assets`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The most gzip bytes of JavaScript a page may load before it is interactive (README, Benchmark: 110 kB, read as
 * 1,000-byte kB). `e2e/bundle-budget.spec.ts` checks the built app against it.
 */
export const INITIAL_JS_BUDGET = 110_000;

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Relative `import … from "./x.js"` and `import "./x.js"` (not `import(…)`) in a built chunk. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(
    /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g,
  ))
    found.add(match[1]!.slice(2));
  return [...found];
}

export interface BundleSizes {
  initialJsGzip: number;
  initialCssGzip: number;
  totalGzip: number;
  initialFiles: string[];
}

/** Sizes for the page `html` (a file in `dist`) of the built app in `dist`. */
export function bundleSizes(dist: string, html: string): BundleSizes {
  const document = readFileSync(join(dist, html), 'utf8');
  const assets = join(dist, 'assets');
  const scripts = [...document.matchAll(/<script type="module"[^>]*src="\/assets\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  // Module preloads, and the chunks a prerendered page prefetches to run right after its first paint.
  const preloads = [
    ...document.matchAll(/<link rel="(?:modulepreload|prefetch)"[^>]*href="\/assets\/([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const styles = [...document.matchAll(/<link rel="stylesheet"[^>]*href="\/assets\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );

  const js = new Set<string>();
  const queue = [...scripts, ...preloads];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (js.has(file)) continue;
    js.add(file);
    queue.push(...staticImports(readFileSync(join(assets, file), 'utf8')));
  }
  const all = readdirSync(assets).filter((file) => !file.endsWith('.map'));
  return {
    initialJsGzip: [...js].reduce((sum, file) => sum + gzipSize(join(assets, file)), 0),
    initialCssGzip: styles.reduce((sum, file) => sum + gzipSize(join(assets, file)), 0),
    totalGzip: all.reduce((sum, file) => sum + gzipSize(join(assets, file)), 0),
    initialFiles: [...js, ...styles].sort(),
  };
}
