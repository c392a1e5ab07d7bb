import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './annotate';

const TEXT = '„Wir bauen die Brücke“, sagte Bürgermeisterin Anna Berger am Montag.\n\nDer Rat stimmte zu.';

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
      name: 'bytes that are not UTF-8',
      files: { 'missing.txt': new Uint8Array([0xff, 0xfe, 0x41]) },
      message: 'missing.txt: the file is not valid UTF-8 text',
    },
  ])('fails with a message naming the file for $name', ({ files, message }) => {
    const io = fakeIo(files);
    expect(main(['missing.txt'], io)).toBe(1);
    expect(io.err).toContain(message);
  });

  it('rejects bad usage', () => {
    const io = fakeIo({});
    expect(main(['--published', 'yesterday', 'a.txt'], io)).toBe(2);
    expect(main([], io)).toBe(2);
  });
});
