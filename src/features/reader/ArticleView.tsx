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
import { alignParagraphs, type AlignedRow } from '../../core/article/alignment';
import type { Mark } from '../../core/article/highlights';
import { planArticle, type ArticlePlan } from '../../core/article/render-plan';
import type { Article, Quote, SpansByLanguage } from '../../core/article/schema';
import { formatPartialDateFor, formatPublished } from '../../core/dates/format';
import { readerStateChanges, shownLanguages, type ReaderState } from '../../core/reader/url-state';
import { speakerSlots } from '../../core/speakers/colours';
import { speakerName } from '../../core/speakers/names';
import { ParagraphText, type MarkLabels } from './ParagraphText';
import type { TextModeSwitchProps } from './TextModeSwitch';
import { FIRST_PARAGRAPH_TIMING } from '../../ui/element-timing';
import { isPlainClick } from '../../ui/plain-click';
import type { UpdateReaderState } from '../../ui/use-reader-state';
import { useDomMarks } from './use-dom-marks';
import { useKeepPlace } from './use-keep-place';

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
 * How many rows the text groups in a block that the browser skips while it is out of view (`content-visibility`
 * in reader.css). One block per row made the browser track every row of a long text (400) on every frame that
 * changed anything, a tenth of a quote click's main-thread time; larger blocks make a change inside one (a quote's
 * highlights marked) paint more rows again.
 */
const ROWS_PER_BLOCK = 8;

/**
 * How many blocks from the reader's place on (its own and those after it) a change of text mode renders at once;
 * the others follow in a deferred render. Three blocks of eight rows fill a tall screen even where the rows are
 * short; the rows above the place are out of view.
 */
const BLOCKS_AT_ONCE = 3;

/** Whether two row lists have the same paragraphs in the same order (so their blocks can be mixed one for one). */
function sameRows(a: readonly AlignedRow[], b: readonly AlignedRow[]): boolean {
  return a.length === b.length && a.every((row, i) => row.paragraph === b[i]?.paragraph);
}

/** `items` in consecutive groups of `size` (the last one shorter if need be). */
function inBlocks<T>(items: readonly T[], size: number): T[][] {
  const blocks: T[][] = [];
  for (let start = 0; start < items.length; start += size) blocks.push(items.slice(start, start + size));
  return blocks;
}

const planCache = new WeakMap<Article, Map<string, ArticlePlan>>();

/**
 * The render plan of `article` in `language`, computed once per article object: switching the text mode back and
 * forth reuses it, and the column that stays keeps its segments, so its paragraphs are not rendered again.
 */
function planFor(article: Article, language: string): ArticlePlan {
  let byLanguage = planCache.get(article);
  if (!byLanguage) planCache.set(article, (byLanguage = new Map<string, ArticlePlan>()));
  let plan = byLanguage.get(language);
  if (!plan) byLanguage.set(language, (plan = planArticle(article, language)));
  return plan;
}

/**
 * An article's header and text: the original, a translation, or both side by side with paragraphs aligned row by
 * row. Every quote is highlighted in its speaker's colour; selecting one (click, Enter) puts it in the URL.
 */
export function ArticleView({ article, state, update, headerExtra, TextModeSwitch }: ArticleViewProps) {
  const { t, i18n } = useTranslation('reader');
  const locale = i18n.resolvedLanguage ?? 'en';
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
      event: (event) =>
        t('eventMention', { label: event.label[locale] ?? formatPartialDateFor(event.date, locale) }),
      href: markHref,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `quotes` is what the cached labels describe
  }, [t, speakerNames, locale, quotes]);

  // The languages every row has been rendered in. When the text mode changes, the rows around the reader's place
  // are rendered in the new languages at once and the rest in a deferred render after the paint (interruptible, in
  // the background): on a long article, creating the other column's thousands of highlights made the switch take
  // ~100 ms before anything changed on screen.
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

  // The text does not depend on the selection or the speaker filter (those are marked in the DOM), so changing
  // them re-renders only the page around it. Blocks are made once per set of languages (and per labels, plans…):
  // the cache lives as long as this memo and only ever holds what the same inputs give, so writing to it during a
  // render is safe, and the blocks of the languages before a change keep their identity (React skips them).
  // eslint-disable-next-line react-hooks/immutability -- see above
  const blocksFor = useMemo(() => {
    const cache = new Map<string, { rows: AlignedRow[]; blocks: ReactNode[] }>();
    return (shown: readonly string[]) => {
      const key = shown.join('|');
      let made = cache.get(key);
      if (!made) {
        const rows = alignParagraphs(article, shown);
        const blocks = inBlocks(rows, ROWS_PER_BLOCK).map((block, blockIndex) => (
          <div key={block[0]?.paragraph ?? blockIndex} className="reader-block">
            {block.map((row, indexInBlock) => {
              const rowIndex = blockIndex * ROWS_PER_BLOCK + indexInBlock;
              return (
                <div key={row.paragraph} className="reader-row" data-row={row.paragraph}>
                  {row.cells.map((text, i) => {
                    const language = shown[i] ?? article.originalLanguage;
                    const segments = planFor(article, language).get(row.paragraph);
                    if (text === undefined || !segments) {
                      return (
                        <p key={language} className="paragraph paragraph--missing">
                          {t('missingTranslation', { language: names.of(language) ?? language })}
                        </p>
                      );
                    }
                    return (
                      <p
                        key={language}
                        lang={language}
                        dir="auto"
                        className="paragraph"
                        id={`${language}-${row.paragraph}`}
                        // Element Timing: when the article's first words are painted (measured by `npm run bench`).
                        elementtiming={rowIndex === 0 && i === 0 ? FIRST_PARAGRAPH_TIMING : undefined}
                      >
                        <ParagraphText segments={segments} slots={slots} labels={labels} />
                      </p>
                    );
                  })}
                </div>
              );
            })}
          </div>
        ));
        made = { rows, blocks };
        cache.set(key, made);
      }
      return made;
    };
  }, [article, slots, labels, t, names]);

  const current = blocksFor(languages);
  const settled = blocksFor(settledLanguages);
  let paragraphs = current.blocks;
  if (settled !== current && sameRows(settled.rows, current.rows)) {
    const at = current.rows.findIndex((row) => row.paragraph === place());
    const first = Math.floor(Math.max(at, 0) / ROWS_PER_BLOCK);
    paragraphs = current.blocks.map((block, i) =>
      i >= first && i < first + BLOCKS_AT_ONCE ? block : settled.blocks[i],
    );
  }

  const titleLanguage = article.title[locale] !== undefined ? locale : article.originalLanguage;
  const parallel = languages.length > 1;

  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article__header">
        <h1 id="article-title" className="article__title" lang={titleLanguage} dir="auto">
          {article.title[titleLanguage] ?? article.id}
        </h1>
        <p className="article__meta">
          <span>{t('published', { date: formatPublished(article.published, locale) })}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('source', { name: article.source.name })}</span>
        </p>
        {headerExtra}
      </header>
      {/* Outside the header so that it stays at hand (sticky) while reading: switching keeps the reader's place. */}
      <div className="text-mode-bar" onPointerDownCapture={capturePlace} onKeyDownCapture={capturePlace}>
        {modeSwitch}
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
                {t(i === 0 ? 'column.original' : 'column.translation', {
                  language: names.of(language) ?? language,
                })}
              </p>
            ))}
          </div>
        ) : null}
        {paragraphs}
      </div>
    </article>
  );
}
