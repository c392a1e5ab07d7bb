import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/Link';
import type { LibrarySpeaker } from '../../core/archive/library-entry';
import { libraryPath } from '../../core/archive/library-filters';
import { speakerName } from '../../core/speakers/names';
import { useFormatLocale } from '../../ui/use-format-locale';

/** Speakers named per entry at first; a button shows the rest. */
const SPEAKERS_SHOWN = 4;

/**
 * The speakers an article quotes, each a link that filters the library by them. Past the first few, „and 2 more“ is
 * a button that shows the others as links like the first and moves the focus to the first of them, where the
 * keyboard goes on; the line then reads as if it had shown them all from the start.
 */
export function QuotedSpeakers({ speakers }: { speakers: readonly LibrarySpeaker[] }) {
  const { t, i18n } = useTranslation('library');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const [expanded, setExpanded] = useState(false);
  const firstRevealed = useRef<HTMLAnchorElement>(null);
  // Only a press of the button expands: the focus it held goes to what it showed.
  useEffect(() => {
    if (expanded) firstRevealed.current?.focus();
  }, [expanded]);

  const hidden = speakers.length - SPEAKERS_SHOWN;
  const shown = expanded || hidden <= 0 ? speakers : speakers.slice(0, SPEAKERS_SHOWN);
  return (
    <p className="library__item-speakers">
      {t('quoted')}{' '}
      {shown.map((speaker, i) => (
        <span key={speaker.key}>
          {i > 0 ? ', ' : ''}
          <Link
            ref={i === SPEAKERS_SHOWN ? firstRevealed : undefined}
            to={libraryPath({ speaker: speaker.key, page: 0 })}
            aria-label={t('filterBySpeaker', { name: speakerName(speaker, locale) })}
          >
            {speakerName(speaker, locale)}
          </Link>
        </span>
      ))}
      {shown.length < speakers.length ? (
        <>
          {' '}
          <button type="button" className="library__more-speakers" onClick={() => setExpanded(true)}>
            {t('moreSpeakers', {
              count: hidden,
              number: new Intl.NumberFormat(formats).format(hidden),
            })}
          </button>
        </>
      ) : null}
    </p>
  );
}
