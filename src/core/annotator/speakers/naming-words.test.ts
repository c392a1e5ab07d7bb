import { describe, expect, it } from 'vitest';
import { roleGenderByForm } from './naming-words';

describe('the gender a role that names either shows by its form', () => {
  it.each([
    { determiner: 'der', role: 'Vorsitzende', gender: 'm' },
    { determiner: 'die', role: 'Vorsitzende', gender: 'f' },
    { determiner: 'eine', role: 'Abgeordnete', gender: 'f' },
    { determiner: 'ein', role: 'Abgeordneter', gender: 'm' },
    { determiner: undefined, role: 'Vorsitzender', gender: 'm' },
    { determiner: 'der', role: 'SPD-Vorsitzende', gender: 'm' },
    // other cases than the nominative singular show no gender
    { determiner: 'des', role: 'Vorsitzenden', gender: undefined },
    { determiner: 'die', role: 'Vorsitzenden', gender: undefined },
    { determiner: 'dem', role: 'Abgeordneten', gender: undefined },
    // a neuter role, and a role of one gender (which its noun shows by itself)
    { determiner: 'das', role: 'Mitglied', gender: undefined },
    { determiner: 'die', role: 'Ministerin', gender: undefined },
  ])('$determiner $role: $gender', ({ determiner, role, gender }) => {
    expect(roleGenderByForm(determiner, role)).toBe(gender);
  });
});
