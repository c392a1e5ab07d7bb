/**
 * The order of a timeline: an article's events by date, with the article's publication among them. Dates keep
 * their precision, so "2022" and "2022-09" are ordered by the first instant they cover; events that start at the
 * same instant keep the order the article lists them in.
 */
import { dateRange } from '../dates/partial-date-math';

/** What the timeline needs of an event. */
export interface DatedEvent {
  id: string;
  /** A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
}

/** One row of a timeline: an event, or the article's publication. */
export type TimelineEntry<E extends DatedEvent> =
  | {
      kind: 'event';
      event: E;
      /** 1-based number among the events, as shown on the axis and in the list. */
      number: number;
      /** UTC milliseconds, half-open: the whole year, month or day the date covers. */
      start: number;
      end: number;
    }
  | { kind: 'published'; date: string; start: number; end: number };

/**
 * The events in date order (by the first instant each date covers); equal starts keep article order.
 * Events whose date cannot be placed (malformed or impossible) are left out; the schema rejects them anyway.
 */
export function orderEvents<E extends DatedEvent>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index, range: dateRange(event.date) }))
    .filter((item) => item.range !== undefined)
    .sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0) || a.index - b.index)
    .map((item) => item.event);
}

/**
 * The events in date order with the publication (`YYYY-MM-DD` or an ISO timestamp, whose calendar day counts)
 * merged in: after every event that starts on or before the publication day, so an event "on Thursday" that is
 * the publication day comes first, and before every event that starts later.
 */
export function timelineEntries<E extends DatedEvent>(
  events: readonly E[],
  published: string,
): TimelineEntry<E>[] {
  const entries: TimelineEntry<E>[] = [];
  const day = published.slice(0, 10);
  const publication = dateRange(day);
  let placed = publication === undefined;
  orderEvents(events).forEach((event, i) => {
    const range = dateRange(event.date);
    if (!range) return;
    if (!placed && publication && range.start > publication.start) {
      entries.push({ kind: 'published', date: day, ...publication });
      placed = true;
    }
    entries.push({ kind: 'event', event, number: i + 1, ...range });
  });
  if (!placed && publication) entries.push({ kind: 'published', date: day, ...publication });
  return entries;
}
