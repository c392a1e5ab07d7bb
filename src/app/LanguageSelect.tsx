import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interfaceLanguages } from '../locales/languages';
import { switchLanguage } from './i18n';

/** Each interface language's name in itself, made once: an `Intl.DisplayNames` is costly to create. */
const autonyms = new Map<string, string>();

/** A language's name in that language ("Deutsch", "English", "Français"), from Intl rather than a resource. */
function languageAutonym(language: string): string {
  let autonym = autonyms.get(language);
  if (autonym === undefined) {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    autonym = name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    autonyms.set(language, autonym);
  }
  return autonym;
}

/**
 * The header's interface-language choice. A language's strings load when it is first chosen: until they are there
 * the choice shows the language asked for and is marked busy; if they cannot be loaded (the connection dropped),
 * the interface stays as it was and a message says so, instead of showing untranslated keys. The browser keeps a
 * failed module load for the life of the page, so the message asks for a reload rather than offering to retry.
 */
export function LanguageSelect() {
  const { t, i18n } = useTranslation('settings');
  const current = i18n.resolvedLanguage ?? 'en';
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const choose = (language: string) => {
    setFailed(null);
    setPending(language);
    switchLanguage(language).then(
      () => setPending((asked) => (asked === language ? null : asked)),
      () => {
        setPending((asked) => (asked === language ? null : asked));
        setFailed(language);
      },
    );
  };

  return (
    <div className="app-header__language">
      <label>
        <span>{t('language.label')}</span>
        <select
          value={pending ?? current}
          aria-busy={pending !== null}
          onChange={(event) => choose(event.target.value)}
        >
          {interfaceLanguages.map((language) => (
            <option key={language} value={language} lang={language}>
              {languageAutonym(language)}
            </option>
          ))}
        </select>
      </label>
      {failed !== null && (
        <p role="alert" className="app-header__language-error">
          {t('language.loadFailed', { language: languageAutonym(failed) })}
        </p>
      )}
    </div>
  );
}
