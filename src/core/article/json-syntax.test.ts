import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, jsonSyntaxErrorOf, lineAndColumn, type JsonSyntaxError } from './json-syntax';

const files = import.meta.glob<string>(
  ['../../../e2e/fixtures/articles/*.json', './__fixtures__/**/*.json', '../../../public/articles/*.json'],
  { eager: true, query: '?raw', import: 'default' },
);

type Row = [text: string, kind: JsonSyntaxError['kind'], line: number, column: number, found?: string];

describe('findJsonSyntaxError', () => {
  it.each<Row>([
    // Not JSON at all
    ['', 'unexpectedEnd', 1, 1],
    ['   \n  ', 'unexpectedEnd', 2, 3],
    ['<html>oops</html>', 'unexpectedCharacter', 1, 1, '<'],
    ['Stimmen article: Hafen', 'unexpectedCharacter', 1, 1, 'S'],
    ["{'id': 1}", 'expectedPropertyName', 1, 2, "'"],
    ['{\n  id: 1\n}', 'expectedPropertyName', 2, 3, 'i'],
    ['[NaN]', 'unexpectedCharacter', 1, 2, 'N'],
    ['[tru]', 'unexpectedCharacter', 1, 5, ']'],
    ['[True]', 'unexpectedCharacter', 1, 2, 'T'],
    ['[.5]', 'unexpectedCharacter', 1, 2, '.'],
    ['[+1]', 'unexpectedCharacter', 1, 2, '+'],
    // Ends too early
    ['{"a": [1, 2', 'unexpectedEnd', 1, 12],
    ['{"a":', 'unexpectedEnd', 1, 6],
    ['{\n', 'unexpectedEnd', 2, 1],
    ['nul', 'unexpectedEnd', 1, 4],
    ['{"title": "Hafen', 'unclosedString', 1, 17],
    ['"\\u12', 'unclosedString', 1, 6],
    // Commas, colons and brackets
    ['{"a": 1,}', 'trailingComma', 1, 8, ','],
    ['[1, 2,\n]', 'trailingComma', 1, 6, ','],
    ['{"a": 1 "b": 2}', 'expectedCommaOrBrace', 1, 9, '"'],
    ['[1 2]', 'expectedCommaOrBracket', 1, 4, '2'],
    ['{"a": [1, 2}', 'expectedCommaOrBracket', 1, 12, '}'],
    ['{"a": {"b": 1]', 'expectedCommaOrBrace', 1, 14, ']'],
    ['{"a" 1}', 'expectedColon', 1, 6, '1'],
    ['{"a", "b"}', 'expectedColon', 1, 5, ','],
    ['{,}', 'expectedPropertyName', 1, 2, ','],
    ['[,1]', 'unexpectedCharacter', 1, 2, ','],
    // Strings
    ['{"a": "one\ntwo"}', 'controlInString', 1, 11, 'U+000A'],
    ['["tab\there"]', 'controlInString', 1, 6, 'U+0009'],
    ['["C:\\path"]', 'invalidEscape', 1, 5, '\\p'],
    ['["\\u00G1"]', 'invalidEscape', 1, 3, '\\u'],
    // Numbers
    ['[01]', 'invalidNumber', 1, 2, '0'],
    ['[1.]', 'invalidNumber', 1, 2, '1'],
    ['[-]', 'invalidNumber', 1, 2, '-'],
    ['[1e+]', 'invalidNumber', 1, 2, '1'],
    // After the value
    ['{"a": 1} {"b": 2}', 'extraText', 1, 10, '{'],
    ['{}\n\nx', 'extraText', 3, 1, 'x'],
    // Places: CRLF and lone CR end lines; an emoji is one column; an invisible character is named by code point
    ['{\r\n"a": 1\r\n x}', 'expectedCommaOrBrace', 3, 2, 'x'],
    ['{\r"a": 1\r x}', 'expectedCommaOrBrace', 3, 2, 'x'],
    ['{"🌊🚢": 1 x}', 'expectedCommaOrBrace', 1, 10, 'x'],
    ['[1, 🌊]', 'unexpectedCharacter', 1, 5, '🌊'],
    ['[\u00a0]', 'unexpectedCharacter', 1, 2, 'U+00A0'],
  ])('%j: %s at %i:%i', (text, kind, line, column, found) => {
    const error = findJsonSyntaxError(text);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    expect(error).toMatchObject({ kind, line, column });
    expect(error?.found).toBe(found);
  });

  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} ',
    '0',
    '"x"',
    '{"a":{"b":[{}]}}',
  ])('finds nothing wrong in %j', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it('reads nesting far deeper than a recursive reader could', () => {
    const depth = 100_000;
    expect(findJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth))).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth - 1))).toMatchObject({
      kind: 'unexpectedEnd',
      column: 2 * depth,
    });
  });

  it('agrees with JSON.parse on every article file of the repository, and on copies cut short', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    expect(Object.keys(files).length).toBeGreaterThan(40);
    for (const [name, raw] of Object.entries(files)) {
      const text = raw.replace(/^\uFEFF/, '');
      for (const cut of [
        text,
        ...[0.1, 0.37, 0.5, 0.81].map((share) => text.slice(0, text.length * share)),
      ]) {
        expect(findJsonSyntaxError(cut) === undefined, `${name}, ${cut.length} characters`).toBe(parses(cut));
      }
    }
  });
});

describe('jsonSyntaxErrorOf', () => {
  it('places an error this reader cannot see at the end of the text, as unknown', () => {
    expect(jsonSyntaxErrorOf('[1]\n')).toEqual({ kind: 'unknown', offset: 4, line: 2, column: 1 });
  });
});

describe('lineAndColumn', () => {
  it.each<[string, number, number, number]>([
    ['abc', 0, 1, 1],
    ['abc', 3, 1, 4],
    ['a\nb', 2, 2, 1],
    ['a\r\nb', 3, 2, 1],
    // Between CR and LF is still the end of the first line.
    ['a\r\nb', 2, 1, 3],
    ['🌊x', 2, 1, 2],
  ])('%j at %i is line %i, column %i', (text, offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});
