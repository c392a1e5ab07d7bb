import type { JsonSyntaxKind } from './json-syntax';

/**
 * What can be wrong with an article file, as data: a code and the values that name the problem (an id, a language,
 * offsets, what was expected and what was found). The command line writes them in English with
 * {@link problemMessage}; the reader writes the same codes in the interface language (`src/ui/ArticleProblemText.tsx`).
 */

/**
 * A value found where another was expected, described without its language: nothing (the field is missing),
 * `null`, an array, an object, a short string (`text`, as JSON), a long string (only that it is one), a number, a
 * boolean, a number too large to be finite, or another JavaScript type (`type`, such as `function`).
 */
export type FoundValue =
  | { kind: 'missing' | 'null' | 'array' | 'object' | 'longString' }
  | { kind: 'string'; text: string }
  | { kind: 'number' | 'boolean' | 'tooLarge'; value: string }
  | { kind: 'other'; type: string };

/** Strings longer than this are described as "a string", not quoted. */
const QUOTED_STRING_LENGTH = 40;

/** Describes `value` for a problem (see {@link FoundValue}). */
export function foundValue(value: unknown): FoundValue {
  if (value === undefined) return { kind: 'missing' };
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'array' };
  if (typeof value === 'object') return { kind: 'object' };
  if (typeof value === 'string') {
    return value.length > QUOTED_STRING_LENGTH
      ? { kind: 'longString' }
      : { kind: 'string', text: JSON.stringify(value) };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return { kind: 'tooLarge', value: String(value) };
  if (typeof value === 'number') return { kind: 'number', value: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', value: String(value) };
  return { kind: 'other', type: typeof value };
}

/**
 * The rules the schema states in words of its own, by name: the schema gives these texts to zod as its messages
 * (`schema.ts`), and the parser recognises them by the text to give the problem its code.
 */
export const SCHEMA_RULES = {
  slug: 'expected a slug: lower-case letters, digits and single hyphens',
  id: 'expected an id: a letter, then letters, digits, "_" or "-"',
  languageTag: 'expected a BCP 47 language tag such as "de" or "en-GB"',
  partialDate: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  emptySpan: 'a span must not be empty',
  wikidata: 'expected a Wikidata item id such as "Q42"',
  url: 'expected an http(s) URL',
  published: 'expected a date (YYYY-MM-DD) or an ISO 8601 timestamp',
  noParagraphs: 'an article needs at least one paragraph',
} as const;

export type SchemaRule = keyof typeof SCHEMA_RULES;

/** One problem of an article: its code, with the values a message names. Offsets count UTF-16 code units. */
export type ProblemDetail =
  // The file.
  | { code: 'emptyFile' }
  | { code: 'fileTooLarge'; megabytes: number; limitMegabytes: number }
  // Not JSON: the first mistake, where it is (line and column from 1; the column counts characters) and the
  // character found there (see `json-syntax.ts`).
  | { code: 'notJson'; syntax: JsonSyntaxKind; line: number; column: number; character?: string }
  | { code: 'nestedTooDeeply' }
  // The whole article, and format versions.
  | { code: 'notAnObject'; type: 'array' | 'null' | 'string' | 'number' | 'boolean' | 'other' }
  | { code: 'missingVersion'; version: number }
  | { code: 'unsupportedVersion'; given: string; version: number }
  // Structure (the zod schema). `expected` is zod's name of a type: `string`, `number`, `array`, `record`, …
  | { code: 'missing'; expected: string }
  | { code: 'wrongType'; expected: string; found: FoundValue }
  | { code: 'notOneOf'; options: string; found: FoundValue }
  | { code: 'numberOutOfRange'; relation: '≥' | '>' | '≤' | '<'; bound: string; found: FoundValue }
  | { code: 'tooShort' | 'tooFewItems'; minimum: number }
  | { code: 'tooLong' | 'tooManyItems'; maximum: number }
  | { code: 'unknownFields'; fields: string }
  | { code: 'rule'; rule: SchemaRule; found?: FoundValue }
  | { code: 'other'; message: string }
  // Relations between parts (`integrity.ts`).
  | { code: 'invalidLanguageTag' | 'declaredTwice'; tag: string }
  | { code: 'nonCanonicalTag'; tag: string; canonical: string }
  | { code: 'notDeclared' | 'originalNotFirst' | 'undeclaredLanguage'; language: string }
  | {
      code:
        | 'originalIsNoTranslation'
        | 'missingOriginalTitle'
        | 'missingOriginalText'
        | 'noOriginalSpan'
        | 'outdatedOriginal';
    }
  | { code: 'definedTwice'; id: string }
  | { code: 'undefinedSpeaker' | 'relayedByOwnSpeaker' | 'undefinedEvent' | 'undefinedParagraph'; id: string }
  | { code: 'impossibleDate'; date: string }
  | { code: 'paragraphLacksLanguage'; paragraph: string; language: string }
  | { code: 'endNotAfterStart'; start: number; end: number }
  | { code: 'pastParagraphEnd'; end: number; paragraph: string; length: number }
  | {
      code: 'exactMismatch';
      paragraph: string;
      start: number;
      end: number;
      foundStart?: number;
      foundEnd?: number;
    }
  | { code: 'splitsCharacter'; offset: number }
  | { code: 'overlapsSpan'; other: number };

export type ProblemCode = ProblemDetail['code'];

/**
 * One thing wrong with an article, at a JSON path such as `quotes[3].spans.de[0].exact`: what it is as data
 * (`detail`, for a person's language) and in English (`message`, for the command line).
 */
export interface ArticleProblem {
  path: string;
  message: string;
  detail: ProblemDetail;
}

/** The problem `detail` at `path` (a path as `formatPath` in `parse.ts` writes it), with its English message. */
export function articleProblem(path: string, detail: ProblemDetail): ArticleProblem {
  return { path, message: problemMessage(detail), detail };
}

/** A found value in English: `null`, `an array`, `"Hafen"`, `number 5`. */
export function foundValueText(found: FoundValue): string {
  switch (found.kind) {
    case 'missing':
      return 'nothing (the field is missing)';
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    case 'longString':
      return 'a string';
    case 'string':
      return found.text;
    case 'tooLarge':
      return `a number too large (${found.value})`;
    case 'number':
    case 'boolean':
      return `${found.kind} ${found.value}`;
    case 'other':
      return found.type;
  }
}

const NOT_AN_OBJECT = {
  array: 'an array',
  null: 'null',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  other: 'a value of another kind',
} as const;

/** What kind of JSON syntax error, in English; `found` is the character found at its place. */
function jsonSyntaxText(kind: JsonSyntaxKind, found: string): string {
  switch (kind) {
    case 'unexpectedEnd':
      return 'the text ends too early';
    case 'unclosedString':
      return 'the text ends inside a string (a closing " is missing)';
    case 'unexpectedCharacter':
      return `unexpected character "${found}"`;
    case 'expectedPropertyName':
      return `expected a field name in double quotes, found "${found}"`;
    case 'trailingComma':
      return 'a comma before a closing bracket (remove the comma)';
    case 'expectedColon':
      return `expected ":" after the field name, found "${found}"`;
    case 'expectedCommaOrBrace':
      return `missing "," or "}" before "${found}"`;
    case 'expectedCommaOrBracket':
      return `missing "," or "]" before "${found}"`;
    case 'controlInString':
      return `a line break or control character (${found}) inside a string`;
    case 'invalidEscape':
      return `invalid escape "${found}" in a string`;
    case 'invalidNumber':
      return 'a number written as JSON does not allow (no leading zeros; digits after "." and "e")';
    case 'extraText':
      return `more text after the end of the JSON value, from "${found}"`;
    case 'unknown':
      return 'the JSON cannot be read';
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The problem in English, for the command line and logs: `refers to speaker "mayor", which is not defined`. */
export function problemMessage(detail: ProblemDetail): string {
  switch (detail.code) {
    case 'emptyFile':
      return 'the file is empty';
    case 'fileTooLarge':
      return `the file is ${detail.megabytes.toFixed(1)} MB; articles may be at most ${detail.limitMegabytes.toFixed(1)} MB`;
    case 'notJson':
      return `not valid JSON at line ${detail.line}, column ${detail.column}: ${jsonSyntaxText(detail.syntax, detail.character ?? '')}`;
    case 'nestedTooDeeply':
      return 'the JSON is nested too deeply to be read';
    case 'notAnObject':
      return `expected an object, got ${NOT_AN_OBJECT[detail.type]}`;
    case 'missingVersion':
      return `missing (this reader reads version ${detail.version})`;
    case 'unsupportedVersion':
      return `unsupported version ${detail.given} (this reader reads version ${detail.version})`;
    case 'missing':
      return `missing (expected ${detail.expected})`;
    case 'wrongType':
      return `expected ${detail.expected}, got ${foundValueText(detail.found)}`;
    case 'notOneOf':
      return `expected one of ${detail.options}, got ${foundValueText(detail.found)}`;
    case 'numberOutOfRange':
      return `expected a number ${detail.relation} ${detail.bound}, got ${foundValueText(detail.found)}`;
    case 'tooShort':
      return `expected at least ${plural(detail.minimum, 'character')}`;
    case 'tooLong':
      return `expected at most ${plural(detail.maximum, 'character')}`;
    case 'tooFewItems':
      return `expected at least ${plural(detail.minimum, 'item')}`;
    case 'tooManyItems':
      return `expected at most ${plural(detail.maximum, 'item')}`;
    case 'unknownFields':
      return `unknown field(s): ${detail.fields}`;
    case 'rule':
      return SCHEMA_RULES[detail.rule] + (detail.found ? `, got ${foundValueText(detail.found)}` : '');
    case 'other':
      return detail.message;
    case 'invalidLanguageTag':
      return `"${detail.tag}" is not a valid BCP 47 language tag`;
    case 'nonCanonicalTag':
      return `"${detail.tag}" should be written "${detail.canonical}"`;
    case 'declaredTwice':
      return `"${detail.tag}" is declared twice`;
    case 'notDeclared':
      return `"${detail.language}" is not among the declared languages`;
    case 'originalNotFirst':
      return `the original language "${detail.language}" must come first`;
    case 'undeclaredLanguage':
      return `language "${detail.language}" is not declared in languages`;
    case 'originalIsNoTranslation':
      return 'the original language is not a translation';
    case 'missingOriginalTitle':
      return 'missing the title in the original language';
    case 'missingOriginalText':
      return 'missing the text in the original language';
    case 'noOriginalSpan':
      return 'a quote needs at least one span in the original language';
    case 'outdatedOriginal':
      return 'only a translation’s span can be out of date: the original is what a quote is anchored by';
    case 'definedTwice':
      return `"${detail.id}" is defined twice`;
    case 'undefinedSpeaker':
      return `refers to speaker "${detail.id}", which is not defined`;
    case 'relayedByOwnSpeaker':
      return `is the quote's own speaker "${detail.id}"`;
    case 'undefinedEvent':
      return `refers to event "${detail.id}", which is not defined`;
    case 'undefinedParagraph':
      return `refers to paragraph "${detail.id}", which is not defined`;
    case 'impossibleDate':
      return `"${detail.date}" is not a date that exists`;
    case 'paragraphLacksLanguage':
      return `paragraph ${detail.paragraph} has no text in "${detail.language}"`;
    case 'endNotAfterStart':
      return `end (${detail.end}) must be greater than start (${detail.start})`;
    case 'pastParagraphEnd':
      return `${detail.end} is past the end of paragraph ${detail.paragraph} (${plural(detail.length, 'character')})`;
    case 'exactMismatch': {
      const at = `does not match paragraph ${detail.paragraph} at ${detail.start}-${detail.end}`;
      return detail.foundStart === undefined || detail.foundEnd === undefined
        ? at
        : `${at}; the text is at ${detail.foundStart}-${detail.foundEnd} (offsets count UTF-16 code units)`;
    }
    case 'splitsCharacter':
      return `${detail.offset} falls inside a character (between the two UTF-16 code units of one emoji or symbol)`;
    case 'overlapsSpan':
      return `overlaps span ${detail.other} of the same quote`;
  }
}
