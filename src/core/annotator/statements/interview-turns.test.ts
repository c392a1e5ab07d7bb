/** An interview printed as turns (`interview-turns.ts`), with texts written for these tests. */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

const interview = [
  'Die Bürgermeisterin von Lindenau, Karin Vogt, will das Hallenbad retten. Im Gespräch erklärt sie, warum.',
  'Frage: Frau Vogt, Kritiker nennen das Bad ein Fass ohne Boden.',
  'Vogt: Das sehe ich anders. Ohne Bad lernen unsere Kinder nicht schwimmen.',
  'Frage: Was kostet die Sanierung?',
  'Vogt: Rund zwölf Millionen Euro.',
].join('\n\n');

describe('an interview printed as turns', () => {
  it('makes each answer one direct quote of the person its label names, and each question none', () => {
    const quotes = found(interview);
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([
      {
        kind: 'direct',
        text: 'Das sehe ich anders. Ohne Bad lernen unsere Kinder nicht schwimmen.',
        speaker: 'Karin Vogt',
      },
      { kind: 'direct', text: 'Rund zwölf Millionen Euro.', speaker: 'Karin Vogt' },
    ]);
    expect(quotes.some((q) => q.text.includes('Fass ohne Boden') || q.text.includes('kostet'))).toBe(false);
  });

  it('reads a paragraph ending with a question mark as a question when two answers show the layout', () => {
    const text = [
      'Interview: „Wir brauchen mehr Busse“',
      'Der neue Verkehrsdezernent von Lindenau, Omar Haddad, will den Nahverkehr ausbauen.',
      'Herr Haddad, wann kommen die neuen Linien?',
      'Haddad: Im Sommer. Die Fahrzeuge sind bestellt.',
      'Und was kostet das?',
      'Haddad: Vier Millionen Euro im Jahr.',
    ].join('\n\n');
    const quotes = found(text);
    expect(quotes.filter((q) => q.speaker === 'Omar Haddad')).toEqual([
      { kind: 'direct', text: 'Im Sommer. Die Fahrzeuge sind bestellt.', speaker: 'Omar Haddad' },
      { kind: 'direct', text: 'Vier Millionen Euro im Jahr.', speaker: 'Omar Haddad' },
    ]);
    expect(quotes.some((q) => q.speaker === 'Interview' || q.text.includes('wann kommen'))).toBe(false);
  });

  it.each([
    {
      name: 'a question and one "Name: …" line is a report, not an interview',
      text: 'Wie geht es mit der Brücke weiter?\n\nBerger: Die Brücke kommt. Der Bau beginnt im Mai.',
    },
    {
      name: 'a list of topics with colons is no interview',
      text: 'Die Partei stellte ihr Programm vor.\n\nBildung: Mehr Lehrer für alle Schulen.\n\nVerkehr: Ein Ticket für alle Busse.',
    },
    {
      name: 'a name and a colon without any question is no interview',
      text: 'Die Ministerin sprach im Landtag.\n\nVogt: Das sehe ich anders.',
    },
  ])('$name', ({ text }) => {
    expect(found(text).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});
