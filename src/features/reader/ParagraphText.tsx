import { memo } from 'react';
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

/** The classes that draw a segment: speaker colour slot, quote kind, nesting and date mentions. */
function segmentClass(segment: PlannedSegment, slots: ReadonlyMap<string, number>): string {
  const classes: string[] = [];
  const { quote, outerQuote, event } = segment;
  if (quote) {
    const slot = quote.speaker === null ? 'none' : String(slots.get(quote.speaker) ?? 'none');
    classes.push('hl', `hl--${quote.kind}`, `sc-${slot}`);
    if (quote.needsReview) classes.push('hl--review');
  }
  if (outerQuote) {
    const slot = outerQuote.speaker === null ? 'none' : String(slots.get(outerQuote.speaker) ?? 'none');
    classes.push('hl--nested', `oc-${slot}`);
  }
  if (event) classes.push('date-mention');
  return classes.join(' ');
}

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
  return segments.map((segment) => {
    if (!segment.quote && !segment.event) return segment.text;
    const className = segmentClass(segment, slots);
    const anchor = segment.anchor;
    if (anchor) {
      const label = anchor.type === 'quote' ? labels.quote(anchor.quote) : labels.event(anchor.event);
      return (
        <a
          key={segment.start}
          href={labels.href(anchor)}
          className={`${className} mark-anchor`}
          {...dataAttributes(segment)}
          data-anchor={anchor.type === 'quote' ? anchor.quote.id : anchor.event.id}
          aria-label={`${label}: ${segment.text}`}
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
  });
});
