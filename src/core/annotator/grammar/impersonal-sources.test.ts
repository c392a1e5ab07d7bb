/** Cues that name no speaker by their grammar, and what an impersonal cue's source is not (`impersonal-sources.ts`). */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a statement that names no speaker', () => {
  it.each([
    {
      name: '"bekannt werden": its subject is what became known',
      text: 'Der Bürgermeister Paul Abel sprach lange. Im Juni wurde dann bekannt, dass die Brücke gesperrt wird.',
    },
    {
      name: 'the indefinite "man" before the verb',
      text: 'Die Ministerin Lea Brandt lobte den Plan. Damals befürchtete man, dass die Kosten steigen würden.',
    },
    {
      name: 'the indefinite "man" after the verb',
      text: 'Die Ministerin Lea Brandt lobte den Plan. Bis heute geht man davon aus, dass die Kosten steigen.',
    },
    {
      name: 'a month after "im" is when, not who',
      text: 'Der Sprecher Paul Abel sprach lange. Im Mai wurde bekannt, dass das Werk schließt.',
    },
  ])('$name', ({ text }) => {
    const last = found(text).at(-1);
    expect(last?.kind).toBe('indirect');
    expect(last?.speaker).toBeNull();
  });

  it('still takes the source an impersonal cue names', () => {
    const [quote] = found('Aus dem Ministerium hieß es am Abend, die Brücke bleibe gesperrt.');
    expect(quote?.speaker).toBe('Ministerium');
  });

  it('takes the source after "aus" of "verlauten", which has no speaking subject', () => {
    const text =
      'Die Rundschau berichtete über den Plan. Aus dem Innenministerium verlautete, die Brücke bleibe gesperrt.';
    expect(found(text).at(-1)?.speaker).toBe('Innenministerium');
  });

  it('takes as source what the formula names, a building too ("hieß es aus dem Rathaus")', () => {
    expect(found('Man prüfe alle Optionen, hieß es aus dem Rathaus.').at(-1)?.speaker).toBe('Rathaus');
  });
});

describe('a statement before ", hieß es"', () => {
  it.each([
    {
      name: 'with no source: nobody',
      text: 'Die Bürgermeisterin Lea Brandt sagte, sie sei müde. Die Lage sei ernst, hieß es.',
      speaker: null,
    },
    {
      name: 'a document after "in"',
      text: 'Der Hafen bleibe bis Mai gesperrt, hieß es in einer Mitteilung.',
      speaker: 'Mitteilung',
    },
    {
      name: 'a person after "vom"',
      text: 'Der Hafen bleibe bis Mai gesperrt, hieß es vom Sprecher Paul Weber.',
      speaker: 'Paul Weber',
    },
  ])('$name', ({ text, speaker }) => {
    const last = found(text).at(-1);
    expect(last?.kind).toBe('indirect');
    expect(last?.speaker).toBe(speaker);
  });
});

describe('the agent of a passive speech verb whose auxiliary follows the participle', () => {
  it.each([
    {
      name: 'a pluperfect passive ("war … vorgeworfen worden"): the agent after "von Seiten"',
      text: 'Von Seiten der Gewerkschaft war dem Vorstand vorgeworfen worden, die Zahlen zu verschweigen.',
      speaker: 'Gewerkschaft',
    },
    {
      name: 'a phrase of time first is when, not who: the agent after "von"',
      text: 'In der letzten Woche war ein Antrag von der Stadtverwaltung mit dem Hinweis abgelehnt worden, man sei nicht zuständig.',
      speaker: 'Stadtverwaltung',
    },
    {
      name: 'a subordinate clause with the auxiliary last',
      text: 'Wie der Zeitung von der Polizei berichtet wurde, ist die Brücke gesperrt.',
      speaker: 'Polizei',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});
