import { describe, expect, it } from 'vitest';
import { localDay } from './local-day';

describe('localDay', () => {
  it('is the day on the reader’s calendar, not in UTC', () => {
    // 00:30 on 5 December where the test runs: the UTC day differs wherever the offset is not zero.
    expect(localDay(new Date(2026, 11, 5, 0, 30))).toBe('2026-12-05');
    expect(localDay(new Date(2026, 11, 5, 23, 30))).toBe('2026-12-05');
  });

  it('pads months and days', () => {
    expect(localDay(new Date(2025, 0, 3, 12))).toBe('2025-01-03');
  });
});
