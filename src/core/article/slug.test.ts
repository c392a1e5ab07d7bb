import { describe, expect, it } from 'vitest';
import { slugify, type SlugCut } from './slug';

describe('slugify', () => {
  it.each([
    ['„Hafen: Rat stimmt ab“', 'hafen-rat-stimmt-ab'],
    ['Bürgermeisterin Größe', 'buergermeisterin-groesse'],
    ['Crème brûlée 2024', 'creme-brulee-2024'],
    // Letters Unicode does not decompose are spelt, not dropped ('or-e-scepanovic', 'odz' before).
    ['Đorđe Šćepanović', 'dorde-scepanovic'],
    ['Łódź', 'lodz'],
    ['Søren Ærø', 'soren-aero'],
    ["Renée O'Connor", 'renee-o-connor'],
    ['   ', 'article'],
    ['„…“', 'article'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('slugify cutting a long title', () => {
  const TITLE = 'Die Stimmung in der Stadt ist nach dem Beschluss des Rates umgeschlagen';
  it.each<[string, string, number, SlugCut | undefined, string]>([
    // The tester's case: the address of an imported article ended '…-umgeschla'.
    [
      'after the last whole word',
      TITLE,
      65,
      undefined,
      'die-stimmung-in-der-stadt-ist-nach-dem-beschluss-des-rates',
    ],
    ['at a hyphen the limit falls on', 'hafen-rat stimmt ab', 9, undefined, 'hafen-rat'],
    ['just before a hyphen', 'hafen rat stimmt ab', 10, undefined, 'hafen-rat'],
    ['a title that fits is whole', 'hafen rat stimmt ab', 19, undefined, 'hafen-rat-stimmt-ab'],
    [
      'a first word longer than the limit',
      'Donaudampfschifffahrtsgesellschaft baut',
      10,
      undefined,
      'donaudampf',
    ],
    ['a word spelt longer (ü → ue) is not cut', 'Bürgermeisterin Größe', 20, undefined, 'buergermeisterin'],
    [
      'mid-word, for keys kept as they were',
      TITLE,
      65,
      'character',
      'die-stimmung-in-der-stadt-ist-nach-dem-beschluss-des-rates-umgesc',
    ],
    ['for keys, without a hyphen at the end', 'hafen rat stimmt ab', 10, 'character', 'hafen-rat'],
  ])('%s', (_name, text, max, cut, slug) => {
    const result = slugify(text, 'article', max, cut);
    expect(result).toBe(slug);
    expect(result.length).toBeLessThanOrEqual(max);
  });
});
