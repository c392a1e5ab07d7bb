/**
 * i18next for the interface language: detected from `?lng=`, then the remembered choice, then the browser
 * (`./detect-language`); remembered in localStorage; reflected in `<html lang>`. The browser loads the strings of
 * the language in use only (`loadLanguage`); another language's are loaded when the reader switches to it.
 */
import i18n, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { interfaceLanguages, loadLanguage, namespaces } from '../locales/languages';
import { FIRST_NAMESPACES } from '../locales/first-namespaces';
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
    initAsync: false,
    react: { useSuspense: false },
  };
}

function remember(language: string) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode, quota): the choice then lasts for this page only.
  }
}

let initialising: Promise<typeof i18n> | undefined;

/**
 * Initialises the app's i18next with the detected language, whose first strings (`FIRST_NAMESPACES`: the shell and
 * the article's text) are loaded first, so that the first render (and hydration) has every string it needs. The
 * other namespaces follow in a chunk of their own; the parts that use them wait for it (`loadPartStrings`).
 */
export function initI18n(): Promise<typeof i18n> {
  initialising ??= initialise();
  return initialising;
}

async function initialise(): Promise<typeof i18n> {
  const language = detectLanguage(pageLanguageSources(), interfaceLanguages);
  const strings = await loadLanguage(language, FIRST_NAMESPACES);
  // `<html lang>` is the supported language in use ("de"), not the browser's tag it was matched from ("de-AT").
  const reflect = () => {
    const current = i18n.resolvedLanguage ?? i18n.language;
    document.documentElement.lang = current;
    remember(current);
  };
  i18n.on('languageChanged', reflect);
  // No i18next backend: the app adds strings itself, before they are needed (`loadPartStrings`, `switchLanguage`).
  // A backend would also fetch the fallback language's strings, which a complete locale never uses.
  void i18n.use(initReactI18next).init({
    ...i18nOptions(),
    lng: language,
    resources: { [language]: strings },
    partialBundledLanguages: true,
  });
  reflect();
  return i18n;
}

/** Adds every namespace of `language` to i18next once loaded; rejects if they cannot be loaded. */
async function addLanguage(language: string): Promise<void> {
  const strings = await loadLanguage(language);
  for (const [namespace, bundle] of Object.entries(strings)) {
    i18n.addResourceBundle(language, namespace, bundle, true, true);
  }
}

/**
 * Resolves when the interface language has all its strings, not only those of the first render: what a part that
 * loads later waits for besides its code (`setLazyPrerequisite` in `./lazy-component`). Rejects if they cannot be
 * loaded, so the part shows its error rather than keys.
 */
export async function loadPartStrings(): Promise<void> {
  const app = await initI18n();
  await addLanguage(app.resolvedLanguage ?? app.language);
}

/**
 * Switches the interface language once all its strings are there. Rejects, leaving the language as it was, if they
 * cannot be loaded: i18next itself would switch anyway and show the keys.
 */
export async function switchLanguage(language: string): Promise<void> {
  await addLanguage(language);
  await i18n.changeLanguage(language);
}
