import { describe, expect, it, vi } from 'vitest';
import bootScript from '../../public/preferences-boot.js?raw';
import { detectLanguage } from './detect-language';
import { appPath, languagePath, localiseHref } from './language-path';

const LANGUAGES = ['en', 'de'];

interface Visit {
  name: string;
  /** The address opened: path and query. */
  address: string;
  stored?: string;
  browser: string[];
  /** The page's alternates; by default the address's page in every language. */
  alternates?: Record<string, string>;
}

/**
 * Runs the boot script on a page at `visit.address` with fake browser objects, and returns the address it moved
 * to (or `null`).
 */
function boot(visit: Visit, attributes: string[] = []): string | null {
  const url = new URL(visit.address, 'http://localhost');
  const alternates =
    visit.alternates ?? Object.fromEntries(LANGUAGES.map((l) => [l, languagePath(appPath(url.pathname), l)]));
  const entries = Object.entries(alternates);
  const links = [...entries, ...(entries.length > 0 ? [['x-default', alternates.en ?? '']] : [])].map(
    ([lang, href]) => ({
      getAttribute: (name: string) => (name === 'hreflang' ? lang : href),
    }),
  );
  const storage = new Map(visit.stored ? [['stimmen.lng', visit.stored]] : []);
  const replace = vi.fn();
  const window = {
    location: { pathname: url.pathname, search: url.search, hash: '#h', replace },
    localStorage: { getItem: (key: string) => storage.get(key) ?? null },
  };
  const document = {
    documentElement: { setAttribute: vi.fn((name: string) => attributes.push(name)) },
    querySelectorAll: () => links,
    // Where the script holds clicks made before the app has started; none are made here.
    addEventListener: vi.fn(),
  };
  class MutationObserver {
    observe = vi.fn();
  }
  const navigator = { languages: visit.browser, language: visit.browser[0] };
  // The boot script is plain browser JavaScript, run here with the page's globals replaced.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('window', 'document', 'navigator', 'MutationObserver', bootScript) as (
    ...globals: object[]
  ) => void;
  run(window, document, navigator, MutationObserver);
  if (replace.mock.calls.length > 0)
    expect(document.documentElement.setAttribute).toHaveBeenCalledWith('data-language-redirect', '');
  return (replace.mock.calls[0]?.[0] as string | undefined) ?? null;
}

const visits: Visit[] = [
  { name: 'an English browser on the English page', address: '/articles/a', browser: ['en-US'] },
  { name: 'a German browser on the English page', address: '/articles/a', browser: ['de-AT', 'en'] },
  { name: 'a German browser on the German page', address: '/de/articles/a', browser: ['de-DE'] },
  { name: 'an English browser on the German page', address: '/de/articles/a', browser: ['en-GB'] },
  { name: 'a French browser (no French interface)', address: '/de/', browser: ['fr-FR', 'de'] },
  { name: 'a French-only browser', address: '/de/', browser: ['fr-FR'] },
  { name: '?lng= before the remembered choice', address: '/?lng=de', stored: 'en', browser: ['en'] },
  { name: 'an unsupported ?lng=', address: '/articles/a?lng=xx', browser: ['de'] },
  { name: 'the remembered choice before the browser', address: '/', stored: 'de', browser: ['en'] },
  { name: 'a shared link with a quote', address: '/articles/a?quote=q3', browser: ['de'] },
  { name: 'an underscore tag', address: '/', browser: ['de_CH'] },
];

describe('public/preferences-boot.js opens the page in the language detectLanguage chooses', () => {
  it.each(visits)('$name', (visit) => {
    const url = new URL(visit.address, 'http://localhost');
    const language = detectLanguage(
      { query: url.searchParams.get('lng'), stored: visit.stored ?? null, browser: visit.browser },
      LANGUAGES,
    );
    const target = localiseHref(url.pathname, language);
    expect(boot(visit)).toBe(target === url.pathname ? null : `${target}${url.search}#h`);
  });

  it('leaves a page that is not the one prerendered for this address (the static host’s fallback), hidden', () => {
    const attributes: string[] = [];
    expect(
      boot(
        { name: '', address: '/import', browser: ['de'], alternates: { en: '/', de: '/de/' } },
        attributes,
      ),
    ).toBeNull();
    expect(attributes).toEqual(['data-fallback-page']);
  });

  it('does not hide the page it was prerendered for, nor a page without alternates (the dev server’s)', () => {
    for (const visit of [
      { name: '', address: '/articles/a', browser: ['en'] },
      { name: '', address: '/import', browser: ['en'], alternates: {} },
    ]) {
      const attributes: string[] = [];
      boot(visit, attributes);
      expect(attributes).toEqual([]);
    }
  });
});

describe('language-path', () => {
  it.each([
    ['/articles/a', 'en', '/articles/a'],
    ['/articles/a', 'de', '/de/articles/a'],
    ['/de/articles/a?quote=q1#x', 'en', '/articles/a?quote=q1#x'],
    ['/de/', 'en', '/'],
    ['/de', 'de', '/de/'],
    ['/', 'de', '/de/'],
    ['/en/import', 'de', '/de/import'],
    ['/design', 'de', '/de/design'],
    ['?quote=q1', 'de', '?quote=q1'],
    ['//elsewhere.example/x', 'de', '//elsewhere.example/x'],
  ])('%s in %s is %s', (href, language, localised) => {
    expect(localiseHref(href, language)).toBe(localised);
  });
});
