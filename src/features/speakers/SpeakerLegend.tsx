import './speakers.css';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalized, sameLanguage } from '../../core/article/localized';
import type { Article } from '../../core/article/schema';
import type { ReaderState } from '../../core/reader/url-state';
import { speakerSlots } from '../../core/speakers/colours';
import { shareOfVoice } from '../../core/speakers/share-of-voice';
import { speakerName } from '../../core/speakers/names';
import type { UpdateReaderState } from '../../ui/use-reader-state';
import { useFormatLocale } from '../../ui/use-format-locale';
import { useNumberFormat } from '../../ui/use-number-format';

export interface SpeakerLegendProps {
  article: Article;
  /** The speaker filter from the URL, if any. */
  speaker: ReaderState['speaker'];
  update: UpdateReaderState;
}

function percentFormat(locale: string, share: number): Intl.NumberFormat {
  // Small shares keep one decimal, so that a speaker with a few words does not read as "0 %".
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: share > 0 && share < 0.1 ? 1 : 0,
  });
}

/**
 * Who speaks in the article: each speaker quoted (or relaying a quote) with their colour, role, number of quotes and share of the quoted words
 * (see `core/speakers/share-of-voice.ts`), and how many quotes of others a medium relays. Each speaker is a toggle
 * that filters the text to their quotes (and those they relay) via `?speaker=`.
 */
/** Memoised: it renders again only when the article, the chosen speaker or the language changes. */
export const SpeakerLegend = memo(function SpeakerLegend({
  article,
  speaker: selected,
  update,
}: SpeakerLegendProps) {
  const { t, i18n } = useTranslation('speakers');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const shares = useMemo(() => shareOfVoice(article), [article]);
  const slots = useMemo(() => speakerSlots(article.speakers), [article.speakers]);
  const numbers = useNumberFormat(formats);
  const byId = new Map(shares.speakers.map((s) => [s.speaker, s]));
  const nameOf = (id: string) => {
    const speaker = article.speakers.find((s) => s.id === id);
    return speaker ? speakerName(speaker, locale) : id;
  };

  // A speaker the article names but no longer quotes (each of their quotes corrected to someone else, or
  // deleted) has nothing to show or choose; the chosen one stays, so that the choice can be undone.
  const listed = article.speakers.filter((speaker) => {
    const share = byId.get(speaker.id);
    return (share !== undefined && (share.quotes > 0 || share.relayed > 0)) || speaker.id === selected;
  });

  if (listed.length === 0) return null;
  return (
    <section className="speaker-legend" aria-labelledby="speaker-legend-heading">
      <h2 id="speaker-legend-heading" className="speaker-legend__heading" tabIndex={-1}>
        {t('heading')}
      </h2>
      <p className="speaker-legend__intro">{t('intro')}</p>
      <ul className="speaker-legend__list">
        {listed.map((speaker) => {
          const share = byId.get(speaker.id);
          const role = pickLocalized(speaker.role, locale, article.originalLanguage);
          const pressed = selected === speaker.id;
          const value = share?.share ?? 0;
          return (
            <li key={speaker.id}>
              <button
                type="button"
                className={`speaker-legend__toggle sc-${slots.get(speaker.id) ?? 'none'}`}
                aria-pressed={pressed}
                onClick={() => update({ speaker: pressed ? undefined : speaker.id })}
              >
                <span className="speaker-legend__swatch" aria-hidden="true" />
                <span className="speaker-legend__name">{speakerName(speaker, locale)}</span>
                {role ? (
                  <span
                    className="speaker-legend__role"
                    lang={sameLanguage(role.language, locale) ? undefined : role.language}
                  >
                    {role.text}
                  </span>
                ) : null}{' '}
                {/* The parts are joined by a comma that is seen as it is heard: a visually hidden one is
                    out of the line's flow, and the button's name then had a space before it (" , "). */}
                <span className="speaker-legend__stats">
                  {share && share.quotes === 0 && share.relayed > 0 ? null : (
                    <>
                      <span>
                        {t('quotes', {
                          count: share?.quotes ?? 0,
                          formatted: numbers.format(share?.quotes ?? 0),
                        })}
                      </span>
                      {', '}
                      <span>{t('share', { percent: percentFormat(formats, value).format(value) })}</span>
                    </>
                  )}
                  {share && share.relayed > 0 ? (
                    <>
                      {share.quotes > 0 ? ', ' : null}
                      <span>
                        {t('relays', { count: share.relayed, formatted: numbers.format(share.relayed) })}
                      </span>
                    </>
                  ) : null}
                </span>
                <svg
                  className="speaker-legend__bar"
                  viewBox="0 0 100 4"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect className="speaker-legend__bar-track" width="100" height="4" />
                  <rect className="speaker-legend__bar-fill" width={value * 100} height="4" />
                </svg>
              </button>
            </li>
          );
        })}
      </ul>
      {selected ? (
        <p className="speaker-legend__filtering">
          <span role="status">{t('filtering', { name: nameOf(selected) })}</span>{' '}
          <button type="button" className="button" onClick={() => update({ speaker: undefined })}>
            {t('showAll')}
          </button>
        </p>
      ) : null}
    </section>
  );
});
