import { memo } from 'react';
import { quoteHref, type ArchiveQuote } from '../../core/archive/archive-quote';
import { pickLocalized, sameLanguage } from '../../core/article/localized';
import { formatPartialDateFor } from '../../core/dates/format';
import { speakerName } from '../../core/speakers/names';
import type { QuoteList } from './quote-list';

export interface ArchiveQuoteItemProps {
  quote: ArchiveQuote;
  /** Whether to name the speaker with a link to their page (not on that page itself). */
  showSpeaker: boolean;
  /**
   * The language to show the quote's words in (where a search matched them: `matchedLanguage`), else the reader's
   * or the original. A language rather than the query, so that a result still shown after the next keystroke is not
   * rendered again.
   */
  language?: string;
  /** What the list's quotes share (`useQuoteList`); the list handles a click on the quote's links. */
  list: QuoteList;
}

/**
 * One quote of the archive, as a list item (the same quote is not rendered again when a longer list is shown): its words in the speaker's colour as the link that opens the article at
 * the quote, then who (linked to their page), what kind, when, and in which article.
 */
export const ArchiveQuoteItem = memo(function ArchiveQuoteItem({
  quote,
  showSpeaker,
  language,
  list,
}: ArchiveQuoteItemProps) {
  const { t, locale, formats, href } = list;
  const text =
    language !== undefined && quote.text[language] !== undefined
      ? { language, text: quote.text[language] }
      : pickLocalized(quote.text, locale, quote.originalLanguage);
  const title = pickLocalized(quote.articleTitle, locale, quote.originalLanguage);
  const speaker = quote.speaker;
  const langIfForeign = (language: string | undefined) =>
    language === undefined || sameLanguage(language, locale) ? undefined : language;
  const date = formatPartialDateFor(quote.date, formats);

  return (
    <li className={`archive-quote archive-quote--${speaker ? `s${speaker.slot}` : 'none'}`}>
      <p className="archive-quote__text" lang={langIfForeign(text?.language)}>
        <a href={href(quoteHref(quote))} className={`archive-quote__link archive-quote__link--${quote.kind}`}>
          {text?.text ?? quote.quoteId}
        </a>
      </p>
      <p className="archive-quote__meta">
        {showSpeaker ? (
          <>
            {speaker ? (
              <a
                href={href(`/speakers/${encodeURIComponent(speaker.key)}`)}
                className="archive-quote__speaker"
              >
                {speakerName(speaker, locale)}
              </a>
            ) : (
              <span className="archive-quote__speaker">{t('quote.unattributed')}</span>
            )}
            {' · '}
          </>
        ) : null}
        <span>{t(`kind.${quote.kind}`)}</span>
        {' · '}
        <time dateTime={quote.date}>
          {quote.said ? t('quote.said', { date }) : t('quote.published', { date })}
        </time>
      </p>
      <p className="archive-quote__article">
        {t('quote.article')}
        {': '}
        <cite lang={langIfForeign(title?.language)}>{title?.text ?? quote.articleId}</cite>
        {quote.origin === 'imported' ? (
          <span className="archive-quote__badge"> ({t('quote.imported')})</span>
        ) : null}
      </p>
    </li>
  );
});
