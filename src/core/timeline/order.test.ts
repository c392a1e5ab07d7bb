import { describe, expect, it } from 'vitest';
import { orderEvents, timelineEntries, type DatedEvent } from './order';

const events = (...dates: string[]): DatedEvent[] => dates.map((date, i) => ({ id: `e${i + 1}`, date }));
const ids = (list: readonly DatedEvent[]) => list.map((e) => e.id);

/** The sample article's events in the order the article lists them (not all in date order). */
const SAMPLE = [
  { id: 'summit', date: '2008-04' },
  { id: 'constitution', date: '2019' },
  { id: 'war', date: '2022-02' },
  { id: 'application', date: '2022-09' },
  { id: 'remarks', date: '2025-02-12' },
  { id: 'statement', date: '2025-02-13' },
];

describe('orderEvents', () => {
  it.each<[string, DatedEvent[], string[]]>([
    ['already in date order', events('2008', '2022-09', '2025-02-13'), ['e1', 'e2', 'e3']],
    ['reversed', events('2025-02-13', '2022-09', '2008'), ['e3', 'e2', 'e1']],
    ['same day keeps article order', events('2025-02-13', '2025-02-13', '2020'), ['e3', 'e1', 'e2']],
    ['a year starts before a month of it', events('2022-09', '2022'), ['e2', 'e1']],
    ['same first instant keeps article order', events('2022-01', '2022', '2022-01-01'), ['e1', 'e2', 'e3']],
    ['a month before a later day of it', events('2025-02-13', '2025-02'), ['e2', 'e1']],
    ['impossible dates are left out', events('2025-02-30', '2008'), ['e2']],
    ['the sample article', [...SAMPLE].reverse(), ids(SAMPLE)],
  ])('%s', (_, input, expected) => {
    expect(ids(orderEvents(input))).toEqual(expected);
  });
});

describe('timelineEntries', () => {
  const rows = (input: DatedEvent[], published: string) =>
    timelineEntries(input, published).map((entry) =>
      entry.kind === 'event' ? `${entry.number}:${entry.event.id}` : `published ${entry.date}`,
    );

  it.each<[string, DatedEvent[], string, string[]]>([
    [
      'publication after an event on the same day',
      SAMPLE,
      '2025-02-13',
      [
        '1:summit',
        '2:constitution',
        '3:war',
        '4:application',
        '5:remarks',
        '6:statement',
        'published 2025-02-13',
      ],
    ],
    [
      'publication before later events',
      events('2020', '2031'),
      '2030-06-15',
      ['1:e1', 'published 2030-06-15', '2:e2'],
    ],
    [
      'publication before everything',
      events('2031', '2032'),
      '2030-06-15',
      ['published 2030-06-15', '1:e1', '2:e2'],
    ],
    [
      'a timestamp counts by its calendar day',
      events('2024-03-07'),
      '2024-03-07T23:30:00+01:00',
      ['1:e1', 'published 2024-03-07'],
    ],
    ['no events', [], '2024-03-07', ['published 2024-03-07']],
    [
      'a year covering the publication comes first',
      events('2024'),
      '2024-03-07',
      ['1:e1', 'published 2024-03-07'],
    ],
  ])('%s', (_, input, published, expected) => {
    expect(rows(input, published)).toEqual(expected);
  });
});
