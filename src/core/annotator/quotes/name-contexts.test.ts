import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';

/** The direct quotes of `text`, each as its spans joined with " | ". */
function directQuotes(text: string): string[] {
  return findQuotes(text, '2024-05-02')
    .filter((q) => q.kind === 'direct')
    .map((q) => q.quote.map(([s, e]) => text.slice(s, e)).join(' | '));
}

describe('titles in a list of works are not speech', () => {
  it.each([
    {
      name: 'songs after "Lieder wie", every title of the list',
      text: 'Die Sängerin sagte, sie spiele am Abend Lieder wie „Am Fluss“, „Kleiner Vogel“ oder „wo die Linden blühen“.',
      expected: [],
    },
    {
      name: 'talks after "Vorträge wie" with their speaker',
      text: 'Der Leiter sagte, die Tagung biete Vorträge wie „Wasser für alle“ von Jana Kurz.',
      expected: [],
    },
    {
      name: 'a compound plural and "wie etwa"',
      text: 'Er kündigte an, Kinderbücher wie etwa „der kleine Drache fliegt weit“ zu lesen.',
      expected: [],
    },
    {
      name: 'not a list of sayings: "Sprüche wie" stays speech',
      text: 'Die Menge rief Sprüche wie „Wir bleiben hier“ und „Hände weg vom Park“.',
      expected: ['„Wir bleiben hier“', '„Hände weg vom Park“'],
    },
    {
      name: 'not a sentence in the list position',
      text: 'Die Ministerin nannte Filme wie „Das ist kein Spiel mehr.“ als Vorbild.',
      expected: ['„Das ist kein Spiel mehr.“'],
    },
  ])('$name', ({ text, expected }) => {
    expect(directQuotes(text)).toEqual(expected);
  });
});

describe('a name something is known by is not speech', () => {
  it.each([
    {
      name: 'before "bekannte" and its noun',
      text: 'Die Polizei räumte am Morgen das als „Lager am Kanal“ bekannte Gelände, sagte ein Sprecher.',
      expected: [],
    },
    {
      name: 'before a predicative "bekannt"',
      text: 'Der Fall wurde später als „Raub im Nebel“ bekannt, sagte die Anwältin.',
      expected: [],
    },
    {
      name: 'before an inflected "bezeichneten" and its noun',
      text: 'Der Minister sagte, der als „Nordplan“ bezeichnete Entwurf sei fertig.',
      expected: [],
    },
    {
      name: 'a finite "bezeichnete" after the passage is a judgement',
      text: 'Das Gericht wies den Antrag zurück, den die Ministerin als „Frechheit“ bezeichnete.',
      expected: ['„Frechheit“'],
    },
  ])('$name', ({ text, expected }) => {
    expect(directQuotes(text)).toEqual(expected);
  });
});

describe('a translation after a quoted original', () => {
  it.each([
    {
      name: 'after a dash: the original is speech, the translation is not',
      text: 'Der Trainer rief seinem Team zu: „We are not done yet“ – „Wir sind noch nicht fertig“.',
      expected: ['„We are not done yet“'],
    },
    {
      name: 'after "zu Deutsch"',
      text: 'Die Menge rief: „Vive la liberté“, zu Deutsch „Es lebe die Freiheit“.',
      expected: ['„Vive la liberté“'],
    },
    {
      name: 'in parentheses before the cue: the cue still names the original’s speaker',
      text: '„We are not done yet“ („Wir sind noch nicht fertig“), sagte der Trainer auf Englisch.',
      expected: ['„We are not done yet“'],
    },
    {
      name: 'in parentheses after a colon',
      text: 'Der Trainer sagte: „We are not done yet“ („Wir sind noch nicht fertig“).',
      expected: ['„We are not done yet“'],
    },
    {
      name: 'the same words again later are speech again, not a name',
      text:
        '„We are not done yet“ („Wir sind noch nicht fertig“), sagte der Trainer. ' +
        'Später wiederholte er: „We are not done yet.“',
      expected: ['„We are not done yet“', '„We are not done yet.“'],
    },
    {
      name: 'not two German passages in a row',
      text: 'Die Trainerin sagte: „Wir spielen gut.“ – „Und wir gewinnen.“',
      expected: ['„Wir spielen gut.“', '„Und wir gewinnen.“'],
    },
  ])('$name', ({ text, expected }) => {
    expect(directQuotes(text)).toEqual(expected);
  });
});

describe('a title listed after a title', () => {
  it('is a name too, as the first one is', () => {
    const text =
      'Der Schauspieler spielte in „Nebel über Kiel“ oder „Wer zuletzt lacht, verliert“, sagte seine Agentin.';
    expect(directQuotes(text)).toEqual([]);
  });
});

describe('words in another language', () => {
  it.each([
    {
      name: 'a song title with no cue next to it',
      text: 'Die Trainerin sagte, die Band habe zum Schluss „Stand by me“ gespielt.',
      expected: [],
    },
    {
      name: 'spoken words with a cue next to them',
      text: 'Der Astronaut sagte: „We are on the way home.“',
      expected: ['„We are on the way home.“'],
    },
  ])('$name', ({ text, expected }) => {
    expect(directQuotes(text)).toEqual(expected);
  });
});

describe('a quoted name given again', () => {
  it('stays a name when a cue follows it later', () => {
    const text =
      'Die Gruppe „Grüne Welle“ („GW“) protestierte vor dem Rathaus. „GW“, sagte ein Sprecher der Stadt, sei bekannt.';
    expect(directQuotes(text)).toEqual([]);
  });
});
