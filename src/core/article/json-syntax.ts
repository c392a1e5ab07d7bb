/**
 * Where a text stops being JSON, and what kind of mistake it is, found by our own reading of the JSON grammar
 * (RFC 8259) rather than taken from the engine's error message: engines word and place their errors differently,
 * and in English only. The reader and the command line both word the result themselves.
 */

/**
 * The kinds of mistake this reader tells apart:
 * - `unexpectedEnd`: the text ends where more was needed (a value, a `}` or `]`).
 * - `unclosedString`: the text ends inside a string (its closing `"` is missing).
 * - `unexpectedCharacter`: a character that cannot start or continue a value here (`<`, `'`, `NaN`, `tru}`).
 * - `expectedPropertyName`: where an object's field name belongs, something other than a `"` string.
 * - `trailingComma`: a comma right before `}` or `]` (the position is the comma's).
 * - `expectedColon`: a field name not followed by `:`.
 * - `expectedCommaOrBrace` / `expectedCommaOrBracket`: a value in an object / array not followed by `,` or its
 *   closing `}` / `]`.
 * - `controlInString`: a line break, tab or other control character written as such inside a string.
 * - `invalidEscape`: a `\` in a string not followed by one of `" \ / b f n r t` or `u` and four hex digits.
 * - `invalidNumber`: a number JSON does not allow (`01`, `1.`, `-`, `1e`); the position is the number's start.
 * - `extraText`: more than whitespace after the end of the one JSON value.
 * - `unknown`: the engine refused the text but this reader found nothing wrong (kept only so that a
 *   disagreement never hides the problem; the position is then the end of the text).
 */
export type JsonSyntaxKind =
  | 'unexpectedEnd'
  | 'unclosedString'
  | 'unexpectedCharacter'
  | 'expectedPropertyName'
  | 'trailingComma'
  | 'expectedColon'
  | 'expectedCommaOrBrace'
  | 'expectedCommaOrBracket'
  | 'controlInString'
  | 'invalidEscape'
  | 'invalidNumber'
  | 'extraText'
  | 'unknown';

/**
 * The first syntax error of a text: its kind, its place (`offset` in UTF-16 code units; `line` and `column` from 1,
 * the column counting characters, so an emoji is one) and, where one was found there, the character (`found`:
 * the character itself when it is visible, else its code point as `U+000A`).
 */
export interface JsonSyntaxError {
  kind: JsonSyntaxKind;
  offset: number;
  line: number;
  column: number;
  found?: string;
}

/** Line and column (both from 1) of `offset`; `\n`, `\r\n` and a lone `\r` each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The second half of a surrogate pair is part of the character before it.
    if (c < 0xdc00 || c > 0xdfff || i === lineStart || !isHighSurrogate(text.charCodeAt(i - 1))) column++;
  }
  return { line, column };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The character at `offset` as a message shows it: itself when visible, else `U+XXXX`. */
