import { Fragment, memo, type ComponentProps } from 'react';
import type { Mark } from '../../core/article/highlights';
import type { PlannedSegment } from '../../core/article/render-plan';
import type { ArticleEvent, Quote } from '../../core/article/schema';
import { useFormatLocale } from '../../ui/use-format-locale';

export interface MarkLabels {
  quote: (quote: Quote) => string;
  /** A date mention's name, a date in it formatted in `formats` (the format locale, see {@link EventAnchor}). */
  event: (event: ArticleEvent, formats: string) => string;
  /** The interface language, whose regional variant the date mentions' names take (`useFormatLocale`). */
  language: string;
  /**
   * The URL (search part) that selects a mark. The anchors are plain links (a router `Link` per highlight costs
   * thousands of components on a long article); the page selects on click without reloading.
   */
  href: (mark: Mark) => string;
}

/** A quote's colour slot, or `none` for an unattributed quote (or a speaker beyond the article's list). */
function slotOf(quote: Quote, slots: ReadonlyMap<string, number>): string {
  return quote.speaker === null ? 'none' : String(slots.get(quote.speaker) ?? 'none');
}

/** The classes that draw a segment: speaker colour slot, quote kind, nesting and date mentions. */
function segmentClass(segment: PlannedSegment, slots: ReadonlyMap<string, number>): string {
  const classes: string[] = [];
  const { quote, outerQuote, event } = segment;
  if (quote) {
    classes.push('hl', `hl--${quote.kind}`, `sc-${slotOf(quote, slots)}`);
    if (quote.needsReview) classes.push('hl--review');
  }
  if (outerQuote) {
    classes.push('hl--nested', `oc-${slotOf(outerQuote, slots)}`);
  }
  if (event) classes.push('date-mention');
  return classes.join(' ');
}

/** The classes of a textless extra anchor: the colour of its quote, or of a date mention. */
function extraAnchorClass(mark: Mark, slots: ReadonlyMap<string, number>): string {
  if (mark.type === 'event') return 'mark-anchor mark-anchor--extra date-mention';
  return `mark-anchor mark-anchor--extra hl hl--${mark.quote.kind} sc-${slotOf(mark.quote, slots)}`;
}

const markId = (mark: Mark) => (mark.type === 'quote' ? mark.quote.id : mark.event.id);

/** What the page looks up to mark a selected quote, its counterpart, or a speaker's quotes, without re-rendering. */
function dataAttributes(segment: PlannedSegment) {
  return {
    'data-quote': segment.quote?.id,
    'data-quotes': segment.quoteIds.length > 0 ? segment.quoteIds.join(' ') : undefined,
    'data-speakers': segment.speakerIds.length > 0 ? segment.speakerIds.join(' ') : undefined,
    'data-event': segment.event?.id,
  };
}

/**
 * What a mark's link holds, so that a screen reader speaks each part of its name in its own language: the name
 * (`data-name`, "Direct quote by Anna Berger: ") in the interface's language, as the link's `lang`, then the mark's
 * words in the text's. An `aria-label` would be spoken whole in the language of the link, the text's around it.
 * The name and any words drawn outside the link (`around`: a date inside the quote cuts it; an extra anchor draws
 * none) are CSS generated content's alternative text (reader.css): heard, not seen, and not part of the
 * paragraph's text, so selection offsets, copying and finding in the page see the article's words alone.
 */
function markLink(
  name: string,
  words: string,
  around: { before: string; after: string } | undefined,
  languages: { text: string; interface: string },
) {
  const other = languages.text !== languages.interface;
  // A marker link draws no words: named by `aria-label`, which checkers and every browser read (generated content's
  // alternative text alone would leave the link nameless to axe), in the interface's language as a whole.
  if (words === '')
    return {
      lang: other ? languages.interface : undefined,
      'aria-label': `${name}: ${around?.before ?? ''}${around?.after ?? ''}`,
    };
  const inner =
    other || around ? (
      <span
        lang={other ? languages.text : undefined}
        data-before={around?.before || undefined}
        data-after={around?.after || undefined}
      >
        {words}
      </span>
    ) : (
      words
    );
  return { lang: other ? languages.interface : undefined, 'data-name': `${name}: `, children: inner };
}

/**
 * The link of a date mention, named with its date in the reader's regional format as the timeline shows it ("6
 * December 2026" for a British reader). The format locale is read here, not by the paragraph: it changes once the
 * app has taken over a prerendered page (`FormatLocaleContext`), and then these few links render again, not every
 * paragraph with its thousands of highlights.
 */
function EventAnchor({
  event,
  words,
  around,
  language,
  labels,
  ...link
}: {
  event: ArticleEvent;
  words: string;
  around: { before: string; after: string } | undefined;
  language: string;
  labels: MarkLabels;
} & ComponentProps<'a'>) {
  const formats = useFormatLocale(labels.language);
  const name = labels.event(event, formats);
  return <a {...link} {...markLink(name, words, around, { text: language, interface: labels.language })} />;
}

/** One paragraph's text with its highlights, as flat inline elements; anchors are links that select a mark. */
export const ParagraphText = memo(function ParagraphText({
  segments,
  language,
  slots,
  labels,
}: {
  segments: readonly PlannedSegment[];
  /** The text's language (the paragraph's `lang`). */
  language: string;
  slots: ReadonlyMap<string, number>;
  labels: MarkLabels;
}) {
  const languages = { text: language, interface: labels.language };
  const drawSegment = (segment: PlannedSegment) => {
    if (!segment.quote && !segment.event) return segment.text;
    const className = segmentClass(segment, slots);
    const anchor = segment.anchor;
    if (anchor) {
      const link = {
        href: labels.href(anchor),
        className: `${className} mark-anchor`,
        ...dataAttributes(segment),
        'data-anchor': markId(anchor),
      };
      const around = segment.anchorAround;
      return anchor.type === 'quote' ? (
        <a
          key={segment.start}
          {...link}
          {...markLink(labels.quote(anchor.quote), segment.text, around, languages)}
        />
      ) : (
        <EventAnchor
          key={segment.start}
          {...link}
          event={anchor.event}
          words={segment.text}
          around={around}
          language={language}
          labels={labels}
        />
      );
    }
    return (
      <span key={segment.start} className={className} {...dataAttributes(segment)}>
        {segment.text}
      </span>
    );
  };
  // A fragment only where a segment has extra anchors: a long text has thousands of segments, and every fiber is
  // made when the text is rendered (and looked through by React whenever a context above the text changes).
  return segments.map((segment) =>
    !segment.extraAnchors ? (
      drawSegment(segment)
    ) : (
      <Fragment key={segment.start}>
        {drawSegment(segment)}
        {segment.extraAnchors.map((mark) => {
          const link = {
            href: labels.href(mark),
            className: extraAnchorClass(mark, slots),
            'data-anchor': markId(mark),
          };
          // It draws no words: all of them are heard before its marker.
          const around = { before: mark.text, after: '' };
          return mark.type === 'quote' ? (
            <a key={markId(mark)} {...link} {...markLink(labels.quote(mark.quote), '', around, languages)} />
          ) : (
            <EventAnchor
              key={markId(mark)}
              {...link}
              event={mark.event}
              words=""
              around={around}
              language={language}
              labels={labels}
            />
          );
        })}
      </Fragment>
    ),
  );
});
