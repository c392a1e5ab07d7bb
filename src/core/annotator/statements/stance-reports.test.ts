/**
 * Reported speech that needs more than the verb: a stance noun as the object of a verb of making known, also in
 * the perfect (`reported.ts`, `cued-statements.ts`; own sentences).
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('stances and perfects reported', () => {
  it.each([
    {
      name: 'a stance noun as the object of "äußern"',
      text: 'Der Verband äußerte seine Ablehnung der neuen Gebühren.',
      expected: [
        {
          kind: 'reported',
          text: 'Der Verband äußerte seine Ablehnung der neuen Gebühren.',
          speaker: 'Verband',
        },
      ],
    },
    {
      name: 'no stance noun: "äußern" alone reports nothing',
      text: 'Der Verband äußerte sich am Montag in Bremen.',
      expected: [],
    },
    {
      name: 'an active perfect with a stance noun',
      text: 'Die Gewerkschaft hat ihre Kritik an dem Plan geäußert.',
      expected: [
        {
          kind: 'reported',
          text: 'Die Gewerkschaft hat ihre Kritik an dem Plan geäußert.',
          speaker: 'Gewerkschaft',
        },
      ],
    },
    {
      name: 'a pluperfect of a reporting verb with no stance noun gives background, no report',
      text: 'Die Gewerkschaft hatte den Plan schon früher kritisiert.',
      expected: [],
    },
    {
      name: 'a passive perfect with no agent is no report',
      text: 'Der Plan der Stadt ist oft kritisiert worden.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
