import { describe, expect, it } from 'vitest';
import { spanOf } from './spans';

describe('spanOf', () => {
  it.each([
    { exact: 'Hafen', nth: 0, start: 4 },
    { exact: 'Hafen', nth: 1, start: 18 },
  ])('finds occurrence $nth of "$exact"', ({ exact, nth, start }) => {
    expect(spanOf('p1', 'Der Hafen und der Hafen', exact, nth)).toEqual({
      paragraph: 'p1',
      start,
      end: start + exact.length,
      exact,
    });
  });

  it('throws when the words are not there', () => {
    expect(() => spanOf('p1', 'Der Hafen', 'Kai')).toThrow(/"Kai" is not in paragraph p1/);
    expect(() => spanOf('p1', 'Der Hafen', 'Hafen', 1)).toThrow(/is not in paragraph p1/);
  });
});
