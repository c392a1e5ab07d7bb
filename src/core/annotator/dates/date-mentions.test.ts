import { describe, expect, it } from 'vitest';
import { parseDay } from './date-match';
import { findDates } from './date-mentions';
import { tokenize } from '../text/tokens';

const published = parseDay('2025-02-13'); // a Thursday

function dates(text: string): { mention: string; date: string }[] {
  return findDates(tokenize(text), published).map((d) => ({
    mention: text.slice(d.start, d.end),
    date: d.date,
  }));
}

describe('findDates', () => {
  it.each([
    {
      name: 'a year',
      text: 'Im Jahr 2008 wurde die Brücke gebaut.',
      expected: [{ mention: 'Im Jahr 2008', date: '2008' }],
    },
    {
      name: 'a month',
      text: 'Der Antrag kam im September 2022.',
      expected: [{ mention: 'im September 2022', date: '2022-09' }],
    },
    {
      name: 'a day',
      text: 'Sie trat am 30. September 2022 zurück.',
      expected: [{ mention: '30. September 2022', date: '2022-09-30' }],
    },
    {
      name: 'middle of a month',
      text: 'Mitte März 2023 begann der Bau.',
      expected: [{ mention: 'Mitte März 2023', date: '2023-03' }],
    },
    {
      name: 'end of a year',
      text: 'Ende 2023 war alles fertig.',
      expected: [{ mention: 'Ende 2023', date: '2023' }],
    },
    {
      name: 'since a year',
      text: 'Seit 2014 gilt das Gesetz.',
      expected: [{ mention: 'Seit 2014', date: '2014' }],
    },
    {
      name: 'a weekday before publication',
      text: 'Am Mittwoch sprach er.',
      expected: [{ mention: 'Am Mittwoch', date: '2025-02-12' }],
    },
    {
      name: 'the publication weekday',
      text: 'am Donnerstag',
      expected: [{ mention: 'am Donnerstag', date: '2025-02-13' }],
    },
    {
      name: 'yesterday',
      text: 'Das geschah gestern.',
      expected: [{ mention: 'gestern', date: '2025-02-12' }],
    },
    { name: 'a count is not a year', text: 'Mehr als 2000 Menschen kamen.', expected: [] },
    {
      name: 'an impossible day keeps its month',
      text: 'am 31. Februar 2024',
      expected: [{ mention: 'Februar 2024', date: '2024-02' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(dates(text)).toEqual(expected);
  });

  it('leaves weekdays alone without a publication date', () => {
    expect(findDates(tokenize('am Montag'), undefined)).toEqual([]);
  });
});
