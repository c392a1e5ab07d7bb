import { describe, expect, it, vi } from 'vitest';
import { formatPartialDateFor, formatPublished } from './format';
import { formatPartialDateRange } from './format-range';
import { parsePartialDate } from './partial-date';
import { dateRange, isPossibleDate } from './partial-date-math';

describe('partial dates', () => {
  it.each([
    ['2008', true],
    ['2022-09', true],
    ['2025-02-13', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-02-30', false],
    ['2025-13', false],
    ['2025-00', false],
    ['2025-04-31', false],
    ['25-01-01', false],
    ['2025-1-1', false],
  ])('%s possible: %s', (value, possible) => {
    expect(isPossibleDate(value)).toBe(possible);
  });

  it('keeps the precision', () => {
    expect(parsePartialDate('2008')?.precision).toBe('year');
    expect(parsePartialDate('2022-09')?.precision).toBe('month');
    expect(parsePartialDate('2025-02-13')?.precision).toBe('day');
  });

  it('covers the whole year, month or day on an axis', () => {
    expect(dateRange('2008')).toEqual({ start: Date.UTC(2008, 0, 1), end: Date.UTC(2009, 0, 1) });
    expect(dateRange('2022-12')).toEqual({ start: Date.UTC(2022, 11, 1), end: Date.UTC(2023, 0, 1) });
    expect(dateRange('2025-02-13')).toEqual({ start: Date.UTC(2025, 1, 13), end: Date.UTC(2025, 1, 14) });
    expect(dateRange('2025-02-30')).toBeUndefined();
  });
});

describe('formatPartialDateFor', () => {
  it.each([
    ['2008', 'de', '2008'],
    ['2008-04', 'de', 'April 2008'],
    ['2022-09', 'en', 'September 2022'],
    ['2025-02-13', 'de', '13. Februar 2025'],
    ['2025-02-13', 'en', 'February 13, 2025'],
    ['2025-02-13', 'fr', '13 février 2025'],
    ['not a date', 'en', 'not a date'],
  ])('%s in %s → %s', (value, locale, expected) => {
    expect(formatPartialDateFor(value, locale)).toBe(expected);
  });

  it.each([
    ['2025-02-13', '2025-02-13', 'en', 'February 13, 2025'],
    ['2025-02-13', '2025-02-13', 'de', '13. Februar 2025'],
    ['2025-02-13', '2025-03-02', 'de', '13. Februar\u2009–\u20092. März 2025'],
    ['2025-02-13', '2025-02-20', 'en', 'February 13\u2009–\u200920, 2025'],
    ['2024-02', '2025-03', 'en', 'February 2024\u2009–\u2009March 2025'],
    ['2008', '2008', 'de', '2008'],
    ['2008', '2022', 'en', '2008\u2009–\u20092022'],
    ['2024', '2025-03', 'en', '2024\u2009–\u2009March 2025'],
    ['2025-02-13', 'soon', 'en', 'February 13, 2025\u2009–\u2009soon'],
    // Intl sets the dash between thin spaces (U+2009); mixed precisions are joined the same way.
  ])('the stretch %s to %s in %s → %s', (from, to, locale, expected) => {
    expect(formatPartialDateRange(from, to, locale)).toBe(expected);
  });

  it.each([
    ['January 10 – May 10, 2019', 'Chromium'],
    ['January 10\u2009–\u2009May 10, 2019', 'Node'],
  ])('writes a stretch alike whichever engine formats it (%s, as %s does)', (written) => {
    // A speaker's page is prerendered in Node and hydrated in the browser: the text must not differ by a space.
    const formatRange = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatRange').mockReturnValue(written);
    try {
      expect(formatPartialDateRange('2019-01-10', '2019-05-10', 'en')).toBe(
        'January 10\u2009–\u2009May 10, 2019',
      );
    } finally {
      formatRange.mockRestore();
    }
  });

  it('never shifts a published timestamp to another day', () => {
    expect(formatPublished('2025-02-13T23:30:00-08:00', 'en')).toBe('February 13, 2025');
    expect(formatPublished('2025-02-13', 'de')).toBe('13. Februar 2025');
  });
});
