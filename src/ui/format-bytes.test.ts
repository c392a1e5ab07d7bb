import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 byte'],
    [999, 'en', '999 byte'],
    [1_250, 'en', '1.3 kB'],
    [12_345, 'en', '12 kB'],
    [2_400_000, 'en', '2.4 MB'],
    [2_400_000, 'de', '2,4 MB'],
    [150_000_000_000, 'en', '150 GB'],
  ])('%d bytes in %s: %s', (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale).replace(/\s/g, ' ')).toBe(expected);
  });
});
