/**
 * Indirect, reported and free indirect speech: the rules of `indirect.ts`, `frames.ts`, `cues.ts` and the
 * speech-verb lexicon, one named sentence each (own example sentences).
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes';

interface Expected {
  kind: string;
  /** The quote's text, its spans joined with " | ". */
  text: string;
  speaker: string | null;
}

function found(text: string): Expected[] {
  return findQuotes(text, '2024-05-02').map((q) => ({
    kind: q.kind,
    text: q.quote.map(([s, e]) => text.slice(s, e)).join(' | '),
    speaker: q.speaker,
  }));
}

describe('continuation in Konjunktiv', () => {
  it.each([
    {
      name: 'a run of Konjunktiv sentences is one statement',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Man habe zu spät gehandelt. Nun müsse man neu beginnen.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        {
          kind: 'indirect',
          text: 'Man habe zu spät gehandelt. Nun müsse man neu beginnen.',
          speaker: 'Eva Roth',
        },
      ],
    },
    {
      name: 'a new paragraph starts a new statement',
      text: 'Ministerin Eva Roth sagte, der Plan sei gescheitert. Man habe zu spät gehandelt.\n\nNun müsse man neu beginnen.',
      expected: [
        { kind: 'indirect', text: 'der Plan sei gescheitert', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Man habe zu spät gehandelt.', speaker: 'Eva Roth' },
        { kind: 'indirect', text: 'Nun müsse man neu beginnen.', speaker: 'Eva Roth' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
