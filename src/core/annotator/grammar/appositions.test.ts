/** Parenthetical appositions between commas (`appositions.ts`) and the perfect they leave whole (`cues.ts`). */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens';
import { appositionClosedBy } from './appositions';
import { findCues } from './cues';

/** The words of the apposition closed by the last comma of `text`, or null. */
function apposition(text: string): { members: string; introduced: boolean } | null {
  const tokens = tokenize(text);
  const close = tokens.map((t) => t.text).lastIndexOf(',');
  const found = appositionClosedBy(tokens, close);
  if (!found) return null;
  const members = tokens
    .slice(found.members, found.close)
    .map((t) => t.text)
    .join(' ');
  return { members, introduced: found.introduced };
}

describe('an apposition between commas', () => {
  it.each([
    {
      name: 'members after "insbesondere"',
      text: 'Einige Städte, insbesondere Bremen und die Stadt Kiel,',
      expected: { members: 'Bremen und die Stadt Kiel', introduced: true },
    },
    {
      name: 'a member after the two words "vor allem"',
      text: 'Der Verband, vor allem sein Vorsitzender,',
      expected: { members: 'sein Vorsitzender', introduced: true },
    },
    {
      name: 'an example after "darunter", with an adjective before its noun',
      text: 'Mehrere Vereine, darunter der hiesige Ruderclub,',
      expected: { members: 'der hiesige Ruderclub', introduced: true },
    },
    {
      name: 'a noun phrase naming the same thing again, with no introducer',
      text: 'Die Partei des Kanzlers, die Volkspartei,',
      expected: { members: 'die Volkspartei', introduced: false },
    },
    { name: 'a clause with a verb is none', text: 'Die Stadt, die den Plan ablehnt,', expected: null },
    { name: 'an adverbial is none', text: 'Die Stadt hat, wie erwartet,', expected: null },
    { name: 'a lone comma is none', text: 'Der Rat tagte,', expected: null },
  ])('$name', ({ text, expected }) => {
    expect(apposition(text)).toEqual(expected);
  });
});

describe('a perfect over an apposition', () => {
  it.each([
    {
      name: 'the auxiliary before an apposition and the participle after it',
      text: 'Dann haben einige Städte, insbesondere Bremen und Kiel, ihre Bedenken geäußert.',
      expected: ['geäußert'],
    },
    {
      name: 'over an apposition with no introducer',
      text: 'Dann hat der Verband, der größte Verband des Landes, seine Kritik geäußert.',
      expected: ['geäußert'],
    },
    {
      name: 'a relative clause ends the auxiliary’s clause',
      text: 'Dann haben die Städte, die Bremen nennt, ihre Bedenken geäußert.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    const tokens = tokenize(text);
    const perfects = findCues(tokens, () => false).filter((c) => c.participle);
    expect(perfects.map((c) => c.tokens[0]?.text)).toEqual(expected);
  });
});
