import { describe, expect, it } from 'vitest';
import valid from './__fixtures__/valid-minimal.json';
import { findWords, findWordsInText } from './find-words';
import { parseArticle } from './parse';

const TEXT =
  '„Wir bauen den Hafen aus“, sagte Eva Lind.\nKritiker halten  das Projekt für zu teuer – sagen sie.';
const at = (words: string) => findWordsInText(TEXT, words).map(({ start, end }) => TEXT.slice(start, end));

describe('findWordsInText', () => {
  it.each([
    ['the words as they stand', 'sagte Eva Lind', ['sagte Eva Lind']],
    ['other capitals', 'KRITIKER halten', ['Kritiker halten']],
    [
      'a typed quotation mark for a typographic one',
      '"Wir bauen den Hafen aus"',
      ['„Wir bauen den Hafen aus“'],
    ],
    ['one space for two', 'halten das Projekt', ['halten  das Projekt']],
    ['a space for a line break', 'Lind. Kritiker', ['Lind.\nKritiker']],
    ['a hyphen for a dash', 'teuer - sagen', ['teuer – sagen']],
    ['white space around the words', '  zu teuer \n', ['zu teuer']],
    ['every occurrence', 'SAG', ['sag', 'sag']],
    ['nothing for words not in the text', 'Hafen ein', []],
    ['nothing for white space alone', ' \n ', []],
  ])('finds %s', (_name, words, expected) => {
    expect(at(words)).toEqual(expected);
  });

  it('gives UTF-16 offsets into the text, past characters of two units', () => {
    const text = 'Sie 👍 sagte: ja';
    expect(findWordsInText(text, 'sagte')).toEqual([{ start: 7, end: 12 }]);
  });
});

describe('findWords', () => {
  it('finds the words in the paragraphs of one language, by paragraph id', () => {
    const parsed = parseArticle(structuredClone(valid));
    if (!parsed.ok) throw new Error('fixture invalid');
    expect(findWords(parsed.article, 'de', 'Eva Lind')).toEqual([{ paragraph: 'p1', start: 49, end: 57 }]);
    expect(findWords(parsed.article, 'de', 'der Rat')).toEqual([{ paragraph: 'p2', start: 22, end: 29 }]);
    expect(findWords(parsed.article, 'en', 'der Rat')).toEqual([]);
  });
});
