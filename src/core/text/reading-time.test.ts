import { describe, expect, it } from 'vitest';
import { countWords, estimateReadingMinutes, readingMinutes, WORDS_PER_MINUTE } from './reading-time';

describe('countWords', () => {
  const cases: { name: string; text: string; locale: string; words: number }[] = [
    { name: 'empty text', text: '', locale: 'en', words: 0 },
    { name: 'punctuation only', text: '„…“ – !', locale: 'de', words: 0 },
    {
      name: 'German with quotes and a date',
      text: '„Wir bauen den Hafen aus“, sagte sie am 13.02.2025.',
      locale: 'de',
      words: 9,
    },
    { name: 'English contraction is one word', text: "We don't know.", locale: 'en', words: 3 },
    { name: 'hyphenated compound', text: 'NATO-Mitgliedschaft der Ukraine', locale: 'de', words: 4 },
    { name: 'Japanese without spaces', text: '私は学生です', locale: 'ja', words: 4 },
  ];
  it.each(cases)('$name', ({ text, locale, words }) => {
    expect(countWords(text, locale)).toBe(words);
  });
});

describe('readingMinutes', () => {
  const cases: { name: string; words: number; minutes: number }[] = [
    { name: 'nothing to read', words: 0, minutes: 0 },
    { name: 'a single word is still a minute', words: 1, minutes: 1 },
    { name: 'one and a half minutes rounds up', words: WORDS_PER_MINUTE * 1.5, minutes: 2 },
    { name: 'just under four and a half minutes rounds down', words: WORDS_PER_MINUTE * 4.4, minutes: 4 },
    { name: 'a long read', words: WORDS_PER_MINUTE * 20, minutes: 20 },
  ];
  it.each(cases)('$name', ({ words, minutes }) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

it('estimateReadingMinutes adds up the words of all paragraphs', () => {
  const paragraph = Array.from({ length: 115 }, () => 'Wort').join(' ');
  expect(estimateReadingMinutes([paragraph, paragraph, paragraph], 'de')).toBe(2);
  expect(estimateReadingMinutes([], 'de')).toBe(0);
});
