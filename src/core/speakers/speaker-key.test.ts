import { describe, expect, it } from 'vitest';
import { nameOfKey, speakerKey } from './speaker-key';

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

  it('gives names in a script a slug cannot spell a key of their own, the same for the same name', () => {
    const li = speakerKey({ name: '李明' });
    const putin = speakerKey({ name: 'Владимир Путин' });
    expect(li).toMatch(/^speaker-[a-z0-9]+$/);
    expect(putin).toMatch(/^speaker-[a-z0-9]+$/);
    expect(new Set([li, putin, speakerKey({ name: '王芳' }), speakerKey({ name: '🎉' })]).size).toBe(4);
    // Written with other spaces, capitals or quotation marks, the same person.
    expect(speakerKey({ name: ' „ВЛАДИМИР  Путин“ ' })).toBe(putin);
  });

  it('prefers the key the article sets', () => {
    expect(speakerKey({ name: 'E. Lind', key: 'eva-lind' })).toBe('eva-lind');
  });
});

describe('nameOfKey', () => {
  it.each([
    ['jonas-brecht', 'Jonas Brecht'],
    ['eva-maria-lind', 'Eva Maria Lind'],
    ['juergen-gross', 'Juergen Gross'],
    ['Angela Merkel', 'Angela Merkel'],
    ['angela merkel', 'Angela Merkel'],
    ['von-der-Leyen', 'von der Leyen'],
    ['city-council', 'City Council'],
    ['speaker-johnson', 'Speaker Johnson'],
    ['speaker-1x2k9q', undefined],
    ['speaker', undefined],
    ['---', undefined],
    ['', undefined],
    ['2025', undefined],
  ])('reads %j as %j', (key, name) => {
    expect(nameOfKey(key)).toBe(name);
  });

  it('finds no name in the key of a name a slug cannot spell', () => {
    expect(nameOfKey(speakerKey({ name: 'Владимир Путин' }))).toBeUndefined();
  });
});
