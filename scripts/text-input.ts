/**
 * Reading text for `npm run annotate` the way the importer reads a dropped file (`decodeTextFile`: UTF-8, UTF-16
 * with its byte order mark, else Windows-1252; bytes that are no text refused), for a whole file and, line by line,
 * for the JSON Lines of `--jsonl`; and the problem to name when a file cannot be read.
 */
import { byteOrderMarkEncoding, decodeTextFile } from '../src/features/import/decode-text-file';

/** What is wrong with input whose bytes are not text in any encoding the importer reads. */
export const NOT_TEXT =
  'not a text file (it holds bytes no text has: is it a PDF, a Word document or a program?)';

/** Input that is not text: the command says so, naming the input, and stops. */
export class NotTextError extends Error {
  constructor() {
    super(NOT_TEXT);
    this.name = 'NotTextError';
  }
}

/** A reading error as a person reads it: `no such file`, `a folder, not a file`, … (else the system's message). */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'not allowed to read it';
  return error instanceof Error ? error.message : String(error);
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a stream of bytes, decoded one by one as the importer decodes a file, without their line breaks
 * (a line feed, a carriage return and line feed, or a carriage return alone, as `node:readline` splits). A line
 * that is not text is `undefined`, and the lines after it are read on, so that a corpus keeps its line numbers.
 * The input's first chunk decides the whole: a UTF-16 byte order mark has the stream decoded as UTF-16 before it
 * is split; else a NUL byte in it (which a program, an image, a zip or a PDF has near its start, and no text in
 * UTF-8 or Windows-1252) throws {@link NotTextError}. Each line is read when the one before is taken, so a slow
 * reader holds the input back.
 */
export async function* textLines(input: AsyncIterable<Uint8Array>): AsyncGenerator<string | undefined> {
  for await (const line of byteLines(singleByteLineBreaks(input))) yield decodeTextFile(line);
}

/**
 * `input` with line breaks of one byte: a UTF-16 stream (by its byte order mark) as UTF-8; any other as it is,
 * once its first chunk was found free of NUL bytes.
 */
async function* singleByteLineBreaks(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let decoder: TextDecoder | undefined;
  let first = true;
  const encoder = new TextEncoder();
  for await (const chunk of input) {
    if (first) {
      const encoding = byteOrderMarkEncoding(chunk);
      if (encoding === 'utf-16le' || encoding === 'utf-16be') decoder = new TextDecoder(encoding);
      else if (chunk.includes(0)) throw new NotTextError();
      first = false;
    }
    yield decoder ? encoder.encode(decoder.decode(chunk, { stream: true })) : chunk;
  }
  if (decoder) yield encoder.encode(decoder.decode());
}

/** The lines of a byte stream, without their line breaks; a last line without one is a line too. */
async function* byteLines(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let parts: Uint8Array[] = [];
  let afterCr = false;
  for await (const chunk of input) {
    let start = afterCr && chunk[0] === LF ? 1 : 0;
    afterCr = false;
    for (let i = start; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte !== LF && byte !== CR) continue;
      parts.push(chunk.subarray(start, i));
      yield concat(parts);
      parts = [];
      if (byte === CR && i + 1 === chunk.length) afterCr = true;
      else if (byte === CR && chunk[i + 1] === LF) i++;
      start = i + 1;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  }
  if (parts.length > 0) yield concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
