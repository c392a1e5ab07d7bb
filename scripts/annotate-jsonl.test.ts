/**
 * `npm run annotate -- --jsonl` as a subprocess, the way a corpus pipeline (or Spark, or Hadoop streaming) runs it:
 * 10,000 lines in on standard input, 10,000 out in the same order, bad lines replaced and reported.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticleLine } from '../src/core/article/jsonl';
import { generateArchive } from '../src/testing/archive-generator';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
/** Generous for two slow, shared cores; nothing here measures time. */
const TIMEOUT_MS = 240_000;

function run(
  args: readonly string[],
  stdin: string | Uint8Array,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['scripts/annotate.ts', ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

/** Short texts (one paragraph of a generated article each), so that 10,000 lines stay quick to annotate. */
function corpus(count: number): string[] {
  const paragraphs = [...generateArchive({ articles: 40, speakers: 60, seed: 3 })].flatMap((a) =>
    a.paragraphs.map((p) => p.text.de ?? ''),
  );
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      id: `line-${i + 1}`,
      text: paragraphs[i % paragraphs.length],
      published: `202${i % 5}-0${1 + (i % 9)}-1${i % 10}`,
      source: 'Seeblatt',
    }),
  );
}

describe('annotate --jsonl', () => {
  it(
    'annotates 10,000 lines in order, replaces the bad ones with error lines and says so',
    async () => {
      const lines = corpus(10_000);
      lines[4_999] = '{"id": "line-5000", "text": "kaputt'; // line 5000: not JSON
      lines[7_320] = '{"id": "line-7321", "title": "ohne Text"}'; // line 7321: no text
      const { code, out, err } = await run(
        ['--jsonl', '-', '--jobs', '2', '--stats'],
        `${lines.join('\n')}\n`,
      );

      expect(code).toBe(1);
      const output = out.split('\n');
      expect(output.pop()).toBe('');
      expect(output).toHaveLength(10_000);
      // In input order: line n carries the id of input line n (as a slug in articles, as given in error lines).
      output.forEach((line, i) => {
        const id = (JSON.parse(line) as { id: string | null }).id;
        expect(id, `output line ${i + 1}`).toBe(i === 4_999 ? null : `line-${i + 1}`);
      });
      const broken = JSON.parse(output[4_999]!) as { id: unknown; error: string };
      expect(broken.id).toBeNull();
      expect(broken.error).toMatch(/^not JSON/);
      expect(JSON.parse(output[7_320]!)).toEqual({ id: 'line-7321', error: 'missing "text"' });
      for (let i = 0; i < output.length; i += 250) {
        expect(parseArticleLine(output[i]!, i + 1)?.kind, `output line ${i + 1}`).toBe('article');
      }
      expect(err).toMatch(/^line 5000: not JSON/m);
      expect(err).toMatch(/^line 7321 \(id "line-7321"\): missing "text"$/m);
      expect(err).toMatch(/^2 of 10000 lines failed/m);

      // Constant memory: however long the input, the command holds at most 8 lines per job (being annotated or
      // waiting for an earlier one). Were it to read ahead, it would hold thousands: reading is far faster than
      // annotating. (Peak memory is printed too, but it is not asserted: it varies with the machine and Node.)
      const held = Number(/at most (\d+) lines held at once/.exec(err)?.[1]);
      expect(held).toBeGreaterThanOrEqual(2);
      expect(held).toBeLessThanOrEqual(16);
    },
    TIMEOUT_MS,
  );

  it(
    'writes the quotes per line with --format spans, reads a file, and exits 0 when every line succeeds',
    async () => {
      const text = '„Wir bauen die Brücke“, sagte Anna Berger.\n\nDer Rat stimmte zu.';
      const input = ['{"id": "a", "text": "Der Rat tagte."}', '', JSON.stringify({ id: 'b', text })].join(
        '\n',
      );
      const file = join(mkdtempSync(join(tmpdir(), 'stimmen-jsonl-')), 'corpus.jsonl');
      writeFileSync(file, input);
      const { code, out, err } = await run(['--jsonl', file, '--jobs', '1', '--format', 'spans'], '');
      expect(err).toBe('');
      expect(code).toBe(0);
      const [a, blank, b] = out.split('\n');
      expect(JSON.parse(a!)).toEqual({ id: 'a', quotes: [] });
      expect(blank).toBe('');
      const quotes = (JSON.parse(b!) as { quotes: { quote: [number, number][]; speaker: string }[] }).quotes;
      expect(quotes.map((q) => [text.slice(...q.quote[0]!), q.speaker])).toEqual([
        ['„Wir bauen die Brücke“', 'Anna Berger'],
      ]);
    },
    TIMEOUT_MS,
  );

  it(
    'reads a Windows-1252 corpus with a hard-wrapped text as the importer would, spans into the text as given',
    async () => {
      const text = [
        'Der Rat tagte am Abend lange.',
        '„Wir bauen die Brücke“, sagte',
        'Bürgermeisterin Anna Berger am',
        'Montag im Rathaus der Stadt.',
      ].join('\n');
      const line = JSON.stringify({ id: 'a', text });
      const high: Record<string, number> = { '„': 0x84, '“': 0x93 };
      const dir = mkdtempSync(join(tmpdir(), 'stimmen-jsonl-'));
      const file = join(dir, 'corpus-1252.jsonl');
      writeFileSync(file, new Uint8Array(Array.from(`${line}\r\n`, (c) => high[c] ?? c.charCodeAt(0))));

      const spans = await run(['--jsonl', file, '--jobs', '1', '--format', 'spans'], '');
      expect(spans.err).toBe('');
      expect(spans.code).toBe(0);
      const { quotes } = JSON.parse(spans.out) as {
        quotes: { quote: [number, number][]; speaker: string; speakerMention: [number, number] }[];
      };
      expect(
        quotes.map((q) => [text.slice(...q.quote[0]!), q.speaker, text.slice(...q.speakerMention)]),
      ).toEqual([['„Wir bauen die Brücke“', 'Anna Berger', 'Bürgermeisterin Anna Berger']]);

      const articles = await run(['--jsonl', '-', '--jobs', '1'], readFileSync(file));
      expect(articles.code).toBe(0);
      const article = JSON.parse(articles.out) as { paragraphs: { text: { de: string } }[] };
      expect(article.paragraphs.map((p) => p.text.de)).toEqual([
        'Der Rat tagte am Abend lange.',
        '„Wir bauen die Brücke“, sagte Bürgermeisterin Anna Berger am Montag im Rathaus der Stadt.',
      ]);
    },
    TIMEOUT_MS,
  );

  it(
    'refuses an input that is no text, or a folder, with its name, exit code 2 and no stack trace',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'stimmen-jsonl-'));
      const program = join(dir, 'program.jsonl');
      writeFileSync(
        program,
        new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x0a, 0x7b, 0x7d]),
      );
      for (const [args, message] of [
        [['--jsonl', program], `${program}: not a text file`],
        [['--jsonl', '-'], '(standard input): not a text file'],
        [['--jsonl', dir], `${dir}: cannot read: a folder, not a file`],
        [['--jsonl', join(dir, 'missing.jsonl')], `${join(dir, 'missing.jsonl')}: cannot read: no such file`],
      ] as const) {
        const { code, out, err } = await run([...args, '--jobs', '1'], readFileSync(program));
        expect(code, args.join(' ')).toBe(2);
        expect(out, args.join(' ')).toBe('');
        // One line naming the input and the problem: no stack trace.
        expect(err.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
        expect(err.startsWith(message), `${args.join(' ')}: ${err}`).toBe(true);
      }
    },
    TIMEOUT_MS,
  );

  it(
    'refuses options that belong to single files, with exit code 2',
    async () => {
      const { code, err } = await run(['--jsonl', '-', '--published', '2025-01-01'], '');
      expect(code).toBe(2);
      expect(err).toMatch(/--published does not apply to --jsonl/);
    },
    TIMEOUT_MS,
  );
});
