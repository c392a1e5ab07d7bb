import './timeline.css';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleEvent } from '../../core/article/schema';
import { formatPartialDateFor } from '../../core/dates/format';
import { shownLanguages, type ReaderState } from '../../core/reader/url-state';
import { timelineEntries, type TimelineEntry } from '../../core/timeline/order';
import { firstMention, mentionLink, mentionedEventAt, revealMention } from '../../ui/event-mentions';
import { isPlainClick } from '../../ui/plain-click';
import { TimelineAxis } from './TimelineAxis';
import { useFormatLocale } from '../../ui/use-format-locale';

export interface TimelineProps {
  article: Article;
  state: ReaderState;
  hrefWith: (patch: Partial<ReaderState>) => string;
  update: (patch: Partial<ReaderState>, options?: { replace?: boolean }) => void;
}

/** The heading's id: the link that skips the text goes to it (`features/article-meta/SkipToAside.tsx`). */
const HEADING_ID = 'timeline-heading';

/** Stands for the label in an event's translated name, where the name is cut around it. */
const LABEL_SLOT = '\u0000';

/** The label of an event in the interface language if the article has it, else in the language shown. */
function eventLabel(
  event: ArticleEvent,
  languages: readonly string[],
): { text: string; lang: string } | undefined {
  for (const lang of languages) {
    const text = event.label[lang];
    if (text !== undefined) return { text, lang };
  }
  const [lang, text] = Object.entries(event.label)[0] ?? [];
  return lang === undefined || text === undefined ? undefined : { text, lang };
}

/**
 * The article's events in time, linked both ways with the text. The ordered list is the primary, accessible
 * form (one link per event, in date order, with the publication among them); the axis above shows the same
 * proportionally to time. Choosing an event selects it in the URL, brings its first mention in the text into view
 * and moves the keyboard focus to that mention's link; selecting a date in the text moves the focus to its event
 * here.
 */
