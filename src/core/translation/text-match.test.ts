import { describe, expect, it } from 'vitest';
import { clauseAt, findPhrase, normalizeForSearch, withQuotationMarks } from './text-match';

const slice = (text: string, range: { start: number; end: number } | undefined) =>
  range && text.slice(range.start, range.end);

describe('text matching in a translated sentence', () => {
  it('normalises quotation marks, spaces and case without moving offsets', () => {
    expect(normalizeForSearch('„Wir“\u00a0«Sie» ‘X’')).toBe('"wir" "sie" "x"');
  });

  it.each([
    ['case and marks aside', 'He said: “We Build It.”', 'we build it', 0.5, 'We Build It'],
    ['punctuation the translator added', 'Then “we build it” he said.', 'We build it.', 0.5, 'we build it'],
    ['whole words only', 'Dinner is late; the inn is closed.', 'inn', 0.2, 'inn'],
    ['the occurrence nearest the original place', 'yes, no, yes', 'yes', 0.9, 'yes'],
  ])('finds a phrase: %s', (_name, text, phrase, near, expected) => {
    const found = findPhrase(text, phrase, near);
    expect(slice(text, found)).toBe(expected);
    if (_name.startsWith('the occurrence')) expect(found?.start).toBe(9);
  });

  it('finds nothing when the words are not there', () => {
    expect(findPhrase('He left.', 'she stayed', 0.5)).toBeUndefined();
    expect(findPhrase('He left.', '…', 0.5)).toBeUndefined();
  });

  it('grows a range over the quotation marks the original had, and the punctuation English puts inside', () => {
    const text = '“We build the harbour,” she said.';
    const found = { start: 1, end: 21 };
    expect(slice(text, withQuotationMarks(text, found, { left: true, right: true }))).toBe(
      '“We build the harbour,”',
    );
    expect(slice(text, withQuotationMarks(text, found, { left: false, right: false }))).toBe(
      'We build the harbour',
    );
  });

  it('falls back on the clause at a place, trimmed to its words', () => {
    const text = 'He called it, in his words, “a waste” and left.';
    expect(slice(text, clauseAt(text, 0))).toBe('He called it');
    expect(slice(text, clauseAt(text, 0.5))).toBe('in his words');
    expect(slice(text, clauseAt(text, 0.7))).toBe('a waste');
    expect(slice(text, clauseAt('…', 0.5))).toBeUndefined();
  });
});
