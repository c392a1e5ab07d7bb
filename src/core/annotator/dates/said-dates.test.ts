/** When a statement was made, from a date next to its speech verb (`said-dates.ts`), with sentences of our own. */
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

/** Each quote's text and the date it was said, for a text published on Friday 20 November 2026. */
function saidDates(text: string): [string, string | undefined][] {
  return annotate({ text: `Eine Meldung\n\n${text}`, published: '2026-11-20' }).quotes.map((q) => [
    (q.spans.de ?? []).map((s) => s.exact).join(' | '),
    q.said?.date,
  ]);
}

describe('the date a statement was made', () => {
  it.each([
    {
      name: 'a weekday after the speech verb',
      text: 'Der Bürgermeister sagte am Mittwoch, die Stadt werde bauen.',
      expected: [['die Stadt werde bauen', '2026-11-18']],
    },
    {
      name: 'a weekday opening the sentence',
      text: 'Am Montag erklärte die Ministerin, die Schule öffne wieder.',
      expected: [['die Schule öffne wieder', '2026-11-16']],
    },
    {
      name: 'in a clause with "wie"',
      text: 'Wie die Polizei gestern mitteilte, sei niemand verletzt worden.',
      expected: [['sei niemand verletzt worden', '2026-11-19']],
    },
    {
      name: 'a date inside what was said is not when it was said',
      text: 'Die Ministerin erklärte, die Schule öffne am Montag wieder.',
      expected: [['die Schule öffne am Montag wieder', undefined]],
    },
    {
      name: 'a year alone, in the speaker’s phrase, is not when they spoke',
      text: 'Der 2019 gewählte Präsident sagte, man sei bereit.',
      expected: [['man sei bereit', undefined]],
    },
    {
      name: 'two dates outside what was said: none is chosen',
      text: 'Am Montag sagte der Minister in einem Interview vom 12. November, man sei bereit.',
      expected: [['man sei bereit', undefined]],
    },
    {
      name: 'a date after publication is no date of speaking',
      text: 'Der Minister will am 3. Dezember erklären, ob er bleibt.',
      expected: [['ob er bleibt', undefined]],
    },
  ])('$name', ({ text, expected }) => {
    expect(saidDates(text)).toEqual(expected);
  });
});
