import { useCallback, useMemo, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';
import { isPlainClick } from '../../ui/plain-click';
import { useFormatLocale } from '../../ui/use-format-locale';

/**
 * What every quote of a list shares, made once for the list rather than once per quote (a speaker's page lists a
 * thousand, and a search's first results are rendered in the keystroke that found them): the translations, the
 * interface language, and addresses in that language.
 */
export interface QuoteList {
  t: TFunction<'archive'>;
  locale: string;
  /** The locale of dates and numbers: the interface language's regional variant (`useFormatLocale`). */
  formats: string;
  /** Numbers in `formats` (counts of quotes, articles, results). */
  numbers: Intl.NumberFormat;
  /** The address of an app path (`/articles/x?quote=q1`) in the interface language (`/de/articles/x?quote=q1`). */
  href: (path: string) => string;
  /**
   * Words joined as a list in the interface language ("speaker name and article title"): one `Intl.ListFormat` for
   * the list, made on first use (a speaker's page needs none).
   */
  listOf: (items: readonly string[]) => string;
}

/**
 * The list's shared part, and the click handler for the list's element: the quotes' links are plain anchors, and a
 * plain click on one (see `isPlainClick`) opens its page in place, as a router link would; any other click is the
 * browser's (a new tab, a new window). One handler for the list instead of a router link per anchor: a link
 * component's hooks were a third of a result's render.
 */
export function useQuoteList(): { list: QuoteList; onClick: (event: MouseEvent) => void } {
  const { t, i18n } = useTranslation('archive');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  // The interface language's prefix: `/de/` → `/de`, `/` → ``.
  const prefix = useHref('/').replace(/\/$/, '');
  const navigate = useNavigate();
  const list = useMemo(() => {
    let joined: Intl.ListFormat | undefined;
    return {
      t,
      locale,
      formats,
      numbers: new Intl.NumberFormat(formats),
      href: (path: string) => prefix + path,
      listOf: (items: readonly string[]) =>
        (joined ??= new Intl.ListFormat(locale, { type: 'conjunction' })).format(items),
    };
  }, [t, locale, formats, prefix]);
  const onClick = useCallback(
    (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link || event.defaultPrevented || !isPlainClick(event)) return;
      if (link.target !== '' || link.origin !== window.location.origin) return;
      event.preventDefault();
      const path = link.pathname.startsWith(`${prefix}/`)
        ? link.pathname.slice(prefix.length)
        : link.pathname;
      void navigate(path + link.search + link.hash);
    },
    [navigate, prefix],
  );
  return { list, onClick };
}
