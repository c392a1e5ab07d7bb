import { memo, type ReactNode } from 'react';
import { quoteHref, type ArchiveQuote } from '../../core/archive/archive-quote';
import { pickLocalized, sameLanguage } from '../../core/article/localized';
import { formatPartialDateFor } from '../../core/dates/format';
import type { QuoteMatch } from '../../core/search/match-places';
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
  /**
   * Why a search found it (`matchPlaces`, for the words shown in `language`): the query's words are marked in
   * them, and the places of the others named under them ("Matched in: speaker name").
   */
  match?: QuoteMatch | undefined;
  /** What the list's quotes share (`useQuoteList`); the list handles a click on the quote's links. */
  list: QuoteList;
}

/** `text` with the ranges `marks` (ordered, not overlapping) as `<mark>`s. */
function markedText(text: string, marks: QuoteMatch['marks'] | undefined): ReactNode {
  if (!marks || marks.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/**
 * One quote of the archive, as a list item (the same quote is not rendered again when a longer list is shown): its words in the speaker's colour as the link that opens the article at
 * the quote, then who (linked to their page), what kind, when, and in which article.
 */
export const ArchiveQuoteItem = memo(function ArchiveQuoteItem({
  quote,
  showSpeaker,
  language,
  match,
  list,
}: ArchiveQuoteItemProps) {
  const { t, locale, formats, href, listOf } = list;
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
          {text ? markedText(text.text, match?.marks) : quote.quoteId}
        </a>
      </p>
      {match && match.elsewhere.length > 0 ? (
        <p className="archive-quote__found">
          {t('search.matchedIn', {
            places: listOf(match.elsewhere.map((place) => t(`search.place.${place}`))),
          })}
        </p>
      ) : null}
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
}, sameProps);

/** Whether two results' matches show the same: a next keystroke often marks the same words ("hafen", "hafenk"). */
function sameMatch(a: QuoteMatch | undefined, b: QuoteMatch | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.marks.length !== b.marks.length || a.elsewhere.join() !== b.elsewhere.join())
    return false;
  return a.marks.every(([start, end], i) => {
    const other = b.marks[i];
    return other !== undefined && other[0] === start && other[1] === end;
  });
}

/**
 * Whether an item would render the same: its props the same, its match (made anew for each keystroke) the same in
 * what it shows, so that the results a keystroke keeps are not rendered again.
 */
function sameProps(before: ArchiveQuoteItemProps, after: ArchiveQuoteItemProps): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof ArchiveQuoteItemProps)[]);
  return [...keys].every((key) =>
    key === 'match' ? sameMatch(before.match, after.match) : Object.is(before[key], after[key]),
  );
}
