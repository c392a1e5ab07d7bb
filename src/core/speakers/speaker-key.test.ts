import { describe, expect, it } from 'vitest';
import { keyNamedBy, nameOfKey, speakerKey, type KnownSpeaker } from './speaker-key';

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

  it('cuts a long name where keys were always cut, so that a speaker page keeps its address', () => {
    const name = 'Arbeitsgemeinschaft der Bürgerinitiativen gegen den Ausbau des Hafens am Bodensee';
    expect(speakerKey({ name })).toBe(
      'arbeitsgemeinschaft-der-buergerinitiativen-gegen-den-ausbau-des-hafens-am-bodens',
    );
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

describe('keyNamedBy', () => {
  const SPEAKERS: KnownSpeaker[] = [
    { key: 'jonas-brecht', name: 'Jonas Brecht' },
    { key: 'juergen-gross', name: 'Jürgen Groß' },
    {
      key: 'harbour-board',
      name: 'Harbour board',
      localizedName: { de: 'Hafenverwaltung', en: 'Harbour board' },
    },
    // A key of its own, set by the article: the name still finds it.
    { key: 'lind-mayor', name: 'Eva Lind' },
    // Two people of one name, told apart by their articles' keys.
    { key: 'tom-berg-1', name: 'Tom Berg' },
    { key: 'tom-berg-2', name: 'Tom Berg' },
  ];

  it.each([
    ['Jonas Brecht', 'jonas-brecht'],
    ['jonas brecht', 'jonas-brecht'],
    ['  JONAS   BRECHT ', 'jonas-brecht'],
    ['Jürgen Groß', 'juergen-gross'],
    ['Juergen Gross', 'juergen-gross'],
    ['Hafenverwaltung', 'harbour-board'],
    ['Eva Lind', 'lind-mayor'],
    ['lind-mayor', 'lind-mayor'],
  ])('finds %j as %j', (typed, key) => {
    expect(keyNamedBy(typed, SPEAKERS)).toBe(key);
  });

  it.each([
    ['Tom Berg', 'two speakers of that name'],
    ['Brecht', 'a part of a name'],
    ['Jonas Brechter', 'another name'],
    ['', 'nothing'],
  ])('finds no key for %j (%s)', (typed) => {
    expect(keyNamedBy(typed, SPEAKERS)).toBeUndefined();
  });

  it('counts a speaker listed twice (shipped and imported) once', () => {
    expect(keyNamedBy('Jonas Brecht', [...SPEAKERS, { key: 'jonas-brecht', name: 'Jonas Brecht' }])).toBe(
      'jonas-brecht',
    );
  });

  it('finds a name a slug cannot spell by the key it gives', () => {
    const name = 'Владимир Иванов';
    expect(keyNamedBy(name, [{ key: speakerKey({ name }), name }])).toBe(speakerKey({ name }));
  });
});
