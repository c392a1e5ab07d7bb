/**
 * The app's translations as a fresh i18next instance for components under test, one per test so that no language
 * change leaks between them.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from '../locales/resources';

/** An i18next instance of every namespace in `language`, with English as the fallback, bound to react-i18next. */
export async function reactI18n(language: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: [...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}
