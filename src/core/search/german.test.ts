import { describe, expect, it } from 'vitest';
import { foldGerman, searchTerms, stemGerman } from './german';

describe('foldGerman', () => {
  it.each([
    ['Bündnis', 'bundnis'],
    ['Buendnis', 'bundnis'],
    ['BÜNDNIS', 'bundnis'],
    ['Straße', 'strasse'],
    ['Äußerung', 'ausserung'],
    ['Öffentlichkeit', 'offentlichkeit'],
    ['Oeffentlichkeit', 'offentlichkeit'],
    ['Quelle', 'quelle'],
    ['Café', 'cafe'],
    // "Dorde" finds "Đorđe", "Lukasz" finds "Łukasz": letters without a decomposition spelt in ASCII.
    ['Đorđe', 'dorde'],
    ['Łukasz', 'lukasz'],
    ['Søren', 'soren'],
  ])('%s → %s', (word, folded) => {
    expect(foldGerman(word)).toBe(folded);
  });
});

describe('stemGerman: inflected forms share one term', () => {
  it.each([
    ['Bündnis', ['Bündnisses', 'Bündnisse', 'Bündnissen', 'Bundnis', 'Buendnis']],
    ['Minister', ['Ministers', 'Ministern']],
    ['Haushalt', ['Haushalts', 'Haushaltes', 'Haushalte', 'Haushalten']],
    ['Stadt', ['Städte', 'Staedte']],
    ['Brücke', ['Brücken']],
    ['sagte', ['sagten', 'sagt']],
    ['klein', ['kleine', 'kleinen', 'kleiner', 'kleines', 'kleinem']],
    ['Fuß', ['Füße', 'Fuesse']],
    ['minister', ['ministers']],
  ])('%s', (base, forms) => {
    for (const form of forms) expect([form, stemGerman(form)]).toEqual([form, stemGerman(base)]);
  });
});

describe('stemGerman: different words stay apart', () => {
  it.each([
    ['Bund', 'Bündnis'],
    ['Rat', 'Rathaus'],
    ['Bau', 'Bauer'],
    ['Weg', 'Wege'.slice(0, 2)],
  ])('%s ≠ %s', (a, b) => {
    expect(stemGerman(a)).not.toBe(stemGerman(b));
  });

  it('keeps short words whole', () => {
    expect(['es', 'er', 'ist', 'Ems'].map(stemGerman)).toEqual(['es', 'er', 'ist', 'ems']);
  });
});

describe('searchTerms', () => {
  it('splits on punctuation and quotation marks and stems every word', () => {
    expect(searchTerms('„Das Bündnis hält“, sagte Eva-Maria Lind.')).toEqual([
      'das',
      'bundnis',
      'halt',
      'sagt',
      'eva',
      'maria',
      'lind',
    ]);
  });

  it('keeps digits', () => {
    expect(searchTerms('Im Jahr 2025: 3,5 Prozent')).toEqual(['im', 'jahr', '2025', '3', '5', 'prozent']);
  });
});
