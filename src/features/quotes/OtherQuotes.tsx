import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../core/article/schema';
import type { ReaderState } from '../../core/reader/url-state';
import { isPlainClick } from '../../ui/plain-click';
import { quoteText } from './quote-text';
import { useFormatLocale } from '../../ui/use-format-locale';
import { useNumberFormat } from '../../ui/use-number-format';

/**
 * How many of the speaker's other quotes are listed before "Show all". A speaker of a long article has dozens, and
 * each selection would otherwise replace the whole list (on 3,000 quotes, ~75 links: most of the panel's render
 * and commit when a quote is clicked).
 */
export const OTHERS_SHOWN_FIRST = 5;

function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max).trimEnd()}…`;
}

export interface OtherQuotesProps {
  /** The speaker whose quotes these are: the list starts short again for another speaker. */
  speaker: string;
  /** Other quotes of the same speaker, in reading order. */
  others: readonly Quote[];
  /** The article's original language, in which the quotes are listed. */
  original: string;
  hrefWith: (patch: Partial<ReaderState>) => string;
  /** Selects quote `id` (a plain click on its link; other clicks open the link as usual). */
  onSelect: (id: string) => void;
}

/**
 * The speaker's other quotes as links that select them: the first few, and a button that shows the rest (which
 * then stay shown while the selected quotes are this speaker's). Stays mounted from one speaker to the next rather
 * than being keyed by the speaker: mounting it again made a new `Intl.NumberFormat` on every such click. The links
 * are plain anchors that select in place and at once (in the frame of the click, like "Next quote"), as in the
 * text; modified clicks open them as usual.
 */
export function OtherQuotes({ speaker, others, original, hrefWith, onSelect }: OtherQuotesProps) {
  const { t, i18n } = useTranslation('quotes');
  const formats = useFormatLocale(i18n.resolvedLanguage ?? 'en');
  const numbers = useNumberFormat(formats);
  const [expandedFor, setExpandedFor] = useState<string | undefined>(undefined);
  const all = expandedFor === speaker;
  const firstRevealed = useRef<HTMLAnchorElement>(null);
  const focusRevealed = useRef(false);
  // "Show all" disappears when pressed: the focus goes on to the first quote it revealed, not back to the page.
  useEffect(() => {
    if (!all || !focusRevealed.current) return;
    focusRevealed.current = false;
    firstRevealed.current?.focus();
  }, [all]);

  if (others.length === 0) return <p className="quote-panel__none">{t('other.none')}</p>;
  const shown = all ? others : others.slice(0, OTHERS_SHOWN_FIRST);
  return (
    <>
      <ul className="quote-panel__others">
        {shown.map((other, i) => (
          <li key={other.id}>
            <a
              ref={i === OTHERS_SHOWN_FIRST ? firstRevealed : undefined}
              href={hrefWith({ quote: other.id, event: undefined })}
              lang={original}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                onSelect(other.id);
              }}
            >
              {shorten(quoteText(other, original) ?? other.id)}
            </a>
          </li>
        ))}
      </ul>
      {shown.length < others.length ? (
        <button
          type="button"
          className="button quote-panel__more"
          onClick={() => {
            focusRevealed.current = true;
            setExpandedFor(speaker);
          }}
        >
          {t('other.showAll', {
            number: numbers.format(others.length),
          })}
        </button>
      ) : null}
    </>
  );
}
