import './archive.css';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_HITS, searchQuotes } from '../../core/search/quote-index';
import { Notice } from '../../ui/Notice';
import { useUrlSearch } from '../../ui/url-search';
import { ArchiveQuoteItem } from './ArchiveQuoteItem';
import { searchIndexesQueryOptions } from './archive-data';
import { searchQuery } from './SearchBox';

/**
 * `/search?q=…`: the quotes of the library (shipped and imported) that match the query in the header's search field,
 * best first. The indexes load with the page (or earlier, when the field is focused); each key then searches in
 * memory.
 */
export function SearchPage() {
  const { t, i18n } = useTranslation(['archive', 'common']);
  const locale = i18n.resolvedLanguage ?? 'en';
  const query = searchQuery(useUrlSearch().search).trim();
  const indexes = useQuery(searchIndexesQueryOptions());
  const hits = useMemo(
    () => (indexes.data && query !== '' ? searchQuotes(indexes.data.indexes, query) : []),
    [indexes.data, query],
  );
  const numbers = useMemo(() => new Intl.NumberFormat(locale), [locale]);

  return (
    <section className="archive-page" aria-labelledby="search-title">
      <h1 id="search-title">{query ? t('search.titleFor', { query }) : t('search.title')}</h1>
      <p className="archive-page__intro">{t('search.intro')}</p>
      {query === '' ? (
        <p>{t('search.empty')}</p>
      ) : indexes.isPending ? (
        <p role="status">{t('search.loading')}</p>
      ) : indexes.isError ? (
        <Notice
          title={t('search.loadFailed')}
          tone="error"
          role="alert"
          actions={
            <button type="button" className="button" onClick={() => void indexes.refetch()}>
              {t('common:retry')}
            </button>
          }
        >
          <p>
            <code>{indexes.error.message}</code>
          </p>
        </Notice>
      ) : (
        <>
          <p role="status" className="archive-page__count">
            {hits.length === 0
              ? t('search.noResults', { query })
              : hits.length >= MAX_HITS
                ? t('search.resultsCapped', { query, formatted: numbers.format(hits.length) })
                : t('search.results', { query, count: hits.length, formatted: numbers.format(hits.length) })}
          </p>
          {indexes.data.unreadable > 0 ? <p>{t('search.importedUnreadable')}</p> : null}
          {hits.length > 0 ? (
            <ol className="archive-list" aria-label={t('search.resultsLabel')}>
              {hits.map(({ quote }) => (
                <ArchiveQuoteItem
                  key={`${quote.origin}/${quote.articleId}/${quote.quoteId}`}
                  quote={quote}
                  showSpeaker
                  query={query}
                />
              ))}
            </ol>
          ) : null}
        </>
      )}
    </section>
  );
}
