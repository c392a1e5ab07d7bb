/**
 * Annotator throughput in Node on at least 1 MB of German text. The annotator (`src/core/annotator/annotate.ts`)
 * and the text generator (`src/testing/german-text.ts`) may not exist yet in this checkout: then the result is
 * `null` with a note, and the rest of the benchmark runs as usual.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './time-to-article';

const ANNOTATOR = new URL('../src/core/annotator/annotate.ts', import.meta.url);
const GERMAN_TEXT = new URL('../src/testing/german-text.ts', import.meta.url);
const MIN_BYTES = 1024 * 1024;

type Annotate = (input: { text: string; published: string }) => unknown;

/** Finds the generator among the module's exports: the function that returns a string. */
function germanText(module: Record<string, unknown>): string {
  for (const value of Object.values(module)) {
    if (typeof value === 'string' && value.length > 0) return value;
    if (typeof value !== 'function') continue;
    for (const args of [[{ bytes: MIN_BYTES }], [MIN_BYTES], []]) {
      try {
        const text = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof text === 'string' && text.length > 0) return text;
      } catch {
        // not this signature
      }
    }
  }
  throw new Error('src/testing/german-text.ts exports no text and no function that returns one');
}

export async function annotatorThroughput(
  runs = 5,
): Promise<{ mbPerSecond: number | null; bytes?: number; note?: string }> {
  if (!existsSync(ANNOTATOR) || !existsSync(GERMAN_TEXT))
    return { mbPerSecond: null, note: 'the annotator or the German text generator is not in this checkout' };
  const { annotate } = (await import(ANNOTATOR.href)) as { annotate?: Annotate };
  if (typeof annotate !== 'function') return { mbPerSecond: null, note: 'annotate.ts exports no annotate()' };
  let text = germanText((await import(GERMAN_TEXT.href)) as Record<string, unknown>);
  const base = text;
  while (Buffer.byteLength(text) < MIN_BYTES) text += `\n\n${base}`;
  const bytes = Buffer.byteLength(text);

  // Warm-up: one run over the whole text. A 50 kB warm-up (until 8 December) left the first full run about twice as
  // slow as the later ones (the JIT still tiering up, the heap still growing: 1,088 / 610 / 596 / 647 / 534 ms), so
  // a median of three measured the warm-up, 1.5-1.7 MB/s where the settled pass does 2.0.
  annotate({ text, published: '2025-02-13' });
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    annotate({ text, published: '2025-02-13' });
    seconds.push((performance.now() - start) / 1000);
  }
  return { mbPerSecond: Math.round((bytes / MIN_BYTES / median(seconds)) * 100) / 100, bytes };
}

type Throughput = Awaited<ReturnType<typeof annotatorThroughput>>;

/**
 * {@link annotatorThroughput} in a Node process of its own (`node --import tsx bench/annotator.ts`), so that the
 * figure is the annotator's alone: measured inside the benchmark's process, beside its server, the Playwright
 * client and the large article's data, the same text gave 1.7 MB/s where a process of its own gave 2.2-2.8.
 */
export function annotatorThroughputIsolated(): Throughput {
  const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output) as Throughput;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(JSON.stringify(await annotatorThroughput()));
