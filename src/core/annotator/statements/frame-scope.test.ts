import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';

/** The texts of the indirect quotes of `text`, in order, spans joined by " … ". */
function indirect(text: string): string[] {
  return findQuotes(text, '2024-05-02')
    .filter((q) => q.kind === 'indirect')
    .map((q) => q.quote.map(([s, e]) => text.slice(s, e)).join(' … '));
}

describe('a frame frames the clause it stands in: a parenthesis, a main clause joined by a comma', () => {
  it.each([
    {
      name: 'a parenthesis with a clause after the frame',
      text: 'Die Brücke wurde am Montag gesperrt (nach Angaben der Stadt bleibt sie bis Mai zu).',
      quotes: ['bleibt sie bis Mai zu'],
    },
    {
      name: 'a frame alone in brackets frames the sentence around it',
      text: 'Drei Männer wurden am Abend festgenommen (laut Polizei).',
      quotes: ['Drei Männer wurden am Abend festgenommen ( … )'],
    },
    {
      name: 'a main clause after a comma, its subject and finite verb before the frame',
      text: 'Der Hafen blieb geschlossen, die Reederei strich laut Zeugen alle Fahrten.',
      quotes: ['die Reederei strich … alle Fahrten'],
    },
    {
      name: 'a main clause after a semicolon',
      text: 'Der Hafen blieb geschlossen; die Reederei strich laut Zeugen alle Fahrten.',
      quotes: ['die Reederei strich … alle Fahrten'],
    },
    {
      name: 'a main clause after "und" that the frame opens, its finite verb right after the frame',
      text: 'Der Hafen blieb geschlossen, und laut Zeugen wurden alle Fahrten gestrichen.',
      quotes: ['und … wurden alle Fahrten gestrichen'],
    },
    {
      name: "a main clause the frame opens inside a speech verb's statement is a statement of its own",
      text: 'Der Sprecher, Paul Weber, sagte am Abend, nach neuen Erkenntnissen habe ein Fremder das Konto benutzt.',
      quotes: [
        'nach neuen Erkenntnissen habe ein Fremder das Konto benutzt',
        'habe ein Fremder das Konto benutzt',
      ],
    },
    {
      name: 'a relative clause is a subordinate clause, framed as before',
      text: 'Die Stadt baut eine Brücke, die laut dem Plan im Mai fertig wird.',
      quotes: ['die … im Mai fertig wird'],
    },
    {
      name: 'a frame in the first main clause frames the whole sentence, as before',
      text: 'Laut Polizei wurden drei Männer festgenommen, die Straße blieb gesperrt.',
      quotes: ['wurden drei Männer festgenommen, die Straße blieb gesperrt'],
    },
  ])('$name', ({ text, quotes }) => {
    expect(indirect(text)).toEqual(quotes);
  });
});
