import './archive.css';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { speakerPage, type SpeakerPage as Page } from '../../core/archive/speaker-page';
import { pickLocalized } from '../../core/article/localized';
import { formatPartialDateFor } from '../../core/dates/format';
import { LoadFailedNotice } from '../../ui/Notice';
import { ArchiveQuoteItem } from './ArchiveQuoteItem';
import { speakerQueryOptions } from './archive-data';

/**
 * Quotes in the first render of a speaker's page: a screenful and more. The rest follow in a render of their own
 * right after the first paint (a thousand quotes took most of the time to the first paint), so every quote is on the
 * page, to read, search with the browser and reach by keyboard, a moment later.
 */
const FIRST_QUOTES = 30;

/**
 * `/speakers/:key`: every quote by one speaker across the library, shipped and imported, in the order they were
 * said; their roles over time and their statements per year.
 */
export function SpeakerPage() {
  const { t } = useTranslation(['archive', 'common']);
  const { key = '' } = useParams();
  const query = useQuery(speakerQueryOptions(key));
  const page = useMemo(
    () => (query.data ? speakerPage(key, query.data.shipped, query.data.imported) : undefined),
    [key, query.data],
  );

  if (query.isPending) return <p role="status">{t('common:loading')}</p>;
  if (query.isError)
    return (
      <LoadFailedNotice title={t('speaker.loadFailed')} onRetry={() => void query.refetch()}>
        <p>
          <code>{query.error.message}</code>
        </p>
      </LoadFailedNotice>
    );
  if (!page)
    return (
      <section className="archive-page" aria-labelledby="speaker-title">
        <h1 id="speaker-title">{key}</h1>
        <p>{t('speaker.notFound', { key })}</p>
      </section>
    );
  return <SpeakerView page={page} />;
}

function SpeakerView({ page }: { page: Page }) {
  const { t, i18n } = useTranslation('archive');
  const locale = i18n.resolvedLanguage ?? 'en';
  const numbers = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const articles = useMemo(
    () => new Set(page.quotes.map((quote) => `${quote.origin}/${quote.articleId}`)).size,
    [page.quotes],
  );
  const original = page.quotes[0]?.originalLanguage ?? 'de';
  const first = useMemo(() => page.quotes.slice(0, FIRST_QUOTES), [page.quotes]);
  // The first render shows `first`; React then renders every quote without holding up that paint.
  const quotes = useDeferredValue(page.quotes, first);
  const most = Math.max(1, ...page.years.map((year) => year.count));

  return (
    <article className="archive-page speaker-page" aria-labelledby="speaker-title">
      <h1 id="speaker-title">{page.name}</h1>
      <p className="archive-page__intro">
        {t(`speaker.${page.kind}`)}
        {' · '}
        {t('speaker.summary', {
          count: page.quotes.length,
          formatted: numbers.format(page.quotes.length),
          articles: t('speaker.articles', { count: articles, formatted: numbers.format(articles) }),
        })}
      </p>

      {page.roles.length > 0 ? (
        <section aria-labelledby="speaker-roles">
          <h2 id="speaker-roles">{t('speaker.roles')}</h2>
          <ol className="speaker-page__roles">
            {page.roles.map((period) => {
              const role = pickLocalized(period.role, locale, original);
              return (
                <li key={`${period.from}/${role?.text ?? ''}`}>
                  <span lang={role?.language}>{role?.text}</span>
                  {' · '}
                  {t('speaker.rolePeriod', {
                    from: formatPartialDateFor(period.from, locale),
                    to: formatPartialDateFor(period.to, locale),
                  })}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      {page.years.length > 0 ? (
        <section aria-labelledby="speaker-timeline">
          <h2 id="speaker-timeline">{t('speaker.timeline')}</h2>
          <ol className="speaker-page__years">
            {page.years.map(({ year, count }) => (
              <li key={year} className="speaker-page__year">
                <span className="speaker-page__year-label">
                  {t('speaker.yearCount', { year, count, formatted: numbers.format(count) })}
                </span>
                <span
                  className={`speaker-page__bar speaker-page__bar--${Math.round((count / most) * 20)}`}
                  aria-hidden="true"
                />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="speaker-quotes">
        <h2 id="speaker-quotes">{t('speaker.quotes')}</h2>
        <ol className="archive-list" aria-busy={quotes.length < page.quotes.length}>
          {quotes.map((quote) => (
            <ArchiveQuoteItem
              key={`${quote.origin}/${quote.articleId}/${quote.quoteId}`}
              quote={quote}
              showSpeaker={false}
            />
          ))}
        </ol>
      </section>
    </article>
  );
}
