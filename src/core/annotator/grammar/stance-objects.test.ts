/** A stance noun is what is made known, never who makes it known (`stance-objects.ts`). */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a stance noun before the auxiliary', () => {
  it.each([
    {
      name: 'the subject follows the auxiliary',
      text: 'Ihre Ablehnung hat die Partei offen geäußert.',
      speaker: 'Partei',
    },
    {
      name: 'a plural stance noun',
      text: 'Seine Bedenken hat der Verband schon im Mai geäußert.',
      speaker: 'Verband',
    },
    {
      name: 'a compound ending in a stance noun',
      text: 'Grundsatzkritik hat die Gewerkschaft deutlich geäußert.',
      speaker: 'Gewerkschaft',
    },
    {
      name: 'a subject first is still the subject',
      text: 'Die Partei hat ihre Ablehnung offen geäußert.',
      speaker: 'Partei',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text)).toEqual([{ kind: 'reported', text, speaker }]);
  });
});
