import './archive.css';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { matchPlaces } from '../../core/search/match-places';
import { matchedLanguage, queryWords } from '../../core/search/quote-index';
import { Link } from '../../ui/Link';
import { LoadFailedNotice } from '../../ui/Notice';
import { UnreachableNotice } from './UnreachableNotice';
import { useUrlSearch } from '../../ui/url-search';
import { ArchiveQuoteItem } from './ArchiveQuoteItem';
import { useQuoteList } from './quote-list';
import { importedIndexQueryOptions } from './imported-quotes';
import { RESULTS_PAGE, type SearchResults } from './search-data';
import { SEARCH_PATH, searchQuery } from './SearchBox';
import { isUnreachable } from './site-files';
import { useSearchResults } from './use-search-results';

/** The most results an address asks for (`&shown=`): a hundred pages. */
const MOST_SHOWN = 100 * RESULTS_PAGE;

/**
 * How many results the query string asks for (`&shown=`, written by "Show more"): whole pages, at least one, so
 * that Back to the results from a quote or a speaker's page finds the result the reader left from.
 */
function shownResults(search: string): number {
  const asked = Number(new URLSearchParams(search).get('shown'));
  if (!Number.isInteger(asked) || asked <= RESULTS_PAGE) return RESULTS_PAGE;
  return Math.min(Math.ceil(asked / RESULTS_PAGE) * RESULTS_PAGE, MOST_SHOWN);
}

/**
 * `/search?q=…`: the quotes of the library (shipped and imported) that match the query in the header's search field,
 * the shipped ones newest first. Each keystroke loads the parts of the shipped index its words need (a part once
 * per page load) and searches the imported articles, made into an index when the page opens; the results of the
 * previous keystroke stay until those of the next are there (`useSearchResults`).
 */
export function SearchPage() {
  const { t } = useTranslation(['archive', 'common']);
  const navigate = useNavigate();
  const { search, latest } = useUrlSearch();
  const query = searchQuery(search).trim();
  const imported = useQuery(importedIndexQueryOptions());
  // How many results to show is in the address, replaced (not a step of its own in the history); the search field
  // writes a new query without it, which starts from one page again.
  const shown = shownResults(search);
  const showMore = () => {
    const params = new URLSearchParams(latest());
    params.set('shown', String(shown + RESULTS_PAGE));
    void navigate({ pathname: SEARCH_PATH, search: `?${params.toString()}` }, { replace: true });
  };
  const results = useSearchResults(query, imported.data, shown);
  const failed = imported.isError
    ? { error: imported.error, retry: () => void imported.refetch() }
    : results.error
      ? { error: results.error, retry: results.retry }
      : undefined;

  return (
    <section className="archive-page" aria-labelledby="search-title">
      <h1 id="search-title" tabIndex={-1}>
        {query ? t('search.titleFor', { query }) : t('search.title')}
      </h1>
      <p className="archive-page__intro">{t('search.intro')}</p>
      {query === '' ? (
        <p>{t('search.empty')}</p>
      ) : queryWords(query).length === 0 ? (
        // Words of one letter, punctuation alone: nothing is searched, which "no quote matches" would not say.
        <p role="status" className="archive-page__count" data-query={query}>
          {t('search.tooShort', { query })}
        </p>
      ) : failed && isUnreachable(failed.error) ? (
        // Offline, with no imports to search: what needs the network, and what can be read without it.
        <UnreachableNotice
          title={t('search.unreachableTitle')}
          onRetry={failed.retry}
          extra={
            <Link to="/" className="button">
              {t('common:backToLibrary')}
            </Link>
          }
        >
          <p>{t('search.unreachableBody')}</p>
        </UnreachableNotice>
      ) : failed ? (
        <LoadFailedNotice title={t('search.loadFailed')} onRetry={failed.retry}>
          <p>
            <code>{failed.error.message}</code>
          </p>
        </LoadFailedNotice>
      ) : !results.results ? (
        <p role="status">{t('search.loading')}</p>
      ) : (
        <Results
          results={results.results}
          onRetry={results.retry}
          shown={shown}
          unreadable={imported.data?.unreadable ?? 0}
          busy={results.busy}
          onMore={showMore}
        />
      )}
    </section>
  );
}

interface ResultsProps {
  results: SearchResults;
  /** Tries the site's articles again, when only the imported ones could be searched. */
  onRetry: () => void;
  /** How many results were asked for: fewer came when there are no more. */
  shown: number;
  unreadable: number;
  /** The results are those of the previous keystroke while the next loads. */
  busy: boolean;
  onMore: () => void;
}

function Results({ results, onRetry, shown, unreadable, busy, onMore }: ResultsProps) {
  const { list, onClick } = useQuoteList();
  const { t, locale, numbers } = list;
  const { query, hits, total, shippedFailed } = results;
  const rest = total - hits.length;
  // Each hit in the language whose words match the most, and why it matched: its words marked there, the places
  // of the others named.
  const found = useMemo(
    () =>
      hits.map((quote) => {
        const language = matchedLanguage(quote.text, query, [locale, quote.originalLanguage]);
        const words = language === undefined ? undefined : quote.text[language];
        return {
          language,
          match: words === undefined ? undefined : matchPlaces(quote, query, words, language),
        };
      }),
    [hits, query, locale],
  );
  return (
    <>
      {shippedFailed && isUnreachable(shippedFailed) ? (
        <UnreachableNotice title={t('search.importedOnlyUnreachable')} onRetry={onRetry} />
      ) : shippedFailed ? (
        <LoadFailedNotice title={t('search.importedOnly')} onRetry={onRetry}>
          <p>
            <code>{shippedFailed.message}</code>
          </p>
        </LoadFailedNotice>
      ) : null}
      <p role="status" className="archive-page__count" data-query={query}>
        {total === 0
          ? t('search.noResults', { query })
          : t('search.results', { query, count: total, formatted: numbers.format(total) })}
      </p>
      {unreadable > 0 ? <p>{t('search.importedUnreadable')}</p> : null}
      {hits.length > 0 ? (
        <ol className="archive-list" aria-label={t('search.resultsLabel')} aria-busy={busy} onClick={onClick}>
          {hits.map((quote, i) => (
            <ArchiveQuoteItem
              key={`${quote.origin}/${quote.articleId}/${quote.quoteId}`}
              quote={quote}
              showSpeaker
              language={found[i]?.language}
              match={found[i]?.match}
              list={list}
            />
          ))}
        </ol>
      ) : null}
      {/* Kept while the next page loads: the person who pressed it keeps the focus. */}
      {rest > 0 && (hits.length >= shown || busy) ? (
        <p>
          <button type="button" className="button" onClick={onMore}>
            {t('search.more', {
              count: Math.min(rest, RESULTS_PAGE),
              formatted: numbers.format(Math.min(rest, RESULTS_PAGE)),
            })}
          </button>
        </p>
      ) : null}
    </>
  );
}
