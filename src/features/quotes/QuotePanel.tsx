import './quotes.css';
import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../core/article/schema';
import { neighbours, quotesInReadingOrder } from '../../core/quotes/reading-order';
import type { ReaderState, UnknownInState } from '../../core/reader/url-state';
import { speakerName } from '../../core/speakers/names';
import { quoteAnchor, revealInText, revealWhenSettled, watchInView } from '../../ui/quote-dom';
import type { UpdateReaderState } from '../../ui/use-reader-state';
import { useShortcuts } from '../../ui/use-shortcut';
import { QuoteDetails } from './QuoteDetails';
import { UnknownInLinkNotice } from './UnknownInLinkNotice';
import { useFormatLocale } from '../../ui/use-format-locale';
import { useNumberFormat } from '../../ui/use-number-format';

export interface QuotePanelProps {
  article: Article;
  state: ReaderState;
  unknown: UnknownInState;
  update: UpdateReaderState;
  hrefWith: (patch: Partial<ReaderState>) => string;
  /** Extra tools for the shown quote, e.g. corrections when the article is editable. */
  renderTools?: (quoteId: string) => ReactNode;
}

/** The top of the panel when it is a bottom sheet (fixed over the text), else `undefined`. */
function sheetTop(panel: HTMLElement | null): number | undefined {
  if (!panel || getComputedStyle(panel).position !== 'fixed') return undefined;
  return panel.getBoundingClientRect().top;
}

/**
 * The selected quote (`?quote=`) in detail, beside the text on wide screens and as a bottom sheet on phones.
 * Non-modal: the text stays usable and focus is never trapped. Keys (see `ui/keyboard.ts`): J or N next quote,
 * K or P previous, Escape closes and returns the focus to the quote's highlight.
 */
