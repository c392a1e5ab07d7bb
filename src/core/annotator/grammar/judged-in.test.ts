/**
 * "sehen" judges with "in" and an object after it ("sieht in dem Plan eine Gefahr"), as with "als"; a time or place
 * after "in" is no judgement (own example sentences).
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('"sehen" with "in" and an object', () => {
  it.each([
    {
      name: 'an article after the phrase of "in"',
      text: 'Die Gewerkschaft sieht in dem neuen Tarif eine Gefahr für kleine Betriebe.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Gewerkschaft sieht in dem neuen Tarif eine Gefahr für kleine Betriebe.',
          speaker: 'Gewerkschaft',
        },
      ],
    },
    {
      name: 'a negation after the phrase of "in"',
      text: 'Die Anwohner sehen in der Umleitung keine Lösung.',
      expected: [
        { kind: 'reported', text: 'Die Anwohner sehen in der Umleitung keine Lösung.', speaker: 'Anwohner' },
      ],
    },
    {
      name: '"darin" and an object',
      text: 'Der Verband sieht darin einen Bruch der Absprache.',
      expected: [
        { kind: 'reported', text: 'Der Verband sieht darin einen Bruch der Absprache.', speaker: 'Verband' },
      ],
    },
    {
      name: 'the object before the phrase of "in": a time, no judgement',
      text: 'Der Torwart sah die gelbe Karte in der letzten Minute.',
      expected: [],
    },
    {
      name: 'a place and a preposition after it: no judgement',
      text: 'Viele Zuschauer sahen das Spiel im Stadion von Kassel.',
      expected: [],
    },
    {
      name: 'the clause before the comma of a judging verb is none of what it judges',
      text: 'Im Streit um die Maut, der seit Jahren andauert, hält der Verband den Plan für verfehlt.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
