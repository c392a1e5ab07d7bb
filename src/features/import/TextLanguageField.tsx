import { useTranslation } from 'react-i18next';
import { GUESSABLE_LANGUAGES } from '../../core/text/function-words';
import { useLanguageNames } from '../../ui/use-language-names';

/** `''` lets the importer guess the language; otherwise a BCP 47 tag the person chose. */
export type TextLanguageChoice = string;

/**
 * The language of a pasted text: detected (the default) or chosen, for when the guess would be wrong or the text
 * is too short to tell. Language names in the interface language, from `Intl.DisplayNames`.
 */
export function TextLanguageField({
  value,
  onChange,
  disabled,
}: {
  value: TextLanguageChoice;
  onChange: (value: TextLanguageChoice) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('import');
  const nameOf = useLanguageNames();
  return (
    <>
      <label>
        <span>{t('languageLabel')}</span>
        <select
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby="import-language-hint"
          disabled={disabled}
        >
          <option value="">{t('languageDetect')}</option>
          {GUESSABLE_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {nameOf(language)}
            </option>
          ))}
        </select>
      </label>
      <p id="import-language-hint" className="import__hint">
        {t('languageHint')}
      </p>
    </>
  );
}
