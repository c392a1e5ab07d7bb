import { describe, expect, it } from 'vitest';
import { bestCpuMs } from '../../testing/cpu-time';
import { germanNewsText } from '../../testing/german-text';
import { annotate } from './annotate';
import { findQuotes } from './find-quotes';

describe('annotation time', () => {
  // Throughput (the target is ≥ 2 MB/s) is measured by `npm run bench`, not asserted here: a shared machine's
  // load would make a time bound fail for reasons that are not the code's. This checks a megabyte gets through.
  it('annotates a megabyte of German text', { timeout: 120_000 }, () => {
    const text = germanNewsText(1_000_000);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const article = annotate({ text, published: '2024-05-02' });
    expect(article.quotes.length).toBeGreaterThan(100);
  });

  it.each([
    { name: 'nested opening marks', unit: '„' },
    { name: 'unbalanced closing marks', unit: '“' },
    { name: 'alternating guillemets', unit: '»«' },
    { name: 'straight marks around words', unit: ' "a' },
    { name: 'single marks and apostrophes', unit: '‚x’s ' },
  ])('stays linear from 5,000 to 40,000 $name', { timeout: 60_000 }, ({ unit }) => {
    const small = `Er sagte: ${unit.repeat(5_000)}`;
    const large = `Er sagte: ${unit.repeat(40_000)}`;
    findQuotes(small);
    const smallTime = bestCpuMs(() => findQuotes(small));
    const largeTime = bestCpuMs(() => findQuotes(large));
    // Eight times the input may take about eight times as long; a quadratic pass would take sixty-four times.
    // The slack absorbs garbage collection; processor time leaves out the other jobs of a shared machine.
    expect(largeTime).toBeLessThan(smallTime * 24 + 300);
  });
});
