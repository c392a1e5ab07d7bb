/**
 * The pass (`annotate-text.ts`): a statement that reaches back to an earlier sentence ("Das geht aus dem Bericht
 * hervor") is not found a second time when that sentence already holds it for the same speaker or for nobody named.
 */
import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found';

describe('a statement reaching back over a sentence already quoted is found once', () => {
  it.each([
    {
      name: 'a source inside the sentence, then "Das geht aus … hervor": one quote',
      text: 'Jede vierte Brücke ist laut einer Studie der Bauingenieure marode. Das geht aus dem Brückenbericht hervor, den der Verband am Montag vorstellte.',
      expected: 1,
    },
    {
      name: 'the same speaker twice ("Laut X …. Dies hält er …"): one quote',
      text: 'Laut der Forscherin Ida Brandt ist die Probe verunreinigt. Dies hält sie aber für unwahrscheinlich.',
      expected: 1,
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).filter((q) => q.kind !== 'direct')).toHaveLength(expected);
  });

  it('two sources for the same words are two quotes', () => {
    const text =
      'Laut einem Bericht des Senders ist der Hafen geschlossen. Das bestätigte der Bürgermeister Jan Ohm am Abend.';
    expect(found(text).map((q) => q.speaker)).toEqual(['Jan Ohm', 'Bericht des Senders']);
  });
});
