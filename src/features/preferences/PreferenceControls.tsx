import './preferences.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_TEXT_SIZE,
  MIN_TEXT_SIZE,
  parseTheme,
  stepTextSize,
  textScale,
  THEME_CHOICES,
} from './preferences';
import { useFormatLocale } from '../../ui/use-format-locale';
import { usePreferences } from './use-preferences';

/** Header controls for reading comfort: colour theme (system, light, dark) and a smaller/larger text size. */
export function PreferenceControls() {
  const { t, i18n } = useTranslation('preferences');
  const { preferences, update } = usePreferences();
  const sizeLabelId = useId();
  const percent = new Intl.NumberFormat(useFormatLocale(i18n.resolvedLanguage ?? 'en'), {
    style: 'percent',
  }).format(textScale(preferences.textSize));
  const atMin = preferences.textSize <= MIN_TEXT_SIZE;
  const atMax = preferences.textSize >= MAX_TEXT_SIZE;
  // At a limit the button stays focusable (aria-disabled) and stepping simply stays in range.
  const step = (by: number) => update({ textSize: stepTextSize(preferences.textSize, by) });

  return (
    <div className="preferences">
      <label className="preferences__theme">
        <span>{t('theme.label')}</span>
        <select
          value={preferences.theme}
          onChange={(event) => update({ theme: parseTheme(event.target.value) })}
        >
          {THEME_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`theme.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="preferences__size" role="group" aria-labelledby={sizeLabelId}>
        <span id={sizeLabelId}>{t('textSize.label')}</span>
        <button
          type="button"
          className="button preferences__step"
          aria-disabled={atMin}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">A−</span>
          <span className="visually-hidden">{t('textSize.smaller')}</span>
        </button>
        <output className="preferences__percent" aria-live="polite">
          {percent}
        </output>
        <button
          type="button"
          className="button preferences__step"
          aria-disabled={atMax}
          onClick={() => step(1)}
        >
          <span aria-hidden="true">A+</span>
          <span className="visually-hidden">{t('textSize.larger')}</span>
        </button>
      </div>
    </div>
  );
}
