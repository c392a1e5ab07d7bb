import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { NotTextError, readProblem, textLines } from './text-input';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `bytes` cut into chunks of `size` bytes, as a stream delivers a file (in cuts that fall anywhere). */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const cut: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) cut.push(bytes.subarray(i, i + size));
  return cut;
}

async function lines(parts: Uint8Array[]): Promise<(string | undefined)[]> {
  const read: (string | undefined)[] = [];
  for await (const line of textLines(Readable.from(parts))) read.push(line);
  return read;
}

/** What `node:readline` (which `--jsonl` read with before) makes of the same UTF-8 bytes. */
async function readlineLines(bytes: Uint8Array): Promise<string[]> {
  const read: string[] = [];
  for await (const line of createInterface({ input: Readable.from([bytes]), crlfDelay: Infinity }))
    read.push(line);
  return read;
}

/** `text` in Windows-1252 (each of its characters has one byte there). */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '„': 0x84, '“': 0x93 };
  return new Uint8Array(Array.from(text, (c) => high[c] ?? c.charCodeAt(0)));
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const JSONL = ['{"id": "a", "text": "„Grüße“, sagte sie."}', '', '{"id": "b", "text": "Zweite Zeile."}'];

describe('textLines', () => {
  it.each([
    ['line feeds', '\n'],
    ['Windows line breaks', '\r\n'],
    ['carriage returns alone', '\r'],
  ])('splits UTF-8 at %s where readline splits, in chunks cut anywhere', async (_, newline) => {
    const bytes = encode(`\uFEFF${JSONL.join(newline)}${newline}`);
    // Old `--jsonl` dropped a byte order mark on the first line itself.
    const expected = (await readlineLines(bytes)).map((line, i) => (i === 0 ? line.slice(1) : line));
    expect(expected[0]).toBe(JSONL[0]);
    for (const size of [1, 2, 3, 7, bytes.length]) expect(await lines(chunks(bytes, size))).toEqual(expected);
  });

  it.each([
    ['Windows-1252', windows1252(JSONL.join('\r\n'))],
    ['UTF-16 (little-endian) with its byte order mark', utf16(JSONL.join('\r\n'), true)],
    ['UTF-16 (big-endian) with its byte order mark', utf16(JSONL.join('\n'), false)],
  ])('decodes %s as the importer decodes a file', async (_, bytes) => {
    for (const size of [3, 5, bytes.length]) expect(await lines(chunks(bytes, size))).toEqual(JSONL);
  });

  it('gives undefined for a line that is no text, and reads on', async () => {
    expect(await lines([encode('{"id": "a"}\n\u0001\u0002\u0003\n{"id": "b"}\n')])).toEqual([
      '{"id": "a"}',
      undefined,
      '{"id": "b"}',
    ]);
  });

  it.each([
    ['a program', [encode('\u007fELF\u0002\u0001\u0001\u0000\u0000'), encode('{}\n')]],
    ['UTF-16 without its byte order mark', [new Uint8Array([0x7b, 0x00, 0x7d, 0x00, 0x0a, 0x00])]],
  ])('refuses %s: a NUL byte in the first chunk', async (_, parts) => {
    await expect(lines(parts)).rejects.toThrow(NotTextError);
  });
});

describe('readProblem', () => {
  it.each([
    ['ENOENT', 'no such file'],
    ['EISDIR', 'a folder, not a file'],
    ['EACCES', 'not allowed to read it'],
  ])('says %s as a person would', (code, problem) => {
    expect(readProblem(Object.assign(new Error(`${code}: …`), { code }))).toBe(problem);
  });
});
