import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_MODES, type ReaderState, type TextMode } from '../../core/reader/url-state';

/**
 * Original, translation, or both side by side; and which translation. Offered only as the article's declared
 * languages allow: a single-language article shows no switch at all.
 */
export function TextModeSwitch({
  originalLanguage,
  languages,
  state,
  onChange,
}: {
  originalLanguage: string;
  languages: readonly string[];
  state: ReaderState;
  onChange: (patch: Partial<ReaderState>) => void;
}) {
  const { t, i18n } = useTranslation('reader');
  const id = useId();
  const translations = languages.filter((l) => l !== originalLanguage);
  if (translations.length === 0 || state.translation === undefined) return null;
  const names = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'en'], { type: 'language' });
  const name = (language: string) => names.of(language) ?? language;
  const label: Record<TextMode, string> = {
    original: t('textMode.original', { language: name(originalLanguage) }),
    translation: t('textMode.translation', { language: name(state.translation) }),
    parallel: t('textMode.parallel'),
  };

  return (
    <div className="text-mode">
      <fieldset className="segmented">
        <legend className="segmented__legend">{t('textMode.label')}</legend>
        {TEXT_MODES.map((mode) => (
          <label key={mode} className="segmented__option">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={state.mode === mode}
              onChange={() => onChange({ mode })}
            />
            <span>{label[mode]}</span>
          </label>
        ))}
      </fieldset>
      {translations.length > 1 ? (
        <label className="text-mode__translation">
          <span>{t('textMode.translationLanguage')}</span>
          <select
            value={state.translation}
            onChange={(event) => onChange({ translation: event.target.value })}
          >
            {translations.map((language) => (
              <option key={language} value={language}>
                {name(language)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
