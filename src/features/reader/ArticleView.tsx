import './reader.css';
import {
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type FocusEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Mark } from '../../core/article/highlights';
import type { Article, Quote, SpansByLanguage } from '../../core/article/schema';
import { formatPartialDateFor, formatPublished } from '../../core/dates/format';
import { readerStateChanges, shownLanguages, type ReaderState } from '../../core/reader/url-state';
import { speakerSlots } from '../../core/speakers/colours';
import { speakerName } from '../../core/speakers/names';
import type { MarkLabels } from './ParagraphText';
import type { TextModeSwitchProps } from './TextModeSwitch';
import { isPlainClick } from '../../ui/plain-click';
import type { UpdateReaderState } from '../../ui/use-reader-state';
import { useDomMarks } from './use-dom-marks';
import { useKeepPlace } from './use-keep-place';
import { useTextBlocks } from './use-text-blocks';
import { useFormatLocale } from '../../ui/use-format-locale';

export interface ArticleViewProps {
  article: Article;
  state: ReaderState;
  update: UpdateReaderState;
  /** More about the article for its header (reading time, provenance), placed by the page. */
  headerExtra?: ReactNode;
  /**
   * The switch between original, translation and side by side (`./TextModeSwitch`), given by the app, which loads
   * it after the first paint: the prerendered page shows it, and it responds once its code is there.
   */
  TextModeSwitch: ComponentType<TextModeSwitchProps>;
  /** More controls for the text-mode bar (machine translation), placed by the page. */
  textModeExtra?: ReactNode;
}

/**
 * The link that selects a mark: `?quote=<id>` or `?event=<id>`, nothing else, so that the text does not re-render
 * when the selection, the text mode or the filter changes. A click selects in place and keeps the rest of the
 * URL state (see `onClick`); only a link opened in a new tab starts from the default view.
 */
