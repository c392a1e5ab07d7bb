import './archive.css';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useLayoutEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Link } from '../../ui/Link';
import type { ArchiveQuote } from '../../core/archive/archive-quote';
import { firstScreenWithImports } from '../../core/archive/first-screen-imports';
import {
  FIRST_QUOTES,
  speakerFirstScreen,
  speakerPage,
  type SpeakerFirstScreen,
} from '../../core/archive/speaker-page';
import { pickLocalized } from '../../core/article/localized';
import { speakerName } from '../../core/speakers/names';
import { nameOfKey } from '../../core/speakers/speaker-key';
import { formatPartialDateRange } from '../../core/dates/format-range';
import { LoadFailedNotice } from '../../ui/Notice';
import { UnreachableNotice } from './UnreachableNotice';
import { useFormatLocale } from '../../ui/use-format-locale';
import { ArchiveQuoteItem } from './ArchiveQuoteItem';
import { isUnreachable } from './site-files';
import { speakerQueryOptions } from './speaker-data';
import { useQuoteList } from './quote-list';

// `true` on the server and in the render that hydrates, `false` in every other render.
const subscribeToNothing = () => () => undefined;
const notHydrating = () => false;
const whileHydrating = () => true;

/**
 * `/speakers/:key`: every quote by one speaker across the library, shipped and imported, in the order they were
 * said; their roles over time and their statements per year. `prerendered` is the first screen the page was
 * prerendered with (shipped quotes only): shown until every quote is read, and in the render that hydrates the page
 * whatever has loaded by then, as the server rendered it.
 */
export function SpeakerPage({ prerendered }: { prerendered?: SpeakerFirstScreen }) {
  const { t, i18n } = useTranslation(['archive', 'common']);
  const formats = useFormatLocale(i18n.resolvedLanguage ?? 'en');
  const { key = '' } = useParams();
  const hydrating = useSyncExternalStore(subscribeToNothing, notHydrating, whileHydrating);
  const query = useQuery(speakerQueryOptions(key));
  const page = useMemo(
    () => (query.data ? speakerPage(key, query.data.shipped, query.data.imported) : undefined),
    [key, query.data],
  );
  // Where the site's file of this speaker failed (offline, where it was not kept), the prerendered first screen is
  // what is known of their quotes in the site's articles: shown with the imports' own.
  const kept = useMemo(
    () =>
      prerendered && query.data?.shippedFailed
        ? firstScreenWithImports(prerendered, query.data.imported)
        : undefined,
    [prerendered, query.data],
  );

  // The same component for the prerendered first screen and the whole page: the page is not mounted again (nor
  // focus lost) when every quote has been read.
  if (prerendered && (hydrating || query.isPending))
    return <SpeakerView screen={prerendered} loading={prerendered.quotes.length < prerendered.quoteCount} />;
  if (query.isPending) return <p role="status">{t('common:loading')}</p>;
  if (query.isError)
    return (
      <LoadFailedNotice title={t('speaker.loadFailed')} onRetry={() => void query.refetch()}>
        <p>
          <code>{query.error.message}</code>
        </p>
      </LoadFailedNotice>
    );
  const failed = query.data.shippedFailed;
  const retry = () => void query.refetch();
  // Offline, where the site's file of this speaker was not kept: their quotes in the imports, and a notice.
  const failedNotice = (title: string) =>
    failed ? (
      <LoadFailedNotice title={title} onRetry={retry}>
        <p>
          <code>{failed.message}</code>
        </p>
      </LoadFailedNotice>
    ) : null;
  // Offline is no error to report: said in words, without the file, and only what is missing.
  const offlineNotice = (title: string, body?: string) => (
    <UnreachableNotice title={title} onRetry={retry}>
      {body === undefined ? null : <p>{body}</p>}
    </UnreachableNotice>
  );
  const offline = failed !== undefined && isUnreachable(failed);
  if (kept) {
    // Said only where the first screen is not all of their quotes, or where the file failed for another reason.
    const notice = !offline
      ? failedNotice(t('speaker.loadFailed'))
      : kept.missing > 0
        ? offlineNotice(
            t('speaker.someUnreachable', {
              shown: kept.quotes.length.toLocaleString(formats),
              total: kept.screen.quoteCount.toLocaleString(formats),
            }),
            t('speaker.someUnreachableBody'),
          )
        : null;
    return <SpeakerView screen={kept.screen} all={kept.quotes} notice={notice} />;
  }
  if (!page && failed)
    return offline ? offlineNotice(t('speaker.unreachable')) : failedNotice(t('speaker.loadFailed'));
  if (!page) {
    const { namedKey } = query.data;
    return namedKey === undefined ? <SpeakerNotFound speakerKey={key} /> : <SpeakerRedirect to={namedKey} />;
  }
  return (
    <SpeakerView
      screen={speakerFirstScreen(page, FIRST_QUOTES)}
      all={page.quotes}
      notice={
        offline
          ? offlineNotice(t('speaker.importedOnlyUnreachable'))
          : failedNotice(t('speaker.importedOnly'))
      }
    />
  );
}

