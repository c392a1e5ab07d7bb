/** Extended participle attributes between an article and its noun (`participle-attributes.ts`). */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';
import { isAttributiveParticiple } from './participle-attributes';

describe('participles before a noun', () => {
  it.each([
    ['geborene', true],
    ['gehörenden', true],
    ['überlebende', true],
    ['ernannte', true],
    ['vorgestellten', true],
    ['kritisierte', true],
    ['kalifornischen', false],
    ['zuständige', false],
    ['neue', false],
    ['lebt', false],
  ])('%s: %s', (word, expected) => {
    expect(isAttributiveParticiple(word)).toBe(expected);
  });
});

describe('the speaker behind an attribute closed by a participle', () => {
  it.each([
    {
      name: 'after the verb, an attribute with a preposition',
      text: '„Wir fangen neu an“, schrieb die in Lübeck geborene Jana Holm.',
      expected: [{ kind: 'direct', text: '„Wir fangen neu an“', speaker: 'Jana Holm' }],
    },
    {
      name: 'an organisation after an attribute that names another one',
      text: 'Der Kurs werde fortgesetzt, teilte die zum Landkreis gehörende Stiftung Seeblick mit.',
      expected: [{ kind: 'indirect', text: 'Der Kurs werde fortgesetzt', speaker: 'Seeblick' }],
    },
    {
      name: 'before the verb, an attribute with an object, and the age between commas',
      text: 'Die den Brand überlebende Mara Lind, 52, schilderte die Nacht: „Es war plötzlich überall Rauch.“',
      expected: [{ kind: 'direct', text: '„Es war plötzlich überall Rauch.“', speaker: 'Mara Lind' }],
    },
    {
      name: 'a relative clause after the article is no attribute',
      text: 'Die Ärztin, die in Kiel lebt, sagte, sie sei zufrieden.',
      expected: [{ kind: 'indirect', text: 'sie sei zufrieden', speaker: 'Ärztin' }],
    },
    {
      name: 'the agent of the participle holds what the noun announces',
      text: 'Die von Ole Brandt geäußerte Hoffnung, die Brücke werde bald fertig, erfüllte sich nicht.',
      expected: [{ kind: 'indirect', text: 'die Brücke werde bald fertig', speaker: 'Ole Brandt' }],
    },
    {
      name: 'a group as the agent',
      text: 'Die vom Mieterbund geäußerte Sorge, die Preise würden steigen, teilt die Stadt nicht.',
      expected: [{ kind: 'indirect', text: 'die Preise würden steigen', speaker: 'Mieterbund' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