function markHref(mark: Mark): string {
  const patch = mark.type === 'quote' ? { quote: mark.quote.id } : { event: mark.event.id };
  // Built as a string: a URLSearchParams per highlight was a third of the time to render a long text.
  let href = '';
  for (const [name, value] of Object.entries(readerStateChanges(patch)))
    if (value !== undefined) href += `${href ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
  return href;
}

/**
 * The ids of the paragraph elements (`<language>-<paragraph>`, see below) that show `spans` in `languages`,
 * space-separated: where a quote's or event's highlights are, so that marking them need not search the whole text.
 * `undefined` (search everywhere) when the spans are not known.
 */
function paragraphIds(spans: SpansByLanguage | undefined, languages: readonly string[]): string | undefined {
  if (!spans) return undefined;
  const ids = new Set<string>();
  for (const language of languages)
    for (const span of spans[language] ?? []) ids.add(`${language}-${span.paragraph}`);
  return [...ids].join(' ');
}

/**
 * An article's header and text: the original, a translation, or both side by side with paragraphs aligned row by
 * row. Every quote is highlighted in its speaker's colour; selecting one (click, Enter) puts it in the URL.
 */
export function ArticleView({
  article,
  state,
  update,
  headerExtra,
  TextModeSwitch,
  textModeExtra,
}: ArticleViewProps) {
  const { t, i18n } = useTranslation('reader');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const textRef = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<string | undefined>(undefined);

  const languages = useMemo(
    () => shownLanguages(article.originalLanguage, state.mode, state.translation),
    [article.originalLanguage, state.mode, state.translation],
  );
  const languagesKey = languages.join('|');
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale]);
  const slots = useMemo(() => speakerSlots(article.speakers), [article.speakers]);
  const speakerNames = useMemo(
    () => new Map(article.speakers.map((s) => [s.id, speakerName(s, locale)])),
    [article.speakers, locale],
  );

  // Labels are computed once per quote (a long article has thousands of highlights, each column asks again), and
  // again when the quotes change (a correction gives a quote another speaker or kind under the same id).
  const quotes = article.quotes;
  const labels: MarkLabels = useMemo(() => {
    const quoteLabels = new Map<string, string>();
    const quoteLabel = (quote: Quote) => {
      let label = quoteLabels.get(quote.id);
      if (label === undefined) {
        const speaker =
          quote.speaker === null ? t('unattributed') : (speakerNames.get(quote.speaker) ?? quote.speaker);
        label = t(`quoteLabel.${quote.kind}`, { speaker });
        quoteLabels.set(quote.id, label);
      }
      return label;
    };
    return {
      quote: quoteLabel,
      // A date mention is named by its event's label ("The council votes"), or by its date where the label
      // is a sentence (as the annotator makes it: the sentence around the mention, which is read anyway).
      event: (event, formats) => {
        const label = event.label[locale];
        return t('eventMention', {
          label: !label || /[.!?…]$/.test(label) ? formatPartialDateFor(event.date, formats) : label,
        });
      },
      language: locale,
      href: markHref,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `quotes` is what the cached labels describe
  }, [t, speakerNames, locale, quotes]);

  // The languages every row has been rendered in: when the text mode changes, the rows around the reader's place
  // show the new languages at once and the rest follow in a deferred render (see `useTextBlocks`).
  const settledLanguages = useDeferredValue(languages);
  const settledKey = settledLanguages.join('|');
  // Rendered at once (in the frame of the click) for the rows in view; see `settledLanguages`.
  const changeTextMode = useCallback(
    (patch: Partial<ReaderState>) => update(patch, { replace: true, flushSync: true }),
    [update],
  );
  // The place is put back when the rows in view change, and again when the rest have followed (rows above it
  // that were near enough to be laid out have grown or shrunk).
  const { capture: capturePlace, place } = useKeepPlace(textRef, `${languagesKey}>${settledKey}`);
  // The same element while the mode stays: selecting a quote does not render the switch (or its wrapper) again.
  const modeSwitch = useMemo(
    () => (
      <TextModeSwitch
        originalLanguage={article.originalLanguage}
        languages={article.languages}
        mode={state.mode}
        translation={state.translation}
        onChange={changeTextMode}
      />
    ),
    [
      TextModeSwitch,
      article.originalLanguage,
      article.languages,
      state.mode,
      state.translation,
      changeTextMode,
    ],
  );
  const revision = `${languagesKey}|${settledKey}|${locale}`;
  const spansOf = useMemo(() => {
    const byId = new Map<string, SpansByLanguage>();
    for (const quote of article.quotes) byId.set(`quote:${quote.id}`, quote.spans);
    for (const event of article.events) byId.set(`event:${event.id}`, event.mentions);
    return (type: 'quote' | 'event', id: string | undefined) =>
      id === undefined ? undefined : paragraphIds(byId.get(`${type}:${id}`), languages);
  }, [article.quotes, article.events, languages]);
  useDomMarks(
    textRef,
    state.quote && `[data-quotes~="${state.quote}"]`,
    'is-selected',
    revision,
    spansOf('quote', state.quote),
  );
  useDomMarks(
    textRef,
    hovered && `[data-quotes~="${hovered}"]`,
    'is-counterpart',
    revision,
    spansOf('quote', hovered),
  );
  useDomMarks(textRef, state.speaker && `[data-speakers~="${state.speaker}"]`, 'is-match', revision);
  useDomMarks(
    textRef,
    state.event && `[data-event="${state.event}"]`,
    'is-selected-date',
    revision,
    spansOf('event', state.event),
  );

  // Anchors select in place (a plain click; modified clicks open the link as usual), and highlights that are not
  // anchors (the rest of a long or interrupted quote) select by click too.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const link = target.closest('a');
    if (link) {
      if (!link.dataset.anchor || !isPlainClick(event)) return;
      event.preventDefault();
      const selected = new URL(link.href).searchParams;
      update(
        { quote: selected.get('quote') ?? undefined, event: selected.get('event') ?? undefined },
        { flushSync: true },
      );
      return;
    }
    const segment = target.closest<HTMLElement>('[data-quote], [data-event]');
    if (!segment) return;
    if (segment.dataset.event && !segment.dataset.quote)
      update({ event: segment.dataset.event, quote: undefined }, { flushSync: true });
    else if (segment.dataset.quote)
      update({ quote: segment.dataset.quote, event: undefined }, { flushSync: true });
  };
  // Side by side, hovering or focusing a quote marks its counterpart in the other column.
  const onPointer = (event: MouseEvent<HTMLDivElement> | FocusEvent<HTMLDivElement>) => {
    const segment = (event.target as HTMLElement).closest<HTMLElement>('[data-quote]');
    setHovered(segment?.dataset.quote);
  };

  const missing = useCallback(
    (language: string) => t('missingTranslation', { language: names.of(language) ?? language }),
    [t, names],
  );
  const wording = useMemo(() => ({ labels, missing }), [labels, missing]);
  const paragraphs = useTextBlocks({ article, languages, settledLanguages, slots, wording, place });

  const titleLanguage = article.title[locale] !== undefined ? locale : article.originalLanguage;
  const parallel = languages.length > 1;
  // A machine translation on screen is said to be one, with its translator (on screen and in print).
  const machine = (language: string) => {
    const info = article.translations?.[language];
    return info?.method === 'machine'
      ? { language: names.of(language) ?? language, tool: info.tool ?? '?' }
      : undefined;
  };
  const machineShown = languages.flatMap((language) => machine(language) ?? []);

  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article__header">
        <h1 id="article-title" tabIndex={-1} className="article__title" lang={titleLanguage} dir="auto">
          {article.title[titleLanguage] ?? article.id}
        </h1>
        {/* Joined by a dot that is heard as it is seen, as the library's lines are: a visually hidden comma is out
            of the line's flow, and the line read "2025 , Source" (and "2025Source" with nothing between). */}
        <p className="article__meta">
          {t('published', { date: formatPublished(article.published, formats) })}
          {' · '}
          {t('source', { name: article.source.name })}
        </p>
        {headerExtra}
        {machineShown.map((shown) => (
          <p key={shown.language} className="article__machine-note">
            {t('machineNote', shown)}
          </p>
        ))}
      </header>
      {/* Outside the header so that it stays at hand (sticky) while reading: switching keeps the reader's place. */}
      <div className="text-mode-bar" onPointerDownCapture={capturePlace} onKeyDownCapture={capturePlace}>
        {modeSwitch}
        {textModeExtra}
      </div>
      <div
        ref={textRef}
        className={`reader-text${parallel ? ' reader-text--parallel' : ''}${state.speaker ? ' is-filtering' : ''}`}
        onClick={onClick}
        onMouseOver={parallel ? onPointer : undefined}
        onMouseLeave={parallel ? () => setHovered(undefined) : undefined}
        onFocus={parallel ? onPointer : undefined}
      >
        {parallel ? (
          <div className="reader-row reader-row--head" aria-hidden="true">
            {languages.map((language, i) => (
              <p key={language} className="reader-column-head">
                {t(
                  i === 0
                    ? 'column.original'
                    : machine(language)
                      ? 'column.machineTranslation'
                      : 'column.translation',
                  { language: names.of(language) ?? language },
                )}
              </p>
            ))}
          </div>
        ) : null}
        {paragraphs}
      </div>
    </article>
  );
}
