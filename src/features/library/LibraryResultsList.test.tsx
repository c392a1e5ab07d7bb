// @vitest-environment happy-dom
/**
 * The line above the library's results says which of them the page shows: a range of several, one article by its
 * number ("Article 51 of 51" on a last page of one, "Article 1 of 1"), never a range of one ("1–1").
 */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../core/archive/library-entry';
import { CHUNK_SIZE } from '../../core/archive/library-split';
import { LibraryResultsList } from './LibraryResultsList';
import { reactI18n } from '../../testing/react-i18n';

const entry = (n: number): LibraryEntry => ({
  id: `article-${n}`,
  title: { de: `Artikel ${n}` },
  published: '2024-05-02',
  originalLanguage: 'de',
  languages: ['de'],
  source: 'Hafenblatt',
  speakers: [],
  quoteCount: 0,
});

async function statusLine(language: string, total: number, page: number): Promise<string> {
  const i18n = await reactI18n(language);
  const shown = Math.min(CHUNK_SIZE, total - page * CHUNK_SIZE);
  const results = {
    entries: Array.from({ length: shown }, (_, i) => entry(page * CHUNK_SIZE + i + 1)),
    total,
    page,
    pageCount: Math.ceil(total / CHUNK_SIZE),
  };
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <LibraryResultsList results={results} filters={{ page }} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  const container = document.createElement('div');
  container.innerHTML = html;
  return container.querySelector('.library__status')?.textContent ?? '';
}

describe('the line that says which articles the page shows', () => {
  it.each([
    { language: 'en', total: 1, page: 0, line: 'Article 1 of 1' },
    {
      language: 'en',
      total: CHUNK_SIZE + 1,
      page: 1,
      line: `Article ${CHUNK_SIZE + 1} of ${CHUNK_SIZE + 1}`,
    },
    { language: 'en', total: 2, page: 0, line: 'Articles 1–2 of 2, newest first' },
    {
      language: 'en',
      total: 1200,
      page: 1,
      line: `Articles ${CHUNK_SIZE + 1}–${2 * CHUNK_SIZE} of 1,200, newest first`,
    },
    { language: 'de', total: 1, page: 0, line: 'Artikel 1 von 1' },
    {
      language: 'de',
      total: CHUNK_SIZE + 1,
      page: 1,
      line: `Artikel ${CHUNK_SIZE + 1} von ${CHUNK_SIZE + 1}`,
    },
    { language: 'de', total: 2, page: 0, line: 'Artikel 1–2 von 2, die neuesten zuerst' },
    {
      language: 'de',
      total: 1200,
      page: 1,
      line: `Artikel ${CHUNK_SIZE + 1}–${2 * CHUNK_SIZE} von 1.200, die neuesten zuerst`,
    },
  ])('$language: “$line”', async ({ language, total, page, line }) => {
    expect(await statusLine(language, total, page)).toBe(line);
  });
});
