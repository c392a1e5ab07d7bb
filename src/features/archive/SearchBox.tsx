import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useUrlSearch } from '../../ui/url-search';
import { useFormatLocale } from '../../ui/use-format-locale';
import { useShortcuts } from '../../ui/use-shortcut';

/** The search page's path; its query is `?q=`. */
export const SEARCH_PATH = '/search';

/** Starts loading the search page's code and the shipped index: the first focus says the search is about to be used. */
function preloadSearch(locale: string, formats: string): void {
  void import('./search-data').then((data) => data.prepareSearch(locale, formats)).catch(() => undefined);
}

/** The search term in a query string (`?q=…`). */
export function searchQuery(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}

/**
 * The header's search field, on every page: typing shows the results on `/search?q=…` (one history entry for the
 * whole query, replaced key by key), so results can be linked; `/` focuses it from anywhere. Nothing of the search
 * loads before it is focused.
 */
export function SearchBox() {
  const { t, i18n } = useTranslation('archive');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { search } = useUrlSearch();
  const onSearchPage = pathname === SEARCH_PATH;
  const urlQuery = onSearchPage ? searchQuery(search) : '';
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  // The URL changed by other means (back, a link): show its query. While the field has the focus, the person
  // typing is the source and the URL follows a key behind: taking its value then would drop what was just typed.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(urlQuery);
  }, [urlQuery]);
  // The page this search started from: the keys after the first replace its history entry rather than adding one,
  // also before the search page has been shown.
  const leftFrom = useRef<string | undefined>(undefined);

  useShortcuts({
    focusSearch: () => {
      input.current?.focus();
      input.current?.select();
    },
  });

  const show = (query: string) => {
    const params = new URLSearchParams({ q: query });
    const replace = onSearchPage || leftFrom.current === pathname;
    leftFrom.current = pathname;
    // On the search page, a key's new query is rendered in the key's own task, and its history entry written after
    // the frame that shows it (the app's router): results whose parts are loaded are painted in the next frame.
    // From another page, a transition: the page stays until the search page's code is there.
    void navigate(
      { pathname: SEARCH_PATH, search: `?${params.toString()}` },
      { replace, flushSync: onSearchPage },
    );
  };

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    show(value);
  };

  return (
    <form role="search" action={SEARCH_PATH} method="get" className="search-box" onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        className="search-box__input"
        placeholder={t('search.placeholder')}
        aria-keyshortcuts="/"
        autoComplete="off"
        value={value}
        onFocus={() => preloadSearch(locale, formats)}
        onChange={(event) => {
          setValue(event.target.value);
          show(event.target.value);
        }}
      />
    </form>
  );
}
