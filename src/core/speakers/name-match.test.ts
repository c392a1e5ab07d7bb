import { describe, expect, it } from 'vitest';
import { matchableName, nameMatches, nameQuery, runOnNames, valuesNamed } from './name-match';

const matches = (name: string, text: string) => {
  const query = nameQuery(text);
  return query !== undefined && nameMatches(matchableName(name), query);
};

describe('nameMatches: what a person types finds the speaker', () => {
  it.each([
    ['Paul Hegner', 'hegner'],
    ['Paul Hegner', 'Hegn'],
    ['Paul Hegner', 'PAUL'],
    ['Paul Hegner', 'paul hegner'],
    ['Paul Hegner', 'Hegner, Paul'],
    ['Paul Hegner', 'he pa'],
    ["Siobhán O'Connor", 'OConnor'],
    ["Siobhán O'Connor", 'o connor'],
    ["Siobhán O'Connor", "O'Connor"],
    ["Siobhán O'Connor", 'connor'],
    ["Siobhán O'Connor", 'siobhan'],
    ['Đorđe Balašević', 'Dorde'],
    ['Đorđe Balašević', 'balasevic'],
    ['Łukasz Żukowski', 'lukasz zuk'],
    ['Jürgen Müller', 'mueller'],
    ['Jürgen Müller', 'Muller'],
    ['Jürgen Müller', 'juergen'],
    ['Jean-Luc Mélenchon', 'jeanluc'],
    ['Jean-Luc Mélenchon', 'luc'],
    ['Jean-Luc Mélenchon', 'melenchon'],
    ['Evamaria Lind', 'Eva-Maria'],
    ['Evamaria Lind', 'eva maria lind'],
    ['Hans-Peter Friedrich', 'Hans Peter'],
    ['Straßer', 'strasser'],
    ['NATO-Führung', 'nato fuhrung'],
    ['李明', '李明'],
    // Written together and folded as one word, as the search folds it: the "ae", "oe", "ue" across the space are
    // read as a spelt-out umlaut ("rosaebert" → `rosabert`), on both sides.
    ['Rosa Ebert', 'rosaebert'],
    ['Rosa Ebert', 'RosaEb'],
    ['Milo Engstrand', 'miloengstrand'],
    ['Ilka Marlu Eisen', 'marlueisen'],
    ['Ilka Marlu Eisen', 'ilkamarlueisen'],
    ['Jolanda Que-Emsig', 'queemsig'],
  ])('%s ← %s', (name, text) => {
    expect(matches(name, text)).toBe(true);
  });
});

describe('nameMatches: and does not find another', () => {
  it.each([
    // Only the beginnings of words: a letter inside a word finds nothing.
    ['Paul Hegner', 'seth'],
    ['Paul Hegner', 'ete'],
    // Every typed word counts.
    ['Paul Hegner', 'paul smith'],
    // Not stemmed: another name is another person.
    ['Olaf Schulz', 'Schulze'],
    ['Mark Rosen', 'Rosenr'],
    ["Siobhán O'Connor", 'oconnell'],
    // Together from the beginning of a word only.
    ['Rosa Ebert', 'osaebert'],
    ['Rosa Ebert', 'rosaeberts'],
  ])('%s ← %s', (name, text) => {
    expect(matches(name, text)).toBe(false);
  });
});

describe('nameQuery', () => {
  it('is undefined without a letter or digit to look for', () => {
    expect(nameQuery('')).toBeUndefined();
    expect(nameQuery(' „–“ ')).toBeUndefined();
  });
});

describe('valuesNamed', () => {
  const speakers: { key: string; name: string; localizedName?: Record<string, string> }[] = [
    { key: 'paul-hegner', name: 'Paul Hegner' },
    { key: 'nato-leadership', name: 'NATO leadership', localizedName: { de: 'NATO-Führung' } },
    { key: 'nato', name: 'NATO' },
    { key: 'moscow', name: 'Moscow', localizedName: { de: 'Moskau', en: 'Moscow' } },
  ];
  it.each([
    ['hegner', ['paul-hegner']],
    ['nato', ['nato-leadership', 'nato']],
    ['führung', ['nato-leadership']],
    ['mosk', ['moscow']],
    ['?', []],
    ['nobody', []],
  ])('%s → %j, in the given order', (text, keys) => {
    expect(valuesNamed(speakers, text).map((value) => value.key)).toEqual(keys);
  });
});

describe('runOnNames: the name written together from each word on, as the search indexes it', () => {
  it.each([
    ["Siobhán O'Connor", ['SiobhánOConnor', 'OConnor']],
    ['Annegret Kramp-Karrenbauer', ['AnnegretKrampKarrenbauer', 'KrampKarrenbauer']],
    ['Ursula von der Leyen', ['UrsulavonderLeyen', 'vonderLeyen', 'derLeyen']],
    ['NATO', []],
  ])('%s → %j', (name, runs) => {
    expect(runOnNames(name)).toEqual(runs);
  });
});
