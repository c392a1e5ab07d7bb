import { useMemo, useRef } from 'react';
import type { ArticleEvent } from '../../core/article/schema';
import { layoutTimeline } from '../../core/timeline/layout';
import type { TimelineEntry } from '../../core/timeline/order';
import { useWidth } from './use-width';

/** Pixel metrics of the drawing; positions along the axis are percentages from the core layout. */
const LANE = 18;
const FONT = 12;
const TOP = 4;
/** Roughly the advance of a digit or letter at {@link FONT}, generous so that estimated labels do not touch. */
const CHAR = FONT * 0.62;
/** Room between labels, and between a label and a leader passing it. */
const GAP = 6;
/** Marks closer than this share a label: two one-digit labels side by side need about this much. */
const MERGE = 16;
/** More lanes would make the axis taller than the list it summarises begins to be useful. */
const MAX_LANES = 3;
/** The row of the publication's label, below the year labels. */
const PUBLISHED_ROW = 40;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

export interface TimelineAxisProps {
  entries: readonly TimelineEntry<ArticleEvent>[];
  selected: string | undefined;
  /** What a pointer shows on hovering a mark (the list carries the same for everyone). */
  describe: (entry: TimelineEntry<ArticleEvent>) => string;
  publishedLabel: string;
  onChoose: (eventId: string) => void;
}

/**
 * The events on an axis proportional to time: a mark per event (filled when the text states the date, a dashed
 * ring when the editors added it), a bar over the month or year a coarse date covers, year ticks, and the
 * publication as a diamond drawn over the marks (an outline, so that an event of the same day shows through it)
 * with its label in a row of its own below the axis. Event labels never overlap: close events share one, and one
 * that finds no room is left out (`core/timeline/labels.ts`). Hidden from assistive technology: the list next to
 * it says everything it shows.
 */
export function TimelineAxis({ entries, selected, describe, publishedLabel, onChoose }: TimelineAxisProps) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame, 320);
  const layout = useMemo(
    () =>
      layoutTimeline(entries, {
        labelWidth: (text) => (text.length * CHAR + 8) / width,
        publishedLabel,
        maxYearLabels: Math.max(2, Math.floor(width / 64)),
        gap: GAP / width,
        mergeWithin: MERGE / width,
        maxLanes: MAX_LANES,
      }),
    [entries, publishedLabel, width],
  );
  const axisY = TOP + layout.lanes * LANE + 8;
  const height = axisY + (layout.published ? PUBLISHED_ROW + 6 : 26);
  const { published } = layout;

  return (
    <div ref={frame} className="timeline-axis" aria-hidden="true">
      <svg className="timeline-axis__svg" width="100%" height={height} focusable="false">
        <line className="timeline-axis__line" x1="0" x2="100%" y1={axisY} y2={axisY} />
        {layout.ticks.map((tick) => (
          <g key={tick.year} className="timeline-axis__tick">
            <line
              x1={percent(tick.at)}
              x2={percent(tick.at)}
              y1={axisY}
              y2={axisY + (tick.labelled ? 6 : 3)}
            />
            {tick.labelled ? (
              <text
                x={percent(tick.at)}
                y={axisY + 20}
                textAnchor={tick.at < 0.05 ? 'start' : tick.at > 0.95 ? 'end' : 'middle'}
              >
                {tick.year}
              </text>
            ) : null}
          </g>
        ))}
        {layout.labels.map((label) => {
          const y = TOP + (layout.lanes - label.lane) * LANE - 5;
          const [only] = label.events.length === 1 ? label.events : [];
          const chosen = label.events.some((named) => named.event.id === selected);
          return (
            <g
              key={label.text}
              className={`timeline-axis__labelled${chosen ? ' is-selected' : ''}`}
              onClick={only ? () => onChoose(only.event.id) : undefined}
            >
              <line
                className="timeline-axis__leader"
                x1={percent(label.at)}
                x2={percent(label.at)}
                y1={y + 3}
                y2={axisY}
              />
              <text className="timeline-axis__label" x={percent(label.at)} y={y} textAnchor={label.anchor}>
                {label.text}
              </text>
            </g>
          );
        })}
        {layout.marks.map((mark) => {
          const { entry } = mark;
          if (entry.kind === 'published') return null;
          const { event } = entry;
          const classes = [
            'timeline-axis__event',
            event.dateSource === 'editorial' ? 'timeline-axis__event--editorial' : '',
            event.id === selected ? 'is-selected' : '',
          ];
          return (
            <g key={event.id} className={classes.join(' ')} onClick={() => onChoose(event.id)}>
              <title>{describe(entry)}</title>
              {mark.endsAt - mark.startsAt > 0.004 ? (
                <rect
                  className="timeline-axis__range"
                  x={percent(mark.startsAt)}
                  width={percent(mark.endsAt - mark.startsAt)}
                  y={axisY - 3}
                  height={6}
                  rx={2}
                />
              ) : null}
              <circle
                className="timeline-axis__dot"
                data-timeline-mark={event.id}
                cx={percent(mark.at)}
                cy={axisY}
                r={event.id === selected ? 7 : 5}
              />
            </g>
          );
        })}
        {published ? (
          // Last, so that it is drawn over every event mark; it lets clicks through to them.
          <g className="timeline-axis__published" data-timeline-mark="published">
            <title>{describe(published.entry)}</title>
            <svg x={percent(published.at)} y={axisY} overflow="visible">
              <polygon points="0,-10 10,0 0,10 -10,0" />
            </svg>
            <text
              className="timeline-axis__label"
              x={percent(published.at)}
              y={axisY + PUBLISHED_ROW}
              textAnchor={published.anchor}
            >
              {publishedLabel}
            </text>
          </g>
        ) : null}
      </svg>
    </div>
  );
}
