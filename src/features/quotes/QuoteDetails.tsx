import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/Link';
import { pickLocalized, sameLanguage } from '../../core/article/localized';
import type { Article, Quote } from '../../core/article/schema';
import { formatPartialDateFor } from '../../core/dates/format';
import type { ReaderState } from '../../core/reader/url-state';
import { speakerName } from '../../core/speakers/names';
import { speakerKey } from '../../core/speakers/speaker-key';
import { OtherQuotes } from './OtherQuotes';
import { quoteText } from './quote-text';
import { useFormatLocale } from '../../ui/use-format-locale';

export interface QuoteDetailsProps {
  article: Article;
  quote: Quote;
  /** Other quotes of the same speaker, in reading order. */
  others: readonly Quote[];
  hrefWith: (patch: Partial<ReaderState>) => string;
  /** Selects another quote (from the speaker's other quotes). */
  onSelect: (id: string) => void;
  /** The speaker heading, which takes the focus when the panel opens by a person's action. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * Everything known about one quote: who, the medium that relays it, what kind, the words in every language, when
 * and where, review state.
 */
export function QuoteDetails({ article, quote, others, hrefWith, onSelect, headingRef }: QuoteDetailsProps) {
  const { t, i18n } = useTranslation('quotes');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const original = article.originalLanguage;
  // The article's languages, original first, with their names: made once per interface language, as an Intl
  // constructor (and even `DisplayNames.of`) costs more than the rest of this render.
  const languages = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return [original, ...article.languages.filter((l) => l !== original)].map((language) => ({
      language,
      name: names.of(language) ?? language,
    }));
  }, [locale, original, article.languages]);
  const langIfForeign = (language: string) => (sameLanguage(language, locale) ? undefined : language);

  const speaker = quote.speaker === null ? undefined : article.speakers.find((s) => s.id === quote.speaker);
  const shownName = speaker ? speakerName(speaker, locale) : t('panel.unattributed');
  const role = pickLocalized(speaker?.role, locale, original);
  const medium = quote.relayedBy ? article.speakers.find((s) => s.id === quote.relayedBy) : undefined;
  const explanation =
    quote.kind === 'indirect' && sameLanguage(original, 'de')
      ? t('kind.indirect.explanationGerman')
      : t(`kind.${quote.kind}.explanation`);

  const event = quote.said?.event ? article.events.find((e) => e.id === quote.said?.event) : undefined;
  const eventLabel = event ? pickLocalized(event.label, locale, original) : undefined;
  const place = pickLocalized(quote.said?.place, locale, original);
  const percent = useMemo(
    () => new Intl.NumberFormat(formats, { style: 'percent', maximumFractionDigits: 0 }),
    [formats],
  );

  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="quote-panel__speaker">
        {shownName}
      </h2>
      {role ? (
        <p className="quote-panel__role" lang={langIfForeign(role.language)}>
          {role.text}
        </p>
      ) : null}
      {speaker ? (
        <p className="quote-panel__speaker-page">
          <Link to={`/speakers/${encodeURIComponent(speakerKey(speaker))}`}>
            {t('panel.speakerPage', { speaker: shownName })}
          </Link>
        </p>
      ) : null}
      {medium ? (
        <p className="quote-panel__relay">{t('panel.relayedBy', { medium: speakerName(medium, locale) })}</p>
      ) : null}
      <p className="quote-panel__kind">
        <strong>{t(`kind.${quote.kind}.name`)}</strong>
        {': '}
        {explanation}
      </p>

      <h3 className="quote-panel__subheading">{t('text.heading')}</h3>
      <dl className="quote-panel__texts">
        {languages.map(({ language, name }) => {
          const text = quoteText(quote, language);
          if (text === undefined) return null;
          return (
            <div key={language} className="quote-panel__text">
              <dt>
                {t(
                  language === original
                    ? 'text.original'
                    : article.translations?.[language]?.method === 'machine'
                      ? 'text.machineTranslation'
                      : 'text.translation',
                  { language: name },
                )}
              </dt>
              <dd lang={language}>{text}</dd>
              {quote.spans[language]?.some((span) => span.outdated) ? (
                <dd className="quote-panel__approximate">{t('text.outdated')}</dd>
              ) : quote.spans[language]?.some((span) => span.approximate) ? (
                <dd className="quote-panel__approximate">{t('text.approximate')}</dd>
              ) : null}
            </div>
          );
        })}
      </dl>

      {quote.said && (quote.said.date ?? event ?? place) ? (
        <>
          <h3 className="quote-panel__subheading">{t('said.heading')}</h3>
          <dl className="quote-panel__said">
            {quote.said.date ? (
              <div>
                <dt>{t('said.date')}</dt>
                <dd>
                  <time dateTime={quote.said.date}>{formatPartialDateFor(quote.said.date, formats)}</time>
                </dd>
              </div>
            ) : null}
            {eventLabel ? (
              <div>
                <dt>{t('said.event')}</dt>
                <dd lang={langIfForeign(eventLabel.language)}>{eventLabel.text}</dd>
              </div>
            ) : null}
            {place ? (
              <div>
                <dt>{t('said.place')}</dt>
                <dd lang={langIfForeign(place.language)}>{place.text}</dd>
              </div>
            ) : null}
          </dl>
        </>
      ) : null}

      {quote.needsReview || quote.confidence !== undefined ? (
        <div className="quote-panel__review">
          {quote.needsReview ? <p>{t('review.needsReview')}</p> : null}
          {quote.confidence !== undefined ? (
            <p>{t('review.confidence', { percent: percent.format(quote.confidence) })}</p>
          ) : null}
        </div>
      ) : null}

      {speaker ? (
        <>
          <h3 className="quote-panel__subheading">{t('other.heading', { speaker: shownName })}</h3>
          <OtherQuotes
            speaker={speaker.id}
            others={others}
            original={original}
            hrefWith={hrefWith}
            onSelect={onSelect}
          />
        </>
      ) : null}
    </>
  );
}
