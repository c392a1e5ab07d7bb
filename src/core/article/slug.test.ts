import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

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
