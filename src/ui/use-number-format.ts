import { useMemo } from 'react';

/**
 * One `Intl.NumberFormat` for `locale` (a format locale: `useFormatLocale`), made again only when it changes. A
 * module of its own rather than beside `useFormatLocale`, which is in the app's first chunk: there it cost the first
 * screen's JavaScript 27 bytes, which none of its parts use.
 */
export function useNumberFormat(locale: string): Intl.NumberFormat {
  return useMemo(() => new Intl.NumberFormat(locale), [locale]);
}
