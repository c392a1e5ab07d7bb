import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 bytes'],
    [1, 'en', '1 byte'],
    [2, 'en', '2 bytes'],
    [999, 'en', '999 bytes'],
    [0, 'de', '0 Byte'],
    [1, 'de', '1 Byte'],
    [999, 'de', '999 Byte'],
    [1_000, 'en', '1 kB'],
    [1_250, 'en', '1.3 kB'],
    [1_250, 'de', '1,3 kB'],
    [9_960, 'en', '10 kB'],
    [12_345, 'en', '12 kB'],
    [999_600, 'en', '1 MB'],
    [2_400_000, 'en', '2.4 MB'],
    [2_400_000, 'de', '2,4 MB'],
    [150_000_000_000, 'en', '150 GB'],
    [150_000_000_000, 'de', '150 GB'],
  ])('%d bytes in %s: %s', (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale).replace(/\s/g, ' ')).toBe(expected);
  });
});