/**
 * An address that names a speaker rather than giving their key (`/speakers/Eva Maria Lind`) is replaced by their
 * page's: the history keeps one entry, and the address shared from there is the page's own.
 */
function SpeakerRedirect({ to }: { to: string }) {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  useLayoutEffect(() => {
    void navigate(`/speakers/${encodeURIComponent(to)}`, { replace: true });
  }, [navigate, to]);
  return <p role="status">{t('loading')}</p>;
}

/**
 * The page of a key no article quotes (a stale or mistyped link): the name the key spells, not the key itself, and
 * a search for it, where their quotes may be under another key; or, for a key that spells no name, the link.
 */
function SpeakerNotFound({ speakerKey }: { speakerKey: string }) {
  const { t } = useTranslation(['archive', 'common']);
  const name = nameOfKey(speakerKey);
  return (
    <section className="archive-page" aria-labelledby="speaker-title">
      <h1 id="speaker-title" tabIndex={-1}>
        {t('speaker.notFoundTitle')}
      </h1>
      <p>{name === undefined ? t('speaker.notFoundNameless') : t('speaker.notFound', { name })}</p>
      {name === undefined ? null : (
        <p>
          {/* `SEARCH_PATH` of `./SearchBox`: importing it here split the chunks once more, and a 65th chunk fails
              the build (rolldown asks for a 7-character hash past 64). */}
          <Link to={{ pathname: '/search', search: `?${new URLSearchParams({ q: name }).toString()}` }}>
            {t('speaker.searchFor', { name })}
          </Link>
        </p>
      )}
      <p>
        <Link to="/" className="button">
          {t('common:backToLibrary')}
        </Link>
      </p>
    </section>
  );
}

/**
 * A speaker's page: their summary and first quotes from `screen`, then `all` their quotes when given. A render
 * shows the first screen's quotes first; the rest follow in a render of their own right after it is painted (a
 * thousand quotes took most of the time to the first paint), so every quote is on the page, to read, search with
 * the browser and reach by keyboard, a moment later.
 */
function SpeakerView({
  screen: page,
  all,
  notice,
  loading = false,
}: {
  screen: SpeakerFirstScreen;
  all?: readonly ArchiveQuote[];
  /** Said below the summary: what the page could not load. */
  notice?: ReactNode;
  /** More of their quotes are being read (their file): the list is busy until they come. */
  loading?: boolean;
}) {
  const shown = all ?? page.quotes;
  const quotes = useDeferredValue(shown, page.quotes);
  // Busy while more quotes come, not where a page offline will get no more (its notice says so).
  const busy = loading || quotes !== shown;
  const { list, onClick } = useQuoteList();
  const { t, locale, formats, numbers } = list;
  const articles = page.articleCount;
  const original = page.quotes[0]?.originalLanguage ?? 'de';
  const most = Math.max(1, ...page.years.map((year) => year.count));

  return (
    <article className="archive-page speaker-page" aria-labelledby="speaker-title">
      <h1 id="speaker-title" tabIndex={-1}>
        {speakerName(page, locale)}
      </h1>
      <p className="archive-page__intro">
        {t(`speaker.${page.kind}`)}
        {' · '}
        {t('speaker.summary', {
          count: page.quoteCount,
          formatted: numbers.format(page.quoteCount),
          articles: t('speaker.articles', { count: articles, formatted: numbers.format(articles) }),
        })}
      </p>
      {notice}

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
                  {formatPartialDateRange(period.from, period.to, formats)}
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
        <ol className="archive-list" aria-busy={busy} onClick={onClick}>
          {quotes.map((quote) => (
            <ArchiveQuoteItem
              key={`${quote.origin}/${quote.articleId}/${quote.quoteId}`}
              quote={quote}
              showSpeaker={false}
              list={list}
            />
          ))}
        </ol>
      </section>
    </article>
  );
}