function characterAt(text: string, offset: number): string | undefined {
  const code = text.codePointAt(offset);
  if (code === undefined) return undefined;
  const character = String.fromCodePoint(code);
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(character)
    ? character
    : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Thrown inside the scanner to stop at the first error; never leaves this module. */
class Stop extends Error {
  constructor(
    readonly kind: JsonSyntaxKind,
    readonly offset: number,
  ) {
    super(kind);
  }
}

/**
 * A scanner of one JSON text, without recursion (a file may nest 100 000 arrays deep). It checks the grammar only:
 * it builds no values.
 */
class Scanner {
  private i = 0;
  /** The open objects (`{`) and arrays (`[`), innermost last. */
  private readonly open: string[] = [];

  constructor(private readonly text: string) {}

  private code(): number {
    return this.i < this.text.length ? this.text.charCodeAt(this.i) : -1;
  }

  private skipWhitespace(): void {
    while (isWhitespace(this.code())) this.i++;
  }

  /** Stops with `kind`, or with `unexpectedEnd` when the text has ended here. */
  private fail(kind: JsonSyntaxKind): never {
    throw new Stop(this.i >= this.text.length ? 'unexpectedEnd' : kind, this.i);
  }

  run(): void {
    let state: 'value' | 'firstMember' | 'member' | 'firstElement' | 'after' = 'value';
    for (;;) {
      this.skipWhitespace();
      const c = this.text[this.i];
      const container = this.open.at(-1);
      switch (state) {
        case 'value':
          if (c === '{' || c === '[') {
            this.open.push(c);
            this.i++;
            state = c === '{' ? 'firstMember' : 'firstElement';
          } else {
            this.scalar();
            state = 'after';
          }
          break;
        case 'firstMember':
        case 'firstElement':
          if (c === (state === 'firstMember' ? '}' : ']')) {
            this.i++;
            this.open.pop();
            state = 'after';
          } else state = state === 'firstMember' ? 'member' : 'value';
          break;
        case 'member':
          if (c !== '"') this.fail('expectedPropertyName');
          this.string();
          this.skipWhitespace();
          if (this.text[this.i] !== ':') this.fail('expectedColon');
          this.i++;
          state = 'value';
          break;
        case 'after': {
          if (container === undefined) {
            if (this.i < this.text.length) this.fail('extraText');
            return;
          }
          const closer = container === '{' ? '}' : ']';
          if (c === closer) {
            this.i++;
            this.open.pop();
          } else if (c === ',') {
            const comma = this.i;
            this.i++;
            this.skipWhitespace();
            if (this.text[this.i] === closer) throw new Stop('trailingComma', comma);
            state = container === '{' ? 'member' : 'value';
          } else this.fail(container === '{' ? 'expectedCommaOrBrace' : 'expectedCommaOrBracket');
          break;
        }
      }
    }
  }

  /** A string, number or literal. */
  private scalar(): void {
    const c = this.text[this.i];
    if (c === '"') this.string();
    else if (c === '-' || isDigit(this.code())) this.number();
    else if (c === 't') this.literal('true');
    else if (c === 'f') this.literal('false');
    else if (c === 'n') this.literal('null');
    else this.fail('unexpectedCharacter');
  }

  private literal(word: string): void {
    for (const letter of word) {
      if (this.text[this.i] !== letter) this.fail('unexpectedCharacter');
      this.i++;
    }
  }

  private string(): void {
    this.i++;
    for (;;) {
      const c = this.code();
      if (c === -1) throw new Stop('unclosedString', this.i);
      if (c === 0x22) {
        this.i++;
        return;
      }
      if (c < 0x20) throw new Stop('controlInString', this.i);
      if (c === 0x5c) {
        const escape = this.text[this.i + 1];
        if (escape === undefined) throw new Stop('unclosedString', this.text.length);
        if (escape === 'u') {
          for (let k = 2; k < 6; k++) {
            if (this.i + k >= this.text.length) throw new Stop('unclosedString', this.text.length);
            if (!isHex(this.text.charCodeAt(this.i + k))) throw new Stop('invalidEscape', this.i);
          }
          this.i += 6;
        } else if (ESCAPES.has(escape)) this.i += 2;
        else throw new Stop('invalidEscape', this.i);
      } else this.i++;
    }
  }

  private number(): void {
    const start = this.i;
    if (this.code() === 0x2d) this.i++;
    if (this.code() === 0x30) {
      this.i++;
      if (isDigit(this.code())) throw new Stop('invalidNumber', start);
    } else if (isDigit(this.code())) {
      while (isDigit(this.code())) this.i++;
    } else throw new Stop('invalidNumber', start);
    if (this.code() === 0x2e) {
      this.i++;
      if (!isDigit(this.code())) throw new Stop('invalidNumber', start);
      while (isDigit(this.code())) this.i++;
    }
    if (this.code() === 0x65 || this.code() === 0x45) {
      this.i++;
      if (this.code() === 0x2b || this.code() === 0x2d) this.i++;
      if (!isDigit(this.code())) throw new Stop('invalidNumber', start);
      while (isDigit(this.code())) this.i++;
    }
  }
}

/**
 * The first place where `text` is not JSON, and what kind of mistake it is there; `undefined` when it is JSON.
 * A byte order mark is not skipped: callers remove it first, as they do before `JSON.parse`.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Scanner(text).run();
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const at = error.offset < text.length ? characterAt(text, error.offset) : undefined;
    // An escape is named whole: `\x`, `\u`.
    const found = error.kind === 'invalidEscape' ? `\\${characterAt(text, error.offset + 1) ?? ''}` : at;
    return {
      kind: error.kind,
      offset: error.offset,
      ...lineAndColumn(text, error.offset),
      ...(found === undefined ? {} : { found }),
    };
  }
}

/**
 * The syntax error of a text that `JSON.parse` refused: {@link findJsonSyntaxError}, or, should this reader find
 * nothing wrong, an `unknown` error at the end of the text.
 */
export function jsonSyntaxErrorOf(text: string): JsonSyntaxError {
  return (
    findJsonSyntaxError(text) ?? { kind: 'unknown', offset: text.length, ...lineAndColumn(text, text.length) }
  );
}
