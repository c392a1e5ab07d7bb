/**
 * Addresses per interface language. Every page the site ships is prerendered in every interface language: English
 * at the page's own path (`/articles/<id>`, the `x-default`), any other language under its prefix
 * (`/de/articles/<id>`, the library at `/de/`). The routes know only the path without a prefix (the app path); the
 * router adds the prefix of the interface language in use to every address it makes and takes any prefix off the
 * address it reads, so an address in another language opens the same page and reader state. A static host cannot
 * choose a file by the reader's language: `public/preferences-boot.js` moves the reader to the page in their
 * language before the first paint, from the `hreflang` alternates the prerenderer puts in each page.
 */
import { interfaceLanguages } from '../locales/languages';

/** The language whose pages have no prefix. */
export const UNPREFIXED_LANGUAGE = 'en';

/** The app path of an address's path: `/de/articles/x` → `/articles/x`, `/de/` and `/de` → `/`. */
export function appPath(urlPath: string): string {
  const [, prefix = '', rest = '/'] = /^\/([^/]+)(\/.*)?$/.exec(urlPath) ?? [];
  return interfaceLanguages.includes(prefix) ? rest : urlPath;
}

/** The address's path of `path` (an app path) in `language`: `/articles/x`, `de` → `/de/articles/x`. */
export function languagePath(path: string, language: string): string {
  return language === UNPREFIXED_LANGUAGE ? path : `/${language}${path}`;
}

/**
 * `href` (an absolute path, optionally with query and fragment, any language prefix or none) in `language`;
 * anything else (`?quote=q1`, another origin) is returned as it is.
 */
export function localiseHref(href: string, language: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const end = href.search(/[?#]/);
  const path = end < 0 ? href : href.slice(0, end);
  return languagePath(appPath(path), language) + (end < 0 ? '' : href.slice(end));
}
