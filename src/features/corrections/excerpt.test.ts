import { describe, expect, it } from 'vitest';
import { carriesQuotationMarks } from './excerpt';

describe('carriesQuotationMarks', () => {
  it.each([
    ['a German direct quote', '„Wir bauen den Hafen aus“', true],
    ['a selection over a quote and its comma', '„Das ist Geldverschwendung“,', true],
    ['the end of a quote', 'den Hafen aus“, sagte', false],
    ['a selection ending in a quote', 'sagte Lind: „Wir bauen den Hafen aus“', true],
    ['the start of a quote, cut short', '„Wir bauen den Hafen noch in diesem Jahr aus, und zwar…', true],
    ['German guillemets', '»Wir bauen den Hafen aus«', true],
    ['French guillemets', '« Nous avons attendu ce pont »', true],
    ['English marks', '“We will expand the harbour,”', true],
    ['a single German quotation', '‚Hände weg‘', true],
    ['straight marks, after a space', ' "Hände weg"', true],
    ['plain words', 'Kritiker halten das Projekt für zu teuer', false],
    ['words ending in an apostrophe', 'das Buch von Hans’', false],
    ['a quotation inside the words', 'sie nannte es „kein Zustand“ und ging', false],
  ])('%s: %s', (_name, words, expected) => {
    expect(carriesQuotationMarks(words)).toBe(expected);
  });
});
