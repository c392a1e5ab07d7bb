/** A phrase before the verb that a postposition governs is no subject (`subject-phrases.ts`, `oblique`). */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a phrase governed by a postposition', () => {
  it.each([
    {
      name: 'a pronoun before "gegenüber" is its object; the subject follows the auxiliary',
      text: 'Der Landrat Paul Abel traf die Journalistin. Ihr gegenüber hat er angegeben, er sei müde gewesen.',
      speaker: 'Paul Abel',
    },
    {
      name: 'a phrase before "gegenüber"',
      text: 'Den Reportern gegenüber hat die Ministerin erklärt, sie sei zufrieden.',
      speaker: 'Ministerin',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });

  it('takes "gegenüber" before its own object for a preposition after the subject', () => {
    const [quote] = found('Der Innenminister gegenüber Medien versicherte, dass niemand Angst haben müsse.');
    expect(quote?.speaker).toMatch(/^Innenminister/);
  });
});

describe('the finite verb ends a subject before it', () => {
  it.each([
    {
      name: '"lassen" before an infinitive cue',
      text: 'Der Minister ließ über seinen Sprecher mitteilen, die Lage sei ernst.',
      speaker: 'Minister',
    },
    {
      name: 'an auxiliary before a participle cue',
      text: 'Die Ministerin hatte am Montag erklärt, die Lage sei ernst.',
      speaker: 'Ministerin',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});