function TimelineView({ article, state, hrefWith, update }: TimelineProps) {
  const { t, i18n } = useTranslation('timeline');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const listRef = useRef<HTMLOListElement>(null);
  // The languages of the text on screen; side by side the original comes first and is where choosing scrolls to.
  const shown = useMemo(
    () => shownLanguages(article.originalLanguage, state.mode, state.translation),
    [article.originalLanguage, state.mode, state.translation],
  );
  const shownLanguage = shown[0] ?? article.originalLanguage;

  const entries = useMemo(() => timelineEntries(article.events, article.published), [article]);

  // An event's name is its date (and whether the editors added it) around its label. The label may be in another
  // language than the interface, so the list's links carry it as an element of its own, marked with its `lang`
  // (an `aria-label` would make a screen reader speak it in the interface's voice): the name's text before and
  // after it comes from the same translation, cut where the label goes.
  const nameAround = useCallback(
    (event: ArticleEvent) => {
      const date = formatPartialDateFor(event.date, formats);
      const name =
        event.dateSource === 'editorial'
          ? t('eventNameEditorial', { date, label: LABEL_SLOT, editorial: t('editorial') })
          : t('eventName', { date, label: LABEL_SLOT });
      const [before = '', after = ''] = name.split(LABEL_SLOT);
      return { before, after };
    },
    [t, formats],
  );

  // What the axis shows on hovering a mark: the list's name, its label marked with its language as there (a `<title>`
  // may hold marked-up text; the tooltip shows its words).
  const describe = useCallback(
    (entry: TimelineEntry<ArticleEvent>): ReactNode => {
      if (entry.kind === 'published') {
        return t('publishedName', {
          date: formatPartialDateFor(entry.date, formats),
          published: t('published'),
        });
      }
      const { before, after } = nameAround(entry.event);
      const label = eventLabel(entry.event, [locale, shownLanguage, article.originalLanguage]);
      if (!label || label.lang === locale) return `${before}${label?.text ?? ''}${after}`;
      return (
        <>
          {before}
          <tspan lang={label.lang}>{label.text}</tspan>
          {after}
        </>
      );
    },
    [t, formats, nameAround, locale, shownLanguage, article.originalLanguage],
  );

  const describeMore = useCallback(
    (count: number) => t('axisMore', { count, locale: formats }),
    [t, formats],
  );

  // Which event the last click in the page (a pointer or Enter on a link) landed on in the text, if any:
  // when the URL then selects that event, the selection came from the text and focus follows it here.
  const activatedInText = useRef<string | undefined>(undefined);
  const [activations, setActivations] = useState(0);
  useEffect(() => {
    const onClick = (event: globalThis.MouseEvent) => {
      activatedInText.current = mentionedEventAt(event.target);
      if (activatedInText.current !== undefined) setActivations((n) => n + 1);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  useEffect(() => {
    if (state.event === undefined || activatedInText.current !== state.event) return;
    activatedInText.current = undefined;
    listRef.current?.querySelector<HTMLElement>(`[data-timeline-item="${CSS.escape(state.event)}"]`)?.focus();
  }, [state.event, activations]);

  const choose = useCallback(
    (eventId: string) => {
      update({ event: eventId, quote: undefined });
      const mention = firstMention(eventId, shownLanguage);
      if (mention) revealMention(mention);
      // The focus follows the choice into the text, as a choice in the text brings it here: on to the date's link
      // (the scroll above brings it to the middle of the window, clear of the sticky bar). An event the text shown
      // does not mention leaves the focus where it is.
      mentionLink(eventId, shownLanguage)?.focus({ preventScroll: true });
    },
    [update, shownLanguage],
  );
  const onItemClick = (event: MouseEvent<HTMLAnchorElement>, eventId: string) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    choose(eventId);
  };

  if (entries.every((entry) => entry.kind === 'published')) return null;
  return (
    <section className="timeline" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} className="timeline__heading" tabIndex={-1}>
        {t('heading')}
      </h2>
      <TimelineAxis
        entries={entries}
        selected={state.event}
        describe={describe}
        publishedLabel={t('publishedShort')}
        describeMore={describeMore}
        onChoose={choose}
      />
      <ol ref={listRef} className="timeline__list" aria-label={t('listLabel')}>
        {entries.map((entry) => {
          if (entry.kind === 'published') {
            return (
              <li key="published" className="timeline__item timeline__item--published">
                <time className="timeline__date" dateTime={entry.date}>
                  {formatPartialDateFor(entry.date, formats)}
                </time>
                <span className="timeline__label">{t('published')}</span>
              </li>
            );
          }
          const { event } = entry;
          const editorial = event.dateSource === 'editorial';
          const mentioned = shown.some((language) => (event.mentions[language]?.length ?? 0) > 0);
          const selected = event.id === state.event;
          const label = eventLabel(event, [locale, shownLanguage, article.originalLanguage]);
          const name = nameAround(event);
          const classes = [
            'timeline__item',
            editorial ? 'timeline__item--editorial' : '',
            selected ? 'is-selected' : '',
          ];
          return (
            <li key={event.id} className={classes.join(' ')}>
              <a
                className="timeline__link"
                href={hrefWith({ event: event.id, quote: undefined })}
                data-timeline-item={event.id}
                aria-current={selected ? 'true' : undefined}
                onClick={(e) => onItemClick(e, event.id)}
              >
                <span className="timeline__number" aria-hidden="true">
                  {entry.number}
                </span>
                <span className="timeline__body">
                  {/* Seen, not heard: the name's beginning below says it. */}
                  <span className="timeline__meta" aria-hidden="true">
                    <time className="timeline__date" dateTime={event.date}>
                      {formatPartialDateFor(event.date, formats)}
                    </time>
                    {editorial ? <span className="timeline__tag">{t('editorial')}</span> : null}
                  </span>
                  <span className="timeline__label">
                    <span className="timeline__unseen">{name.before}</span>
                    {label ? (
                      <span lang={label.lang === locale ? undefined : label.lang}>{label.text}</span>
                    ) : null}
                    <span className="timeline__unseen">
                      {name.after}
                      {mentioned ? null : '. '}
                    </span>
                  </span>
                  {mentioned ? null : <span className="timeline__note">{t('notMentioned')}</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The language the timeline reads labels in and scrolls to: the first of the text on screen. */
function firstShown({ article, state }: TimelineProps): string | undefined {
  return shownLanguages(article.originalLanguage, state.mode, state.translation)[0];
}

/**
 * The timeline renders again only when what it shows or links to changes: the article, the selected event, the
 * speaker filter or the first language on screen. Selecting a quote changes none of them (its links drop `quote`
 * anyway; a click goes through `update`, which always sees the current URL), nor does switching between the
 * original and side by side (the original comes first in both).
 */
export const Timeline = memo(
  TimelineView,
  (before, after) =>
    before.article === after.article &&
    before.state.event === after.state.event &&
    before.state.speaker === after.state.speaker &&
    firstShown(before) === firstShown(after),
);