export function QuotePanel({ article, state, unknown, update, hrefWith, renderTools }: QuotePanelProps) {
  const { t, i18n } = useTranslation('quotes');
  const locale = i18n.resolvedLanguage ?? 'en';
  const order = useMemo(() => quotesInReadingOrder(article), [article]);
  const quote = state.quote === undefined ? undefined : order.find((q) => q.id === state.quote);
  const { previous, next, position } = quote ? neighbours(order, quote.id) : { position: -1 };
  const others = useMemo(
    () => (quote?.speaker ? order.filter((q) => q.speaker === quote.speaker && q.id !== quote.id) : []),
    [order, quote],
  );

  const formats = useFormatLocale(locale);
  const numbers = useNumberFormat(formats);

  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The quote shown when the page opened (a reload or a shared link) is scrolled to but does not take the
  // focus; a quote chosen afterwards (click, Enter, next/previous) moves the focus to the panel's heading.
  const shown = useRef<string | undefined>(undefined);
  const opened = useRef(false);

  useEffect(() => {
    const id = quote?.id;
    if (id === undefined) {
      shown.current = undefined;
      opened.current = true;
      return;
    }
    if (shown.current === id) return;
    const initial = !opened.current;
    shown.current = id;
    opened.current = true;
    // Keep the focus where it is when the change came from inside the panel (its buttons), so that "Next" can be
    // pressed again; the live position line announces the new quote.
    // The highlight that was clicked or had the focus (Enter) is the one the person looks at.
    const prefer = document.activeElement;
    const focusInPanel = panelRef.current?.contains(prefer) ?? false;
    if (!initial && !focusInPanel) headingRef.current?.focus({ preventScroll: true });
    return revealInText(id, { force: initial, visibleBottom: () => sheetTop(panelRef.current), prefer });
  }, [quote?.id]);

  // A change of text mode or translation lays the text out anew: a quote that could be seen stays in view (one the
  // person has scrolled away from stays where it is: the reader keeps their place instead).
  const watch = useRef<ReturnType<typeof watchInView>>(undefined);
  useEffect(() => {
    if (quote?.id === undefined) return;
    const watching = watchInView(quote.id, () => sheetTop(panelRef.current));
    watch.current = watching;
    return watching.stop;
  }, [quote?.id]);
  const layout = `${state.mode}|${state.translation ?? ''}`;
  const shownLayout = useRef(layout);
  useEffect(() => {
    if (shownLayout.current === layout) return;
    shownLayout.current = layout;
    const watching = watch.current;
    if (quote?.id === undefined || !watching) return;
    const wasInView = watching.inView();
    watching.refresh();
    if (!wasInView) return;
    return revealWhenSettled(quote.id, () => sheetTop(panelRef.current));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new layout reveals; a new quote does so above
  }, [layout]);

  // The quote the keys step from: set at once on selection, so that keys pressed faster than the URL updates
  // still step one quote each.
  const current = useRef(quote?.id);
  useEffect(() => {
    current.current = quote?.id;
  }, [quote?.id]);
  // Rendered at once, like a click in the text: as a transition (the router's default) the panel would show the
  // new quote only after the browser has painted a frame or more without it.
  const select = (id: string) => {
    current.current = id;
    update({ quote: id, event: undefined }, { flushSync: true });
  };
  const step = (direction: 'previous' | 'next') => {
    const from = current.current;
    const target =
      from === undefined ? (direction === 'next' ? order[0] : undefined) : neighbours(order, from)[direction];
    if (!target) return false;
    select(target.id);
    return undefined;
  };
  const close = () => {
    if (!quote) return;
    // The latest selection: keys can select faster than the router renders (navigations are transitions).
    const id = current.current ?? quote.id;
    update({ quote: undefined });
    // After React has removed the panel, put the focus back where the person left the text.
    focusAfterPanel(id);
  };
  useShortcuts({
    nextQuote: () => step('next'),
    previousQuote: () => step('previous'),
    closeQuote: () => {
      if (!quote) return false;
      close();
      return undefined;
    },
  });

  if (!quote) {
    if (unknown.quote === undefined && unknown.speaker === undefined && unknown.event === undefined)
      return null;
    return (
      <UnknownInLinkNotice
        unknown={unknown}
        onDismiss={() => {
          update({ quote: undefined, speaker: undefined, event: undefined }, { replace: true });
          // The notice goes, and the focus with it: on to the content, as after closing a quote.
          focusAfterPanel(undefined);
        }}
      />
    );
  }

  const speaker = quote.speaker === null ? undefined : article.speakers.find((s) => s.id === quote.speaker);
  const shownName = speaker ? speakerName(speaker, locale) : t('panel.unattributed');
  const shownPosition = t('panel.position', {
    position: numbers.format(position + 1),
    total: numbers.format(order.length),
  });
  return (
    <section ref={panelRef} className="quote-panel" aria-label={t('panel.label')}>
      <div className="quote-panel__bar">
        {/* Heard as one line, "Quote 3 of 20: Direct quote, Name": a visually hidden part after the shown one is out
            of the line's flow, and the accessibility tree broke the line before it ("Quote 3 of 20 : …"), so the
            shown part is hidden from it and the hidden part says the whole. */}
        <p className="quote-panel__position" aria-live="polite" aria-atomic="true">
          <span aria-hidden="true">{shownPosition}</span>
          <span className="visually-hidden">
            {t('panel.announce', {
              position: shownPosition,
              kind: t(`kind.${quote.kind}.name`),
              speaker: shownName,
            })}
          </span>
        </p>
        <button type="button" className="button quote-panel__close" onClick={close}>
          <span aria-hidden="true">×</span> {t('panel.close')}
        </button>
        <div className="quote-panel__nav">
          <button
            type="button"
            className="button"
            disabled={!previous}
            onClick={() => previous && select(previous.id)}
          >
            <span aria-hidden="true">↑</span> {t('panel.previous')}
          </button>
          <button type="button" className="button" disabled={!next} onClick={() => next && select(next.id)}>
            <span aria-hidden="true">↓</span> {t('panel.next')}
          </button>
        </div>
      </div>
      <div className="quote-panel__body">
        {unknown.speaker !== undefined || unknown.event !== undefined ? (
          <UnknownInLinkNotice
            inPanel
            unknown={{ speaker: unknown.speaker, event: unknown.event }}
            onDismiss={() => {
              update({ speaker: undefined, event: undefined }, { replace: true });
              // The notice goes; the focus stays in the panel, on the quote.
              headingRef.current?.focus();
            }}
          />
        ) : null}
        <QuoteDetails
          article={article}
          quote={quote}
          others={others}
          hrefWith={hrefWith}
          onSelect={select}
          headingRef={headingRef}
        />
        {renderTools?.(quote.id)}
        <p className="quote-panel__keys">{t('panel.keysHint')}</p>
      </div>
    </section>
  );
}

/**
 * Once React has removed the panel (or the notice of what a link names that the article lacks), the focus goes to
 * the highlight of quote `id`, where the person left the text, or else to the main content.
 */
function focusAfterPanel(id: string | undefined): void {
  requestAnimationFrame(() =>
    ((id === undefined ? undefined : quoteAnchor(id)) ?? document.getElementById('main'))?.focus(),
  );
}
