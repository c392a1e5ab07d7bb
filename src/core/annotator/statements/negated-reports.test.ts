/**
 * A reporting verb negated next to its closing part says what was not said, so it reports nothing
 * (`statements/reported.ts`, `negatedVerb`; `statements/cued-statements.ts`), unless a later cue of the sentence
 * says what was said instead. Own example sentences.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('negated reports', () => {
  it.each([
    {
      name: '"gab … nicht bekannt" reports nothing',
      text: 'Den Preis gab die Firma nicht bekannt.',
      expected: [],
    },
    {
      name: 'a negated passive with an agent reports nothing',
      text: 'Die Namen der Opfer wurden von der Polizei nicht genannt.',
      expected: [],
    },
    {
      name: 'a later cue says what was said instead: the report stands',
      text: 'Einzelheiten gab der Sprecher nicht bekannt, er verwies aber auf die laufenden Ermittlungen.',
      expected: [
        {
          kind: 'reported',
          text: 'Einzelheiten gab der Sprecher nicht bekannt, er verwies aber auf die laufenden Ermittlungen.',
          speaker: 'Sprecher',
        },
      ],
    },
    {
      name: 'the verb without "nicht" reports',
      text: 'Die Firma gab den Preis am Montag bekannt.',
      expected: [{ kind: 'reported', text: 'Die Firma gab den Preis am Montag bekannt.', speaker: 'Firma' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
