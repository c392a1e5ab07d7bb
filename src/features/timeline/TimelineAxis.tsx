import { Fragment, useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { ArticleEvent } from '../../core/article/schema';
import { layoutTimeline } from '../../core/timeline/layout';
import type { TimelineEntry } from '../../core/timeline/order';
import { labelSpan } from '../../core/timeline/labels';
import { stackHeight, stackMarks } from '../../core/timeline/stacks';
import { useMeasure, type Measure } from './use-measure';

/**
 * Pixel metrics of the drawing at the labels' font size {@link FONT} (0.75rem of a 16 px root, timeline.css); those
 * of the text (label sizes, lanes, rows) grow with the reader's text size, those of the marks stay. Positions along
 * the axis are percentages from the core layout.
 */
const FONT = 12;
const LANE = 18;
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
/** Below the axis: the year labels' baseline, and the room they take when there is no publication row. */
const YEAR_ROW = 20;
const YEAR_ROOM = 26;
/** Room along the axis a year label takes at most, with the gap to the next one. */
const YEAR_APART = 64;
/** The frame before it is measured (and on the server). */
const UNMEASURED: Measure = { width: 320, fontSize: FONT };
/** Dots closer than this (a dot's width and a pixel) would cover each other: they are stacked in a column. */
const DOT_APART = 11;
/** At most this many dots in a column (the top one stands for the rest), each this far above the one below. */
const MAX_STACK = 3;
const STACK_STEP = 10;
/** The top dot of a full column is lifted this much more, so that its ring clears the dot below. */
const MORE_LIFT = 3;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

export interface TimelineAxisProps {
  entries: readonly TimelineEntry<ArticleEvent>[];
  selected: string | undefined;
  /**
   * What a pointer shows on hovering a mark (the list carries the same for everyone): text, with the words of
   * another language than the interface's in an element marked with their `lang`.
   */
  describe: (entry: TimelineEntry<ArticleEvent>) => ReactNode;
  publishedLabel: string;
  /** What a pointer shows on hovering the top dot of a full column, which stands for `count` events. */
  describeMore: (count: number) => string;
  onChoose: (eventId: string) => void;
}

/**
 * The events on an axis proportional to time: a mark per event (filled when the text states the date, a dashed
 * ring when the editors added it), a bar over the month or year a coarse date covers, year ticks, and the
 * publication as a diamond drawn over the marks (an outline, so that an event of the same day shows through it)
 * with its label in a row of its own below the axis. Event labels never overlap: close events share one, and one
 * that finds no room is left out (`core/timeline/labels.ts`). Events on the same spot (the same day) have their
 * dots stacked in a column, so that each can be seen and clicked; in a column too full, the top dot stands for the
 * rest, says so on hover, and each click on it chooses the next of them (`core/timeline/stacks.ts`). Hidden from
 * assistive technology: the list next to it says everything it shows.
 */
export function TimelineAxis({
  entries,
  selected,
  describe,
  publishedLabel,
  describeMore,
  onChoose,
}: TimelineAxisProps) {
  const frame = useRef<HTMLDivElement>(null);
  const { width, fontSize } = useMeasure(frame, UNMEASURED);
  // The text's metrics in pixels at the reader's text size.
  const text = fontSize / FONT;
  const labelWidth = useCallback(
    (label: string) => (label.length * CHAR + 8) * (text / width),
    [text, width],
  );
  const layout = useMemo(
    () =>
      layoutTimeline(entries, {
        labelWidth,
        publishedLabel,
        maxYearLabels: Math.max(2, Math.floor(width / (YEAR_APART * text))),
        gap: (GAP * text) / width,
        mergeWithin: (MERGE * text) / width,
        maxLanes: MAX_LANES,
      }),
    [entries, publishedLabel, width, text, labelWidth],
  );
  const events = useMemo(
    () =>
      layout.marks.flatMap((mark) => {
        const { entry } = mark;
        return entry.kind === 'event' ? [{ ...mark, entry }] : [];
      }),
    [layout],
  );
  const dots = useMemo(
    () =>
      stackMarks(
        events.map((mark) => mark.at),
        DOT_APART / width,
        MAX_STACK,
      ),
    [events, width],
  );
  const holds = (dot: (typeof dots)[number]) =>
    dot.marks.some((index) => events[index]?.entry.event.id === selected);
  const full = dots.some((dot) => dot.marks.length > 1);
  const axisY =
    TOP + layout.lanes * LANE * text + 8 + (stackHeight(dots) - 1) * STACK_STEP + (full ? MORE_LIFT : 0);
  const height = axisY + (layout.published ? (PUBLISHED_ROW + 6) * text : YEAR_ROOM * text);
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
                y={axisY + YEAR_ROW * text}
                textAnchor={labelSpan(tick.at, labelWidth(String(tick.year))).anchor}
              >
                {tick.year}
              </text>
            ) : null}
          </g>
        ))}
        {layout.labels.map((label) => {
          const y = TOP + ((layout.lanes - label.lane) * LANE - 5) * text;
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
        {events.map((mark) =>
          // The time a coarse date covers, under the dots; a click on it chooses its event too.
          mark.endsAt - mark.startsAt > 0.004 ? (
            <rect
              key={mark.entry.event.id}
              className="timeline-axis__range"
              x={percent(mark.startsAt)}
              width={percent(mark.endsAt - mark.startsAt)}
              y={axisY - 3}
              height={6}
              rx={2}
              onClick={() => onChoose(mark.entry.event.id)}
            />
          ) : null,
        )}
        {/* The chosen dot last, so that in a column it is drawn over its neighbours. */}
        {[...dots]
          .sort((a, b) => Number(holds(a)) - Number(holds(b)))
          .map((dot) => {
            const named = dot.marks.flatMap((index) => events[index]?.entry ?? []);
            const [first] = named;
            if (!first) return null;
            const chosen = named.findIndex((entry) => entry.event.id === selected);
            const stacked = dot.level > 0 || dots.some((other) => other !== dot && other.at === dot.at);
            const radius = (stacked ? 4 : 5) + (chosen >= 0 ? (stacked ? 1 : 2) : 0);
            const classes = [
              'timeline-axis__event',
              first.event.dateSource === 'editorial' && named.length === 1
                ? 'timeline-axis__event--editorial'
                : '',
              named.length > 1 ? 'timeline-axis__event--more' : '',
              chosen >= 0 ? 'is-selected' : '',
            ];
            // The top dot of a full column chooses its events in turn: the first, then the one after the chosen.
            const next = named[(chosen + 1) % named.length] ?? first;
            const cy = axisY - dot.level * STACK_STEP - (named.length > 1 ? MORE_LIFT : 0);
            return (
              <g key={first.event.id} className={classes.join(' ')} onClick={() => onChoose(next.event.id)}>
                <title>
                  {named.length > 1
                    ? [describeMore(named.length), ...named.map(describe)].map((line, i) => (
                        <Fragment key={i}>
                          {i > 0 ? '\n' : null}
                          {line}
                        </Fragment>
                      ))
                    : describe(first)}
                </title>
                <circle
                  className="timeline-axis__dot"
                  data-timeline-mark={named.length > 1 ? `more:${first.event.id}` : first.event.id}
                  cx={percent(dot.at)}
                  cy={cy}
                  r={radius}
                />
                {named.length > 1 ? (
                  <circle className="timeline-axis__more-ring" cx={percent(dot.at)} cy={cy} r={radius + 2} />
                ) : null}
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
              y={axisY + PUBLISHED_ROW * text}
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
