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

  it.each([
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
