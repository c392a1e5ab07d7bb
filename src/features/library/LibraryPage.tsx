import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPublished } from '../../core/dates/format';
import { listImported } from '../../storage/imported-articles';
import { onLibraryChange } from '../../storage/library-channel';
import { Notice } from '../../ui/Notice';
import { LibraryKeeping } from './LibraryKeeping';
import { LibraryLoadError, useLibrary } from './library-query';

/** `/`: the articles in the site's index, each a link to the reader. */
export function LibraryPage() {
  const { t, i18n } = useTranslation(['library', 'common']);
  const locale = i18n.resolvedLanguage ?? 'en';
  const query = useLibrary();
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  const listFormat = new Intl.ListFormat(locale, { type: 'conjunction' });

  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">{t('title')}</h1>
      <p className="library__intro">{t('intro')}</p>
      {query.isPending ? (
        <p role="status">{t('common:loading')}</p>
      ) : query.isError ? (
        <Notice
          title={t('loadFailed')}
          tone="error"
          role="alert"
          actions={
            <button type="button" className="button" onClick={() => void query.refetch()}>
              {t('common:retry')}
            </button>
          }
        >
          {query.error instanceof LibraryLoadError && query.error.problems.length > 0 ? (
            <>
              <p>{t('invalidIndex')}</p>
              <ul>
                {query.error.problems.map((problem) => (
                  <li key={problem}>
                    <code>{problem}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Notice>
      ) : query.data.articles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="library__list">
          {query.data.articles.map((entry) => {
            const titleLanguage = entry.title[locale] !== undefined ? locale : entry.originalLanguage;
            return (
              <li key={entry.id} className="library__item">
                <h2 className="library__item-title" lang={titleLanguage}>
                  <Link to={`/articles/${entry.id}`}>{entry.title[titleLanguage] ?? entry.id}</Link>
                </h2>
                <p className="library__item-meta">
                  {t('published', { date: formatPublished(entry.published, locale) })}
                  {entry.source ? ` · ${entry.source}` : ''}
                  {' · '}
                  {t('languages', {
                    list: listFormat.format(entry.languages.map((l) => languageNames.of(l) ?? l)),
                  })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <ImportedList />
      <LibraryKeeping />
    </section>
  );
}

/** Articles imported into this browser (IndexedDB), newest first; absent when there are none. */
function ImportedList() {
  const { t, i18n } = useTranslation('library');
  const locale = i18n.resolvedLanguage ?? 'en';
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['imported-list'], queryFn: listImported, staleTime: 0 });
  // An import, a correction or a deletion in another tab shows here without a reload.
  useEffect(
    () =>
      onLibraryChange(() => {
        void queryClient.invalidateQueries({ queryKey: ['imported-list'] });
        void queryClient.invalidateQueries({ queryKey: ['storage-state'] });
      }),
    [queryClient],
  );
  if (!query.data || query.data.length === 0) return null;
  const numbers = new Intl.NumberFormat(locale);
  return (
    <section className="library__imports" aria-labelledby="imports-title">
      <h2 id="imports-title">{t('imports.title')}</h2>
      <ul className="library__list">
        {query.data.map((entry) => {
          const titleLanguage = entry.title[locale] !== undefined ? locale : entry.originalLanguage;
          return (
            <li key={entry.id} className="library__item">
              <h3 className="library__item-title" lang={titleLanguage}>
                <Link to={`/imported/${entry.id}`}>{entry.title[titleLanguage] ?? entry.id}</Link>
              </h3>
              <p className="library__item-meta">
                {t('imports.meta', {
                  date: formatPublished(entry.importedAt, locale),
                  quotes: numbers.format(entry.quoteCount),
                  count: entry.quoteCount,
                })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
