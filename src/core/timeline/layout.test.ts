import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../testing/data-generators';
import { assignLanes, axisDomain, axisPosition, layoutTimeline, yearTicks, type AxisDomain } from './layout';
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
const layout = (events: readonly DatedEvent[], published: string, labelWidth = 0.1) =>
  layoutTimeline(timelineEntries(events, published), { labelWidth: () => labelWidth, maxYearLabels: 5 });

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

describe('assignLanes', () => {
  it.each<[string, { at: number; width: number }[], [number, string][], number]>([
    [
      'far apart share one lane',
      [
        { at: 0.2, width: 0.1 },
        { at: 0.8, width: 0.1 },
      ],
      [
        [0, 'middle'],
        [0, 'middle'],
      ],
      1,
    ],
    [
      'close labels stack',
      [
        { at: 0.5, width: 0.2 },
        { at: 0.52, width: 0.2 },
        { at: 0.54, width: 0.2 },
      ],
      [
        [0, 'middle'],
        [1, 'middle'],
        [2, 'middle'],
      ],
      3,
    ],
    ['at the left end a label turns inwards', [{ at: 0.01, width: 0.2 }], [[0, 'start']], 1],
    ['at the right end a label turns inwards', [{ at: 0.99, width: 0.2 }], [[0, 'end']], 1],
    [
      'a lane is reused once free',
      [
        { at: 0.3, width: 0.2 },
        { at: 0.35, width: 0.2 },
        { at: 0.7, width: 0.2 },
      ],
      [
        [0, 'middle'],
        [1, 'middle'],
        [0, 'middle'],
      ],
      2,
    ],
    [
      'placements come back in input order',
      [
        { at: 0.7, width: 0.2 },
        { at: 0.3, width: 0.2 },
        { at: 0.35, width: 0.2 },
      ],
      [
        [0, 'middle'],
        [0, 'middle'],
        [1, 'middle'],
      ],
      2,
    ],
  ])('%s', (_, labels, expected, lanes) => {
    const result = assignLanes(labels);
    expect(result.placements.map((p) => [p.lane, p.anchor])).toEqual(expected);
    expect(result.lanes).toBe(lanes);
  });

  it('never lets two labels in one lane overlap', () => {
    const labels = Array.from({ length: 40 }, (_, i) => ({ at: ((i * 37) % 100) / 100, width: 0.15 }));
    const { placements } = assignLanes(labels, 0.02);
    for (const a of placements)
      for (const b of placements)
        if (a !== b && a.lane === b.lane) expect(a.to + 0.02 <= b.from || b.to + 0.02 <= a.from).toBe(true);
    for (const p of placements) expect(p.from >= 0 && p.to <= 1).toBe(true);
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

  it('puts the close dates of the sample in separate lanes and the far ones in lane 0', () => {
    const result = layout(SAMPLE, '2025-02-13', 0.25);
    const lanes = new Map(
      result.marks.map((m) => [m.entry.kind === 'event' ? m.entry.event.id : 'published', m.lane]),
    );
    expect(lanes.get('summit')).toBe(0);
    expect(new Set([lanes.get('remarks'), lanes.get('statement'), lanes.get('published')]).size).toBe(3);
    expect(result.lanes).toBeGreaterThanOrEqual(3);
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
