import { describe, expect, it } from 'vitest';
import { kindOfWords } from './kind-of-words';

describe('kindOfWords', () => {
  it.each([
    ['German marks', '„Wir bauen den Hafen“', 'direct'],
    ['an opening mark only', '„Wir bauen den Hafen', 'direct'],
    ['a closing mark only', 'den Hafen noch in diesem Jahr aus“', 'direct'],
    ['a closing ” after „', 'den Hafen aus”', 'direct'],
    ['guillemets', '»Das ist Geldverschwendung«', 'direct'],
    ['inner marks', '‚zu teuer‘', 'direct'],
    ['inner guillemets', '›zu teuer‹', 'direct'],
    ['typewriter marks', '"Wir bauen"', 'direct'],
    ['white space around the marks', '  „Wir bauen den Hafen“ \n', 'direct'],
    ['no marks', 'für die Handelskammer ist der Ausbau ein Gewinn', 'indirect'],
    ['a mark inside only', 'Er nannte das „Geldverschwendung“ und ging', 'indirect'],
    ['a closing mark at the start', '“ sagte Tom Berg', 'indirect'],
    ['an apostrophe at the end', 'das Projekt von Klaus’', 'indirect'],
    ['nothing', '   ', 'indirect'],
  ])('%s: %s → %s', (_name, words, kind) => {
    expect(kindOfWords(words)).toBe(kind);
  });
});
