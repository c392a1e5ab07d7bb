/**
 * A parenthesis or a short quoted phrase inside a clause is an insertion: walking back from a participle to its
 * auxiliary, the clause goes on before it (`grammar/insertions.ts`, `insertionStart`, `stepBack`), so the perfect
 * still reports. "wie" right after a finite auxiliary compares (`statements/wie-clauses.ts`). Own example sentences.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

const reported = (text: string, speaker: string) => [{ kind: 'reported', text, speaker }];

describe('insertions inside a reporting clause', () => {
  it.each([
    {
      name: 'a parenthesis between the auxiliary and the participle',
      text: 'Vor einer neuen Dürre hat die Ministerin Eva Roth (Grüne) am Montag gewarnt.',
      expected: reported(
        'Vor einer neuen Dürre hat die Ministerin Eva Roth (Grüne) am Montag gewarnt.',
        'Eva Roth',
      ),
    },
    {
      name: 'a quoted name between the auxiliary and the participle',
      text: 'Die Vorsitzende hat den „Neuen Plan“ am Abend vorgestellt und eine Reform gefordert.',
      expected: reported(
        'Die Vorsitzende hat den „Neuen Plan“ am Abend vorgestellt und eine Reform gefordert.',
        'Vorsitzende',
      ),
    },
    {
      name: 'a pluperfect past a quoted phrase is still background',
      text: 'Der Verein hatte den „Neuen Plan“ lange gefordert.',
      expected: [],
    },
    {
      name: '"wie" after a finite auxiliary compares, and opens no clause of source',
      text: 'Der Kandidat war von der Partei unterstützt worden und hatte wie diese den „Ausverkauf“ und die Steuerpolitik angeprangert.',
      expected: [],
    },
    {
      name: 'a clause of source puts its own auxiliary last',
      text: 'Wie die Ministerin angeprangert hatte, fehlen an den Schulen die Lehrer.',
      expected: [{ kind: 'indirect', text: 'fehlen an den Schulen die Lehrer', speaker: 'Ministerin' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
