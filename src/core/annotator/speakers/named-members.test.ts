/** A subject whose apposition names its members: the members speak (`named-members.ts`). */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('the members named in the subject’s apposition', () => {
  it.each([
    {
      name: 'two members after "vor allem" are one group',
      text: 'Einige Städte, vor allem Bremen und Kiel, äußerten ihre Zustimmung.',
      expected: [
        {
          kind: 'reported',
          text: 'Einige Städte, vor allem Bremen und Kiel, äußerten ihre Zustimmung.',
          speaker: 'Bremen und Kiel',
        },
      ],
    },
    {
      name: 'one member after "darunter", in the perfect',
      text: 'Mehrere Verbände, darunter der Mieterbund, haben ihre Ablehnung geäußert.',
      expected: [
        {
          kind: 'reported',
          text: 'Mehrere Verbände, darunter der Mieterbund, haben ihre Ablehnung geäußert.',
          speaker: 'Mieterbund',
        },
      ],
    },
    {
      name: 'a member after "insbesondere" with the auxiliary first and the participle after the apposition',
      text: 'Am Montag haben einige Länder, insbesondere Polen, ihre Bedenken offen geäußert.',
      expected: [
        {
          kind: 'reported',
          text: 'Am Montag haben einige Länder, insbesondere Polen, ihre Bedenken offen geäußert.',
          speaker: 'Polen',
        },
      ],
    },
    {
      name: 'a member person with a statement',
      text: 'Mehrere Abgeordnete, darunter Anna Berger, sagten, der Plan sei zu teuer.',
      expected: [{ kind: 'indirect', text: 'der Plan sei zu teuer', speaker: 'Anna Berger' }],
    },
    {
      name: 'an apposition with no introducer names the subject again, not its members',
      text: 'Der Sprecher des Vereins, Paul Weber, sagte, der Plan sei zu teuer.',
      expected: [{ kind: 'indirect', text: 'der Plan sei zu teuer', speaker: 'Paul Weber' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
