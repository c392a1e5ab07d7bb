/**
 * `npx tsx scripts/bench-annotator.ts [megabytes]`: annotates generated German text (the project's own sentences,
 * see `src/testing/german-text.ts`) and prints the throughput in MB/s (millions of UTF-16 code units per second).
 */
import { annotate } from '../src/core/annotator/annotate';
import { germanNewsText } from '../src/testing/german-text';

const megabytes = Number(process.argv[2] ?? '1');
const text = germanNewsText(megabytes * 1_000_000);
annotate({ text: text.slice(0, 100_000), published: '2024-05-02' });
for (let run = 1; run <= 3; run++) {
  const started = performance.now();
  const article = annotate({ text, published: '2024-05-02' });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `run ${run}: ${(text.length / 1e6).toFixed(2)} MB in ${(seconds * 1000).toFixed(0)} ms = ` +
      `${(text.length / 1e6 / seconds).toFixed(2)} MB/s (${article.quotes.length} quotes, ${article.events.length} events)`,
  );
}
