import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A language's name in the interface language ("de" → "German" or "Deutsch"), from `Intl.DisplayNames`, made once
 * per interface language; the code itself where the platform has no name for it.
 */
export function useLanguageNames(): (language: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return (language: string) => names.of(language) ?? language;
  }, [locale]);
}
