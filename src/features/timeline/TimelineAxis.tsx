import { useMemo, useRef } from 'react';
import type { ArticleEvent } from '../../core/article/schema';
import { layoutTimeline, type AxisMark } from '../../core/timeline/layout';
import type { TimelineEntry } from '../../core/timeline/order';
import { useWidth } from './use-width';

/** Pixel metrics of the drawing; positions along the axis are percentages from the core layout. */
const LANE = 18;
const FONT = 12;
const TOP = 4;
/** Roughly the advance of a digit or letter at {@link FONT}, generous so that estimated labels do not touch. */
const CHAR = FONT * 0.62;

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
 * ring when the editors added it), a bar over the month or year a coarse date covers, the publication as a
 * diamond, and year ticks. Hidden from assistive technology: the list next to it says everything it shows.
 */
export function TimelineAxis({ entries, selected, describe, publishedLabel, onChoose }: TimelineAxisProps) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame, 320);
  const layout = useMemo(
    () =>
      layoutTimeline(entries, {
        labelWidth: (entry) =>
          ((entry.kind === 'event' ? String(entry.number) : publishedLabel).length * CHAR + 8) / width,
        maxYearLabels: Math.max(2, Math.floor(width / 64)),
        gap: 6 / width,
      }),
    [entries, publishedLabel, width],
  );
  // The publication is drawn first, beneath the events of the same days, so that their marks stay clickable.
  const drawOrder = useMemo(
    () => [
      ...layout.marks.filter((m) => m.entry.kind === 'published'),
      ...layout.marks.filter((m) => m.entry.kind === 'event'),
    ],
    [layout],
  );
  const axisY = TOP + layout.lanes * LANE + 8;
  const height = axisY + 26;
  const baseline = (mark: AxisMark<ArticleEvent>) => TOP + (layout.lanes - mark.lane) * LANE - 5;

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
        {drawOrder.map((mark) => {
          const { entry } = mark;
          const y = baseline(mark);
          const label = (
            <text className="timeline-axis__label" x={percent(mark.at)} y={y} textAnchor={mark.anchor}>
              {entry.kind === 'event' ? entry.number : publishedLabel}
            </text>
          );
          const leader = (
            <line
              className="timeline-axis__leader"
              x1={percent(mark.at)}
              x2={percent(mark.at)}
              y1={y + 3}
              y2={axisY}
            />
          );
          if (entry.kind === 'published') {
            return (
              <g key="published" className="timeline-axis__published" data-timeline-mark="published">
                <title>{describe(entry)}</title>
                {leader}
                {label}
                <svg x={percent(mark.at)} y={axisY} overflow="visible">
                  <polygon points="0,-7 7,0 0,7 -7,0" />
                </svg>
              </g>
            );
          }
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
              {leader}
              {label}
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
      </svg>
    </div>
  );
}
