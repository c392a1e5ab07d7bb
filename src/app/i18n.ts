/**
 * i18next for the interface language: detected from `?lng=`, then the remembered choice, then the browser;
 * remembered in localStorage; reflected in `<html lang>`.
 */
import i18n, { type InitOptions } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { interfaceLanguages, namespaces, resources } from '../locales/resources';

export const LANGUAGE_STORAGE_KEY = 'stimmen.lng';

/**
 * The options shared by the browser and the prerenderer. Resources are bundled, so initialisation is synchronous:
 * the first render (and hydration) already has every string.
 */
export function i18nOptions(): InitOptions {
  return {
    resources,
    supportedLngs: [...interfaceLanguages],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    ns: [...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
  };
}

export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      ...i18nOptions(),
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lng',
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    });
  // `<html lang>` is the supported language in use ("de"), not the browser's tag it was matched from ("de-AT").
  const reflect = () => {
    document.documentElement.lang = i18n.resolvedLanguage ?? i18n.language;
  };
  reflect();
  i18n.on('languageChanged', reflect);
  return i18n;
}
