/** "letztere"/"erstere" point to the last or first of a pair named before them (`anaphora-latter.ts`). */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';
import { tokenize } from '../text/tokens';
import { pairReferent } from './anaphora-latter';

describe('the referent of "letztere" and "erstere"', () => {
  it.each([
    { text: 'Der Streit zwischen Bremen und Kiel, wobei letztere', expected: 'Kiel' },
    { text: 'Der Streit zwischen Bremen und Kiel, wobei erstere', expected: 'Bremen' },
    { text: 'Die Stadt und das Land, und letzteres', expected: 'Land' },
    { text: 'Anna Berger oder Paul Weber, letzterer', expected: 'Paul Weber' },
    { text: 'Der Streit ging weiter, wobei letztere', expected: null },
    { text: 'Der Streit zwischen Bremen und Kiel, wobei diese', expected: null },
  ])('$text', ({ text, expected }) => {
    const tokens = tokenize(text);
    const names = pairReferent(tokens, tokens.length - 1);
    expect(names ? names.map((t) => t.text).join(' ') : null).toEqual(expected);
  });
});

describe('a report by "letztere" or "erstere"', () => {
  it.each([
    {
      name: 'the last of the pair names the cause',
      text: 'Der Streit zwischen der Stadt und dem Land ging weiter, wobei letzteres die Kosten als Grund nannte.',
      expected: [{ kind: 'reported', text: 'letzteres die Kosten als Grund nannte.', speaker: 'Land' }],
    },
    {
      name: 'the first of the pair judges the plan',
      text: 'Der Streit zwischen Anna Berger und Paul Weber ging weiter, wobei ersterer den Plan als Fehler bezeichnete.',
      expected: [
        { kind: 'reported', text: 'ersterer den Plan als Fehler bezeichnete.', speaker: 'Anna Berger' },
      ],
    },
    {
      name: 'the pair in the sentence before',
      text: 'Bremen und Kiel stritten um die Halle. Letzteres nannte die Kosten als Grund.',
      expected: [{ kind: 'reported', text: 'Letzteres nannte die Kosten als Grund.', speaker: 'Kiel' }],
    },
    {
      name: 'no reporting verb, no report',
      text: 'Sie besuchte Kiel und Bremen, wobei letzteres sie besonders beeindruckte.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
