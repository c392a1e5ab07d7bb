import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './annotate';

const TEXT = '„Wir bauen die Brücke“, sagte Bürgermeisterin Anna Berger am Montag.\n\nDer Rat stimmte zu.';

/** A news text hard-wrapped at 40 columns, as copied from a PDF or an e-mail; its quote runs over a line's end. */
const WRAPPED = [
  'Stadtrat beschließt Sanierung',
  '',
  'Kiel. Der Stadtrat hat am Dienstag die',
  'Sanierung des Hallenbads beschlossen.',
  '„Wir können die Schwimmkurse für Kinder',
  'nicht länger verlegen“, sagte die Bürger-',
  'meisterin Petra Schäfer nach der Sitzung.',
].join('\n');
/** What the annotator reads of {@link WRAPPED}: its headline, then one paragraph. */
const UNWRAPPED_PARAGRAPH =
  'Kiel. Der Stadtrat hat am Dienstag die Sanierung des Hallenbads beschlossen. „Wir können die Schwimmkurse für Kinder nicht länger verlegen“, sagte die Bürgermeisterin Petra Schäfer nach der Sitzung.';

/** `text` in Windows-1252, as Notepad and Word save German text (each of its characters has one byte there). */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '„': 0x84, '“': 0x93 };
  return new Uint8Array(Array.from(text, (c) => high[c] ?? c.charCodeAt(0)));
}

/** `text` in UTF-16 (little-endian) with its byte order mark. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), true);
  return bytes;
}

interface Article {
  title: { de: string };
  paragraphs: { text: { de: string } }[];
  quotes: { speaker?: string }[];
}

interface Span {
  file: string;
  quote: [number, number][];
  speaker: string;
  speakerMention: [number, number];
}

function fakeIo(
  files: Record<string, Uint8Array | string>,
  stdin = '',
): CliIo & { out: string; err: string; written: Record<string, string> } {
  const io = {
    out: '',
    err: '',
    written: {} as Record<string, string>,
    readFile: (path: string) => {
      const file = files[path];
      if (file === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    readStdin: () => new TextEncoder().encode(stdin),
    writeFile: (path: string, text: string) => {
      io.written[path] = text;
    },
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('annotate command', () => {
  it('writes a valid article to stdout', () => {
    const io = fakeIo({ 'a.txt': TEXT });
    expect(main(['a.txt', '--published', '2025-03-06', '--title', 'Brücke'], io)).toBe(0);
    const article = JSON.parse(io.out) as { title: { de: string }; quotes: unknown[]; published: string };
    expect(article.title.de).toBe('Brücke');
    expect(article.published).toBe('2025-03-06');
    expect(article.quotes).toHaveLength(1);
  });

  it('writes spans as JSON Lines with offsets into the input', () => {
    const io = fakeIo({ 'a.txt': TEXT });
    expect(main(['a.txt', '--format', 'spans'], io)).toBe(0);
    const lines = io.out
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            file: string;
            quote: [number, number][];
            speaker: string;
            speakerMention: [number, number];
          },
      );
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line?.file).toBe('a.txt');
    expect(TEXT.slice(...line!.quote[0]!)).toBe('„Wir bauen die Brücke“');
    expect(line?.speaker).toBe('Anna Berger');
    expect(TEXT.slice(...line!.speakerMention)).toContain('Anna Berger');
  });

  it('reads standard input for "-" and writes --out', () => {
    const io = fakeIo({}, TEXT);
    expect(main(['-', '--out', 'out.json'], io)).toBe(0);
    expect(io.written['out.json']).toContain('"schemaVersion": 2');
  });

  it.each<{ name: string; files: Record<string, string | Uint8Array>; message: string }>([
    { name: 'a missing file', files: {}, message: 'missing.txt: cannot read the file' },
    { name: 'an empty text', files: { 'missing.txt': '  \n ' }, message: 'missing.txt: the text is empty' },
    {
      name: 'a binary file (the start of a PDF)',
      files: {
        'missing.txt': new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\nstream\n\u0000\u0001\u0002'),
      },
      message: 'missing.txt: not a text file',
    },
    {
      name: 'UTF-16 without a byte order mark',
      files: { 'missing.txt': new Uint8Array([0x47, 0x00, 0x72, 0x00, 0xfc, 0x00]) },
      message: 'missing.txt: not a text file',
    },
  ])('fails with a message naming the file for $name', ({ files, message }) => {
    const io = fakeIo(files);
    expect(main(['missing.txt'], io)).toBe(1);
    expect(io.err).toContain(message);
  });

  it.each<{ name: string; bytes: Uint8Array }>([
    { name: 'UTF-8', bytes: new TextEncoder().encode(WRAPPED) },
    { name: 'Windows-1252', bytes: windows1252(WRAPPED) },
    { name: 'UTF-16 with its byte order mark', bytes: utf16le(WRAPPED) },
  ])('reads a hard-wrapped text in $name as the importer does: decoded, its lines joined', ({ bytes }) => {
    const io = fakeIo({ 'wrapped.txt': bytes });
    expect(main(['wrapped.txt', '--published', '2025-03-04'], io)).toBe(0);
    expect(io.err).toBe('');
    const article = JSON.parse(io.out) as Article;
    expect(article.title.de).toBe('Stadtrat beschließt Sanierung');
    expect(article.paragraphs.map((p) => p.text.de)).toEqual([UNWRAPPED_PARAGRAPH]);
    expect(article.quotes.map((q) => q.speaker)).toEqual(['petra-schaefer']);
  });

  it('gives spans of a hard-wrapped Windows-1252 text as offsets into the text as given', () => {
    const io = fakeIo({ 'wrapped.txt': windows1252(WRAPPED) });
    expect(main(['wrapped.txt', '--format', 'spans'], io)).toBe(0);
    const spans = io.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Span);
    expect(
      spans.map((s) => [WRAPPED.slice(...s.quote[0]!), s.speaker, WRAPPED.slice(...s.speakerMention)]),
    ).toEqual([
      [
        '„Wir können die Schwimmkurse für Kinder\nnicht länger verlegen“',
        'Petra Schäfer',
        'die Bürger-\nmeisterin Petra Schäfer',
      ],
    ]);
  });

  it('joins the lines of a hard-wrapped text on standard input', () => {
    const io = fakeIo({}, WRAPPED);
    expect(main(['-'], io)).toBe(0);
    expect((JSON.parse(io.out) as Article).paragraphs.map((p) => p.text.de)).toEqual([UNWRAPPED_PARAGRAPH]);
  });

  it('rejects bad usage', () => {
    const io = fakeIo({});
    expect(main(['--published', 'yesterday', 'a.txt'], io)).toBe(2);
    expect(main([], io)).toBe(2);
  });
});
