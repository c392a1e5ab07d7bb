import { Fragment, memo } from 'react';
import type { Mark } from '../../core/article/highlights';
import type { PlannedSegment } from '../../core/article/render-plan';
import type { ArticleEvent, Quote } from '../../core/article/schema';

export interface MarkLabels {
  quote: (quote: Quote) => string;
  event: (event: ArticleEvent) => string;
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

/** One paragraph's text with its highlights, as flat inline elements; anchors are links that select a mark. */
export const ParagraphText = memo(function ParagraphText({
  segments,
  slots,
  labels,
}: {
  segments: readonly PlannedSegment[];
  slots: ReadonlyMap<string, number>;
  labels: MarkLabels;
}) {
  const labelOf = (mark: Mark) =>
    mark.type === 'quote' ? labels.quote(mark.quote) : labels.event(mark.event);
  const drawSegment = (segment: PlannedSegment) => {
    if (!segment.quote && !segment.event) return segment.text;
    const className = segmentClass(segment, slots);
    const anchor = segment.anchor;
    if (anchor) {
      return (
        <a
          key={segment.start}
          href={labels.href(anchor)}
          className={`${className} mark-anchor`}
          {...dataAttributes(segment)}
          data-anchor={markId(anchor)}
          aria-label={`${labelOf(anchor)}: ${anchor.text}`}
        >
          {segment.text}
        </a>
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
        {segment.extraAnchors.map((mark) => (
          <a
            key={markId(mark)}
            href={labels.href(mark)}
            className={extraAnchorClass(mark, slots)}
            data-anchor={markId(mark)}
            aria-label={`${labelOf(mark)}: ${mark.text}`}
          />
        ))}
      </Fragment>
    ),
  );
});
