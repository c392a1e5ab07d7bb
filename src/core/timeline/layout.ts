/**
 * The geometry of a timeline axis, independent of how it is drawn: positions are fractions 0..1 of the axis
 * length, proportional to time, so a gap of fourteen years looks like one. Label widths are fractions of the
 * axis too; the caller estimates them for the width it draws at.
 */
import type { DatedEvent, TimelineEntry } from './order';

/** The span of time an axis shows, in UTC milliseconds, from the first instant of its first year. */
export interface AxisDomain {
  start: number;
  end: number;
}

/** A year mark on the axis; `labelled` ticks carry the year as text, the others are short strokes. */
export interface YearTick {
  year: number;
  at: number;
  labelled: boolean;
}

/** Where a label sits: which side of its mark it extends to, and the stretch of the axis it covers. */
export interface LabelPlacement {
  /** 0 is nearest the axis. */
  lane: number;
  /** `start`: the label begins at its mark; `end`: it ends there; `middle`: it is centred on it. */
  anchor: 'start' | 'middle' | 'end';
  from: number;
  to: number;
}

/** One entry placed on the axis: `from`..`to` is the time its date covers, `at` its middle. */
export type AxisMark<E extends DatedEvent> = LabelPlacement & {
  entry: TimelineEntry<E>;
  at: number;
  startsAt: number;
  endsAt: number;
};

export interface TimelineLayout<E extends DatedEvent> {
  domain: AxisDomain;
  marks: AxisMark<E>[];
  ticks: YearTick[];
  /** How many label lanes the marks need (at least 1). */
  lanes: number;
}

const yearStart = (year: number) => Date.UTC(year, 0, 1);

/**
 * Whole calendar years that cover every range: from 1 January of the earliest year to 1 January after the
 * latest. Whole years keep year ticks at the ends and a year-precision date as wide as its year.
 */
export function axisDomain(ranges: readonly { start: number; end: number }[]): AxisDomain {
  if (ranges.length === 0) {
    const now = new Date().getUTCFullYear();
    return { start: yearStart(now), end: yearStart(now + 1) };
  }
  const first = Math.min(...ranges.map((r) => r.start));
  const last = Math.max(...ranges.map((r) => r.end));
  const firstYear = new Date(first).getUTCFullYear();
  const lastYear = new Date(last - 1).getUTCFullYear();
  return { start: yearStart(firstYear), end: yearStart(lastYear + 1) };
}

/** Where an instant falls on the axis, 0..1 (outside the domain it is clamped to the ends). */
export function axisPosition(time: number, domain: AxisDomain): number {
  const length = domain.end - domain.start;
  if (length <= 0) return 0;
  return Math.min(1, Math.max(0, (time - domain.start) / length));
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * A tick at every year boundary of the domain (only at labelled years when there would be more than 60), and
 * labels every 1, 2, 5, 10, 20… years: the smallest step that gives at most `maxLabels` labels.
 */
export function yearTicks(domain: AxisDomain, maxLabels: number): YearTick[] {
  const first = new Date(domain.start).getUTCFullYear();
  const last = new Date(domain.end).getUTCFullYear();
  const years = last - first;
  const labels = (step: number) => Math.floor(last / step) - Math.ceil(first / step) + 1;
  const step = STEPS.find((s) => labels(s) <= Math.max(1, maxLabels)) ?? STEPS[STEPS.length - 1] ?? 1;
  const ticks: YearTick[] = [];
  for (let year = first; year <= last; year++) {
    const labelled = year % step === 0;
    if (!labelled && years > 60) continue;
    ticks.push({ year, at: axisPosition(yearStart(year), domain), labelled });
  }
  return ticks;
}

/**
 * Puts labels in lanes so that none overlaps another in the same lane. Each label is centred on its mark
 * unless that would push it past an end of the axis, where it is turned inwards. Labels are placed from left
 * to right, each in the lowest lane whose previous label ends at least `gap` before it (greedy interval
 * partitioning, which uses the fewest lanes for intervals taken in order of their start). Returns the
 * placements in input order.
 */
export function assignLanes(
  labels: readonly { at: number; width: number }[],
  gap = 0.02,
): { placements: LabelPlacement[]; lanes: number } {
  const spans = labels.map(({ at, width }) => {
    if (at - width / 2 < 0) return { anchor: 'start' as const, from: at, to: at + width };
    if (at + width / 2 > 1) return { anchor: 'end' as const, from: at - width, to: at };
    return { anchor: 'middle' as const, from: at - width / 2, to: at + width / 2 };
  });
  const order = spans.map((_, i) => i).sort((a, b) => (spans[a]?.from ?? 0) - (spans[b]?.from ?? 0) || a - b);
  const laneEnds: number[] = [];
  const placements: LabelPlacement[] = new Array<LabelPlacement>(labels.length);
  for (const i of order) {
    const span = spans[i];
    if (!span) continue;
    let lane = laneEnds.findIndex((end) => end + gap <= span.from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.to;
    placements[i] = { lane, ...span };
  }
  return { placements, lanes: Math.max(1, laneEnds.length) };
}

export interface LayoutOptions<E extends DatedEvent> {
  /** A label's width as a fraction of the axis length. */
  labelWidth: (entry: TimelineEntry<E>) => number;
  /** At most this many year labels. */
  maxYearLabels: number;
  /** The smallest space between two labels in one lane, as a fraction of the axis. */
  gap?: number;
}

/** Places every entry (events and the publication) on a time-proportional axis, with year ticks and lanes. */
export function layoutTimeline<E extends DatedEvent>(
  entries: readonly TimelineEntry<E>[],
  options: LayoutOptions<E>,
): TimelineLayout<E> {
  const domain = axisDomain(entries);
  const points = entries.map((entry) => ({
    entry,
    at: axisPosition((entry.start + entry.end) / 2, domain),
    startsAt: axisPosition(entry.start, domain),
    endsAt: axisPosition(entry.end, domain),
  }));
  const { placements, lanes } = assignLanes(
    points.map((p) => ({ at: p.at, width: options.labelWidth(p.entry) })),
    options.gap,
  );
  const marks = points.map((point, i) => ({
    ...point,
    ...(placements[i] ?? { lane: 0, anchor: 'middle' as const, from: point.at, to: point.at }),
  }));
  return { domain, marks, ticks: yearTicks(domain, options.maxYearLabels), lanes };
}
