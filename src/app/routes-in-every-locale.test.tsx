// @vitest-environment happy-dom
/**
 * Renders every page and every error state in every interface language and fails on a translation key that
 * the language does not have (no fallback to English here, so an untranslated key cannot hide).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import i18next, { type i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { libraryEntry } from '../core/archive/library-entry';
import { splitLibrary } from '../core/archive/library-split';
import { articleProblem } from '../core/article/problems';
import type { Article } from '../core/article/schema';
import { ArticleError } from '../features/reader/ArticleError';
import { ArticleLoadError } from '../features/reader/article-query';
import { interfaceLanguages, namespaces, resources } from '../locales/resources';
import { generateArticle } from '../testing/data-generators';
import sample from '../../public/articles/nato-ukraine-membership-rutte-2025.json?raw';
import { CrashNotice } from './CrashNotice';
import { resetAppQueryClient } from './query-client';
import { AppRoutes } from './router';

const generated: Article = {
  ...generateArticle({
    id: 'generated',
    languages: ['de', 'en', 'fr'],
    paragraphs: 6,
    speakers: 4,
    quotes: 12,
    events: 3,
  }),
};
generated.source = {
  name: 'Wire',
  kind: 'thirdParty',
  url: 'https://wire.example/',
  disclaimer: { fr: 'Avertissement' },
  description: { de: 'Beschreibung', en: 'Description' },
};

/** The library's split index of the sample and the generated article, as the build writes it. */
const libraryFiles = new Map(
  [...splitLibrary([libraryEntry(JSON.parse(sample) as Article), libraryEntry(generated)])].map(
    ([path, value]) => [`/articles/library/${path}`, JSON.stringify(value)],
  ),
);

/** Answers the app's requests like the static server would; `pending` never answers. */
function fakeServer(url: string): Promise<Response> {
  const json = (body: string, status = 200) =>
    Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }));
  const indexFile = libraryFiles.get(new URL(url, 'http://localhost').pathname);
  if (indexFile !== undefined) return json(indexFile);
  if (url.endsWith('/articles/nato-ukraine-membership-rutte-2025.json')) return json(sample);
  if (url.endsWith('/articles/generated.json')) return json(JSON.stringify(generated));
  if (url.endsWith('/articles/pending.json')) return new Promise(() => undefined);
  return json('{}', 404);
}

function i18nFor(language: string): { instance: i18n; misses: string[] } {
  const misses: string[] = [];
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_languages, namespace, key) => misses.push(`${namespace}:${key}`),
    initAsync: false,
    react: { useSuspense: false },
  });
  return { instance, misses };
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => fakeServer(input instanceof Request ? input.url : input.toString())),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const routes: { name: string; path: string; ready: () => Promise<unknown> }[] = [
  { name: 'library', path: '/', ready: () => screen.findAllByRole('link', { name: /Rutte/ }) },
  {
    name: 'library filtered by source and date',
    path: '/?source=wire&from=1990-01-01',
    ready: () => screen.findByRole('link', { name: /Clear filters|Filter zurücksetzen/ }),
  },
  {
    name: 'sample article',
    path: '/articles/nato-ukraine-membership-rutte-2025',
    ready: () => screen.findByRole('article'),
  },
  {
    name: 'sample article side by side, quote selected',
    path: '/articles/nato-ukraine-membership-rutte-2025?view=parallel&quote=q5&speaker=rutte',
    ready: () => screen.findByRole('article'),
  },
  {
    name: 'generated article in translation',
    path: '/articles/generated?view=translation&tl=fr',
    ready: () => screen.findByRole('article'),
  },
  {
    name: 'loading article',
    path: '/articles/pending',
    // The article's own loading state, not the one shown while its code loads.
    ready: () =>
      waitFor(() => {
        expect(within(screen.getByRole('main')).getByRole('status').className).toBe('loading');
      }),
  },
  { name: 'unknown article', path: '/articles/missing', ready: () => screen.findByRole('alert') },
  { name: 'not found page', path: '/no/such/page', ready: () => screen.findByRole('heading', { level: 1 }) },
];

const errors: { name: string; error: unknown }[] = [
  { name: 'not found', error: new ArticleLoadError('notFound', 'x') },
  { name: 'network', error: new ArticleLoadError('network', 'x') },
  { name: 'offline', error: new ArticleLoadError('offline', 'x') },
  { name: 'timeout', error: new ArticleLoadError('timeout', 'x') },
  { name: 'http', error: new ArticleLoadError('http', 'x', { status: 503 }) },
  {
    name: 'invalid, with more problems than shown',
    error: new ArticleLoadError('invalid', 'x', {
      problems: Array.from({ length: 52 }, (_, i) =>
        articleProblem(`quotes[${i}]`, { code: 'undefinedSpeaker', id: 'nobody' }),
      ),
    }),
  },
  { name: 'not an ArticleLoadError', error: new Error('boom') },
];

function withI18n(instance: i18n, children: ReactNode) {
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

function expectFullyTranslated(misses: string[]) {
  expect(misses, 'keys missing in this language').toEqual([]);
  expect(document.body.textContent).not.toMatch(/\{\{|\}\}/);
}

describe.each(interfaceLanguages)('in %s', (language) => {
  it.each(routes)('$name', async ({ path, ready }) => {
    const { instance, misses } = i18nFor(language);
    render(
      withI18n(
        instance,
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>,
      ),
    );
    await ready();
    expectFullyTranslated(misses);
    resetAppQueryClient();
  });

  it.each(errors)('article error: $name', ({ error }) => {
    const { instance, misses } = i18nFor(language);
    render(
      withI18n(
        instance,
        <MemoryRouter>
          <ArticleError error={error} articleId="x" onRetry={() => undefined} />
        </MemoryRouter>,
      ),
    );
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expectFullyTranslated(misses);
  });

  it('crash notice', () => {
    const { instance, misses } = i18nFor(language);
    render(withI18n(instance, <CrashNotice error={new Error('boom')} onRetry={() => undefined} />));
    expect(screen.getByRole('alert')).toBeTruthy();
    expectFullyTranslated(misses);
  });
});

it('notices a missing key (the check above can fail)', () => {
  const { instance, misses } = i18nFor(interfaceLanguages[0] ?? 'en');
  const translate = instance.t as (key: string) => string;
  translate('no.such.key');
  expect(misses).toEqual(['common:no.such.key']);
});
