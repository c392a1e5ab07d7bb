/**
 * The text of a dropped or chosen file (or of one the command line `npm run annotate` reads). Windows (Notepad before 2019, Word's "plain text", many exports) saves
 * German text as Windows-1252, in which ä, ö, ü, ß and the quotation marks „ “ are single bytes that are not
 * UTF-8: such a file was refused, though nothing about it is wrong. Read in order: a byte order mark (UTF-8,
 * UTF-16), then UTF-8, then Windows-1252 (a superset of Latin-1, and what a German text that is not UTF-8 almost
 * always is). A file whose bytes are not text in any of them (a PDF, a Word document, an image) is `undefined`.
 */
export function decodeTextFile(bytes: ArrayBuffer | Uint8Array): string | undefined {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const text = byteOrderMark(view) ?? utf8(view) ?? windows1252(view);
  return hasControlCharacter(text) ? undefined : text;
}

/**
 * Whether `text` holds a character no text file holds but every binary file does: a C0 control other than tab, line
 * feed, form feed and carriage return, or DEL. (A UTF-16 file without a byte order mark reads as UTF-8 with NULs
 * between its letters.)
 */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f) return true;
  }
  return false;
}

/** Tab, line feed, form feed, carriage return. */
const TEXT_CONTROLS: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/**
 * The encoding that the byte order mark at the start of `view` names, or `undefined` where it has none. (A reader
 * of a stream, such as the command line's `--jsonl`, decodes a UTF-16 one as a whole before it splits lines.)
 */
export function byteOrderMarkEncoding(view: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) return 'utf-8';
  if (view[0] === 0xff && view[1] === 0xfe) return 'utf-16le';
  if (view[0] === 0xfe && view[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** `view` decoded in the encoding its byte order mark names (the mark itself dropped). */
function byteOrderMark(view: Uint8Array): string | undefined {
  const encoding = byteOrderMarkEncoding(view);
  return encoding === undefined ? undefined : new TextDecoder(encoding).decode(view);
}

function utf8(view: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    return undefined;
  }
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F, where it differs from Latin-1 (the bytes it leaves unused
 * stand for the C1 controls of the same number, as the Encoding Standard has it). Spelt out rather than left to
 * `TextDecoder('windows-1252')`, which Node (where the unit tests run) reads as Latin-1.
 */
const WINDOWS_1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Characters decoded per call of `String.fromCharCode` (its arguments are on the stack). */
const CHUNK = 8192;

function windows1252(view: Uint8Array): string {
  const codes = Array.from(view, (byte) =>
    byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_TO_9F.charCodeAt(byte - 0x80) : byte,
  );
  let text = '';
  for (let i = 0; i < codes.length; i += CHUNK) text += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return text;
}
