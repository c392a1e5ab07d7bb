/**
 * i18next for the interface language: detected from `?lng=`, then the remembered choice, then the browser
 * (`./detect-language`); remembered in localStorage; reflected in `<html lang>`. The browser loads the strings of
 * the language in use only (`loadLanguage`); another language's are loaded when the reader switches to it.
 */
import i18n, { type BackendModule, type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { interfaceLanguages, loadLanguage, namespaces } from '../locales/languages';
import { detectLanguage, LANGUAGE_STORAGE_KEY, pageLanguageSources } from './detect-language';

/** The options shared by the browser and the prerenderer (which passes every language's `resources`). */
export function i18nOptions(): InitOptions {
  return {
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

/** Loads a language's strings for i18next when it is switched to (or needed as the fallback). */
const languageChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    loadLanguage(language).then(
      (strings) => callback(null, strings[namespace] ?? {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function remember(language: string) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode, quota): the choice then lasts for this page only.
  }
}

/**
 * Initialises the app's i18next with the detected language, whose strings are loaded first, so that the first
 * render (and hydration) already has every string.
 */
export async function initI18n(): Promise<typeof i18n> {
  if (i18n.isInitialized) return i18n;
  const language = detectLanguage(pageLanguageSources(), interfaceLanguages);
  const strings = await loadLanguage(language);
  // `<html lang>` is the supported language in use ("de"), not the browser's tag it was matched from ("de-AT").
  const reflect = () => {
    const current = i18n.resolvedLanguage ?? i18n.language;
    document.documentElement.lang = current;
    remember(current);
  };
  i18n.on('languageChanged', reflect);
  void i18n
    .use(languageChunks)
    .use(initReactI18next)
    .init({
      ...i18nOptions(),
      lng: language,
      resources: { [language]: strings },
      partialBundledLanguages: true,
    });
  reflect();
  return i18n;
}

/**
 * Switches the interface language once all its strings are there. Rejects, leaving the language as it was, if they
 * cannot be loaded: i18next itself would switch anyway and show the keys.
 */
export async function switchLanguage(language: string): Promise<void> {
  const strings = await loadLanguage(language);
  for (const [namespace, bundle] of Object.entries(strings)) {
    i18n.addResourceBundle(language, namespace, bundle, true, true);
  }
  await i18n.changeLanguage(language);
}
