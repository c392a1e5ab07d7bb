import { describe, expect, it } from 'vitest';
import { speakerKey } from './speaker-key';

describe('speakerKey', () => {
  it.each([
    ['Eva Lind', 'eva-lind'],
    ['EVA  LIND', 'eva-lind'],
    ['Jürgen Groß', 'juergen-gross'],
    ['François Hollande', 'francois-hollande'],
    ['„Die Stadtwerke“', 'die-stadtwerke'],
    ['…', 'speaker'],
  ])('derives %j → %j from the name', (name, key) => {
    expect(speakerKey({ name })).toBe(key);
  });

  it('prefers the key the article sets', () => {
    expect(speakerKey({ name: 'E. Lind', key: 'eva-lind' })).toBe('eva-lind');
  });
});
