import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_MODES, type ReaderState, type TextMode } from '../../core/reader/url-state';

export interface TextModeSwitchProps {
  originalLanguage: string;
  languages: readonly string[];
  mode: TextMode;
  translation: string | undefined;
  onChange: (patch: Partial<ReaderState>) => void;
}

/**
 * Original, translation, or both side by side; and which translation. Offered only as the article's declared
 * languages allow: a single-language article shows no switch at all. Memoised, and given only the state it shows,
 * so that selecting a quote does not render it (and its `<select>`) again.
 */
export const TextModeSwitch = memo(function TextModeSwitch({
  originalLanguage,
  languages,
  mode: shownMode,
  translation,
  onChange,
}: TextModeSwitchProps) {
  const { t, i18n } = useTranslation('reader');
  const id = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale]);
  const translations = languages.filter((l) => l !== originalLanguage);
  if (translations.length === 0 || translation === undefined) return null;
  const name = (language: string) => names.of(language) ?? language;
  const label: Record<TextMode, string> = {
    original: t('textMode.original', { language: name(originalLanguage) }),
    translation: t('textMode.translation', { language: name(translation) }),
    parallel: t('textMode.parallel'),
  };
  // On a phone the switch is one line: the languages' names alone, and "Both".
  const short: Record<TextMode, string> = {
    original: name(originalLanguage),
    translation: name(translation),
    parallel: t('textMode.parallelShort'),
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
              checked={shownMode === mode}
              onChange={() => onChange({ mode })}
            />
            <span>
              <span className="segmented__long">{label[mode]}</span>
              <span className="segmented__short">{short[mode]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {translations.length > 1 ? (
        <label className="text-mode__translation">
          <span>{t('textMode.translationLanguage')}</span>
          <select value={translation} onChange={(event) => onChange({ translation: event.target.value })}>
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
});
