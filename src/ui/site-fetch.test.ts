import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserOffline, isMissingFile } from './site-fetch';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browserOffline', () => {
  it.each([
    [true, false],
    [false, true],
  ])('navigator.onLine %s: offline %s', (onLine, offline) => {
    vi.stubGlobal('navigator', { onLine });
    expect(browserOffline()).toBe(offline);
  });

  it('is online where there is no browser (prerendering)', () => {
    vi.stubGlobal('navigator', undefined);
    expect(browserOffline()).toBe(false);
  });
});

describe('isMissingFile', () => {
  it.each([
    [404, 'application/json', true],
    [200, 'text/html; charset=utf-8', true],
    [200, 'application/json', false],
    [500, 'text/html', false],
  ])('HTTP %i, %s: missing %s', (status, type, missing) => {
    expect(isMissingFile(new Response('', { status, headers: { 'Content-Type': type } }))).toBe(missing);
  });
});
