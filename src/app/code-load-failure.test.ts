import { describe, expect, it } from 'vitest';
import { isCodeLoadFailure } from './code-load-failure';

describe('isCodeLoadFailure', () => {
  it.each([
    [
      'Chromium',
      'Failed to fetch dynamically imported module: https://example.org/assets/ImportPage-Ci1FTa.js',
    ],
    ['Firefox', 'error loading dynamically imported module: https://example.org/assets/ImportPage-Ci1FTa.js'],
    ['Safari', 'Importing a module script failed.'],
  ])("is a chunk's failed download in %s", (_browser, message) => {
    expect(isCodeLoadFailure(new TypeError(message))).toBe(true);
  });

  it.each([
    ['a bug in the code', new TypeError("Cannot read properties of undefined (reading 'quotes')")],
    [
      'an error of another kind with the same words',
      new Error('Failed to fetch dynamically imported module: x'),
    ],
    ['a failed fetch of data', new TypeError('Failed to fetch')],
    ['a thrown string', 'Importing a module script failed.'],
    ['nothing', undefined],
  ])('is not %s', (_what, error) => {
    expect(isCodeLoadFailure(error)).toBe(false);
  });
});
