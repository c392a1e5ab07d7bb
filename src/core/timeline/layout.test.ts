import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../testing/data-generators';
import { axisDomain, axisPosition, layoutTimeline, yearTicks, type AxisDomain } from './layout';
import { timelineEntries, type DatedEvent } from './order';

const years = (from: number, to: number): AxisDomain => ({
  start: Date.UTC(from, 0, 1),
  end: Date.UTC(to, 0, 1),
});

const SAMPLE: DatedEvent[] = [
  { id: 'summit', date: '2008-04' },
  { id: 'constitution', date: '2019' },
  { id: 'war', date: '2022-02' },
  { id: 'application', date: '2022-09' },
  { id: 'remarks', date: '2025-02-12' },
  { id: 'statement', date: '2025-02-13' },
];

/** Lays out with every label a fixed fraction wide. */
const layout = (events: readonly DatedEvent[], published: string, labelWidth = 0.1, maxLanes = 3) =>
  layoutTimeline(timelineEntries(events, published), {
    labelWidth: () => labelWidth,
    publishedLabel: 'Published',
    maxYearLabels: 5,
    gap: 0.02,
    mergeWithin: 0.01,
    maxLanes,
  });

const at = (result: ReturnType<typeof layout>, id: string) => {
  const mark = result.marks.find((m) => m.entry.kind === 'event' && m.entry.event.id === id);
  if (!mark) throw new Error(`no mark for ${id}`);
  return mark.at;
};

describe('axisDomain', () => {
  it.each<[string, { start: number; end: number }[], AxisDomain]>([
    [
      'whole years around the sample',
      [
        { start: Date.UTC(2008, 3, 1), end: Date.UTC(2008, 4, 1) },
        { start: Date.UTC(2025, 1, 13), end: Date.UTC(2025, 1, 14) },
      ],
      years(2008, 2026),
    ],
    ['one year', [{ start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) }], years(2019, 2020)],
    [
      'a range ending on New Year stays in its year',
      [{ start: Date.UTC(2022, 11, 1), end: Date.UTC(2023, 0, 1) }],
      years(2022, 2023),
    ],
  ])('%s', (_, ranges, expected) => {
    expect(axisDomain(ranges)).toEqual(expected);
  });
});

describe('axisPosition', () => {
  it.each<[string, number, number]>([
    ['start', Date.UTC(2000, 0, 1), 0],
    ['middle', Date.UTC(2005, 0, 1), 0.5],
    ['end', Date.UTC(2010, 0, 1), 1],
    ['before is clamped', Date.UTC(1990, 0, 1), 0],
    ['after is clamped', Date.UTC(2020, 0, 1), 1],
  ])('%s', (_, time, expected) => {
    expect(axisPosition(time, years(2000, 2010))).toBeCloseTo(expected, 3);
  });
});

describe('yearTicks', () => {
  const labelled = (domain: AxisDomain, max: number) =>
    yearTicks(domain, max)
      .filter((t) => t.labelled)
      .map((t) => t.year);

  it.each<[string, AxisDomain, number, number[]]>([
    ['the sample: every five years', years(2008, 2026), 5, [2010, 2015, 2020, 2025]],
    ['a generated article 1990-2030: every ten', years(1990, 2031), 5, [1990, 2000, 2010, 2020, 2030]],
    ['a short span: every year', years(2020, 2023), 5, [2020, 2021, 2022, 2023]],
    [
      'more room: every two years',
      years(2008, 2026),
      10,
      [2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026],
    ],
    ['centuries: every fifty', years(1800, 2001), 5, [1800, 1850, 1900, 1950, 2000]],
  ])('%s', (_, domain, max, expected) => {
    expect(labelled(domain, max)).toEqual(expected);
  });

  it('has a stroke at every year of a short span and only labelled ones over sixty years', () => {
    expect(yearTicks(years(2008, 2026), 5)).toHaveLength(19);
    expect(yearTicks(years(1800, 2001), 5)).toHaveLength(5);
  });

  it('places ticks proportionally', () => {
    const ticks = yearTicks(years(2000, 2010), 5);
    expect(ticks.find((t) => t.year === 2005)?.at).toBeCloseTo(0.5, 2);
  });
});

describe('layoutTimeline', () => {
  it('keeps the gap of the sample visible: positions are proportional to time', () => {
    const result = layout(SAMPLE, '2025-02-13');
    expect(result.domain).toEqual(years(2008, 2026));
    const a = at(result, 'summit');
    const b = at(result, 'application');
    const c = at(result, 'statement');
    // Mid-April 2008, mid-September 2022 and 13 February 2025 in years since 2008.
    expect((b - a) / (c - a)).toBeCloseTo((14.7 - 0.29) / (17.12 - 0.29), 2);
    expect(a).toBeLessThan(0.03);
    expect(b - a).toBeGreaterThan(0.75);
  });

  it('marks the publication on the axis, right of the same-day event', () => {
    const result = layout(SAMPLE, '2025-02-13');
    const published = result.marks.find((m) => m.entry.kind === 'published');
    expect(published?.at).toBeCloseTo(at(result, 'statement'), 10);
  });

  it('spans a year-precision date over its whole year', () => {
    const mark = layout(SAMPLE, '2025-02-13').marks.find(
      (m) => m.entry.kind === 'event' && m.entry.event.id === 'constitution',
    );
    expect((mark?.endsAt ?? 0) - (mark?.startsAt ?? 0)).toBeCloseTo(1 / 18, 3);
  });

  it('labels the close dates of the sample apart, or together, and the publication in a row of its own', () => {
    // The sample's two February 2025 events are one day apart: a mark's width on any axis a reader sees.
    const wide = layout(SAMPLE, '2025-02-13', 0.02);
    expect(wide.labels.map((l) => l.text)).toEqual(['1', '2', '3', '4', '5\u20136']);
    expect(wide.labels.every((l) => l.lane === 0 || l.lane === 1)).toBe(true);
    expect(wide.published?.at).toBeCloseTo(at(wide, 'statement'), 10);
    // The publication's label, as wide as the others here, is turned inwards at the right end.
    const published = layout(SAMPLE, '2025-02-13').published;
    expect(published).toMatchObject({ anchor: 'end', to: published?.at });
    // Wider labels: still none overlapping, some left out, never more than the lanes allowed.
    const crowded = layout(SAMPLE, '2025-02-13', 0.25, 2);
    expect(crowded.lanes).toBeLessThanOrEqual(2);
    expect(crowded.labels.map((l) => l.text)).toContain('1');
    expect(crowded.marks).toHaveLength(SAMPLE.length + 1);
  });

  it('lays out a generated article with events from 1990 to 2030 in date order', () => {
    const article = generateArticle({ languages: ['de', 'en', 'fr'], events: 12, years: [1990, 2030] });
    const result = layout(article.events, article.published, 0.05);
    expect(result.domain).toEqual(years(1990, 2031));
    const events = result.marks.filter((m) => m.entry.kind === 'event');
    expect(events).toHaveLength(12);
    expect(events[0]?.at).toBeLessThan(0.03);
    expect(events.at(-1)?.at).toBeGreaterThan(0.97);
    for (let i = 1; i < events.length; i++) expect(events[i]!.at).toBeGreaterThanOrEqual(events[i - 1]!.at);
    expect(result.ticks.filter((t) => t.labelled).map((t) => t.year)).toEqual([1990, 2000, 2010, 2020, 2030]);
  });
});
