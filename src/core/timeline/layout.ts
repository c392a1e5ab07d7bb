/**
 * The geometry of a timeline axis, independent of how it is drawn: positions are fractions 0..1 of the axis
 * length, proportional to time, so a gap of fourteen years looks like one. Label widths are fractions of the
 * axis too; the caller estimates them for the width it draws at. Where the labels go is `labels.ts`.
 */
import { clusterMarks, labelSpan, placeLabels, type LabelPlacement } from './labels';
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

/** One entry placed on the axis: `startsAt`..`endsAt` is the time its date covers, `at` its middle. */
export interface AxisMark<E extends DatedEvent> {
  entry: TimelineEntry<E>;
  at: number;
  startsAt: number;
  endsAt: number;
}

/** An event of the timeline (not the publication). */
export type EventEntry<E extends DatedEvent> = Extract<TimelineEntry<E>, { kind: 'event' }>;

/** A label over the axis naming one event or a run of close ones ("4–6"), at the middle of their marks. */
export type AxisLabel<E extends DatedEvent> = LabelPlacement & {
  events: EventEntry<E>[];
  text: string;
  at: number;
};

export interface TimelineLayout<E extends DatedEvent> {
  domain: AxisDomain;
  /** Every entry, the publication among them, in date order. */
  marks: AxisMark<E>[];
  /** The event labels that could be placed (see `labels.ts`); events without one are still marked and listed. */
  labels: AxisLabel<E>[];
  /** The publication, whose label has a row of its own below the axis, so that no event label covers it. */
  published?: AxisMark<E> & Omit<LabelPlacement, 'lane'>;
  ticks: YearTick[];
  /** How many label lanes the event labels use (at least 1). */
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

/** The text of a label for the events numbered `first` to `last` (one number, or a range with an en dash). */
export function labelText(first: number, last: number): string {
  return first === last ? String(first) : `${first}\u2013${last}`;
}

export interface LayoutOptions {
  /** A label's width, for its text, as a fraction of the axis length. */
  labelWidth: (text: string) => number;
  /** The publication's label, whose width is measured like the others. */
  publishedLabel: string;
  /** At most this many year labels. */
  maxYearLabels: number;
  /** The smallest space between two labels, or a label and a leader, as a fraction of the axis. */
  gap: number;
  /** Marks closer than this (a fraction of the axis) share one label. */
  mergeWithin: number;
  /** At most this many lanes of labels. */
  maxLanes: number;
}

/**
 * Places every entry (events and the publication) on a time-proportional axis, with year ticks, and labels for
 * the events in lanes: close events share a label, and none overlaps another (`labels.ts`).
 */
export function layoutTimeline<E extends DatedEvent>(
  entries: readonly TimelineEntry<E>[],
  options: LayoutOptions,
): TimelineLayout<E> {
  const domain = axisDomain(entries);
  const marks = entries.map((entry) => ({
    entry,
    at: axisPosition((entry.start + entry.end) / 2, domain),
    startsAt: axisPosition(entry.start, domain),
    endsAt: axisPosition(entry.end, domain),
  }));
  const events = marks.filter(
    (mark): mark is AxisMark<E> & { entry: EventEntry<E> } => mark.entry.kind === 'event',
  );
  const requests = clusterMarks(
    events.map((mark) => mark.at),
    options.mergeWithin,
  ).map(({ start, end }) => {
    const run = events.slice(start, end);
    const first = run[0];
    const last = run.at(-1);
    const text = labelText(first?.entry.number ?? 0, last?.entry.number ?? 0);
    return {
      events: run.map((mark) => mark.entry),
      text,
      at: ((first?.at ?? 0) + (last?.at ?? 0)) / 2,
      width: options.labelWidth(text),
    };
  });
  const { placements, lanes } = placeLabels(requests, options);
  const labels = requests.flatMap(({ events: named, text, at }, i) => {
    const placement = placements[i];
    return placement ? [{ ...placement, events: named, text, at }] : [];
  });
  const publication = marks.find((mark) => mark.entry.kind === 'published');
  const published = publication && {
    ...publication,
    ...labelSpan(publication.at, options.labelWidth(options.publishedLabel)),
  };
  return { domain, marks, labels, published, ticks: yearTicks(domain, options.maxYearLabels), lanes };
}
