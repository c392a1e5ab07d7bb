import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './decode-text-file';

const GERMAN = '„Grüße aus Köln“, sagte sie – für 5 €.\r\nZweite Zeile.';

/** `text` in Windows-1252 (every character of {@link GERMAN} has one byte there). */
function windows1252(text: string): ArrayBuffer {
  const high: Record<string, number> = { '„': 0x84, '“': 0x93, '–': 0x96, '€': 0x80 };
  return new Uint8Array(Array.from(text, (c) => high[c] ?? c.charCodeAt(0))).buffer;
}

function utf16(text: string, littleEndian: boolean): ArrayBuffer {
  const view = new DataView(new ArrayBuffer(2 + text.length * 2));
  view.setUint16(0, 0xfeff, littleEndian);
  Array.from(text).forEach((c, i) => view.setUint16(2 + i * 2, c.charCodeAt(0), littleEndian));
  return view.buffer;
}

describe('decodeTextFile', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(GERMAN).buffer],
    [
      'UTF-8 with a byte order mark',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(GERMAN)]).buffer,
    ],
    ['Windows-1252, as Notepad and Word save it', windows1252(GERMAN)],
    ['UTF-16 (little-endian) with its byte order mark', utf16(GERMAN, true)],
    ['UTF-16 (big-endian) with its byte order mark', utf16(GERMAN, false)],
  ])('reads German text saved as %s', (_, bytes) => {
    expect(decodeTextFile(bytes)).toBe(GERMAN);
  });

  it.each([
    [
      'a PDF',
      new TextEncoder().encode(
        '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Length 5 >>\nstream\n\u0000\u0001\u0002',
      ).buffer,
    ],
    ['a Word document (a zip)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).buffer],
    ['UTF-16 without a byte order mark', new Uint8Array([0x47, 0x00, 0x72, 0x00, 0xfc, 0x00]).buffer],
  ])('finds no text in %s', (_, bytes) => {
    expect(decodeTextFile(bytes)).toBeUndefined();
  });
});
