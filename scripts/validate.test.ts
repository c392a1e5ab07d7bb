import { describe, expect, it } from 'vitest';
import { articleLine, errorLine } from '../src/core/article/jsonl';
import { generateArchive } from '../src/testing/archive-generator';
import { main, type ValidateIo } from './validate';

const [article] = [...generateArchive({ articles: 1, speakers: 5, seed: 2 })];
const ARTICLE = JSON.stringify(article);
const ENTRY = {
  id: article!.id,
  title: article!.title,
  published: article!.published,
  originalLanguage: 'de',
  languages: ['de'],
};
const INDEX = JSON.stringify({ articles: [ENTRY] });

function fakeIo(files: Record<string, string>): ValidateIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readFile: (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    exists: (path: string) => path in files,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('npm run validate', () => {
  it('accepts a folder of articles with its index, as the README runs it (public/articles/*.json)', () => {
    const io = fakeIo({ 'a/index.json': INDEX, [`a/${article!.id}.json`]: ARTICLE });
    expect(main(['a/index.json', `a/${article!.id}.json`], io)).toBe(0);
    expect(io.out).toMatch(/^a\/index\.json: a valid library index \(1 article\)$/m);
    expect(io.out).toMatch(/valid \(\d+ paragraphs, \d+ speakers?, \d+ quotes, \d+ events?\)/);
    expect(io.err).toBe('');
  });

  it('reports an index entry without its article file, and a broken index entry, by path', () => {
    const broken = JSON.stringify({ articles: [ENTRY, { id: 'x' }] });
    const io = fakeIo({ 'a/index.json': broken });
    expect(main(['a/index.json'], io)).toBe(1);
    expect(io.err).toMatch(/^a\/index\.json: \d+ problems$/m);
    expect(io.err).toMatch(/^ {2}articles\[1\]\.title: /m);

    const lonely = fakeIo({ 'a/index.json': INDEX });
    expect(main(['a/index.json'], lonely)).toBe(1);
    expect(lonely.err).toContain(`articles[0].id: no article file ${article!.id}.json beside the index`);
  });

  it('still checks an article as an article', () => {
    const io = fakeIo({ 'b.json': JSON.stringify({ ...article, schemaVersion: 2, paragraphs: [] }) });
    expect(main(['b.json'], io)).toBe(1);
    expect(io.err).toMatch(/paragraphs: an article needs at least one paragraph/);
  });

  it('says in English where a file stops being JSON, and what is wrong there', () => {
    const io = fakeIo({
      'broken.json': '{\n  "id": "x",\n  title: 1\n}',
      'lines.jsonl': `${ARTICLE}\n{"id": "y",}`,
    });
    expect(main(['broken.json', 'lines.jsonl'], io)).toBe(1);
    expect(io.err).toContain(
      'broken.json: 1 problem\n  (file): not valid JSON at line 3, column 3: expected a field name in double quotes, found "t"\n',
    );
    expect(io.err).toContain(
      'lines.jsonl:2: 1 problem\n  (file): not valid JSON at line 2, column 11: a comma before a closing bracket (remove the comma)\n',
    );
  });

  it('checks JSON Lines a line at a time', () => {
    const io = fakeIo({
      'c.jsonl': [articleLine(article!), errorLine('x', 'boom'), '{"id": "y"}'].join('\n'),
    });
    expect(main(['c.jsonl'], io)).toBe(1);
    expect(io.err).toMatch(/^c\.jsonl:2: 1 problem\n {2}\(line\): an error line: boom$/m);
    expect(io.err).toMatch(/^c\.jsonl:3: /m);
    const good = fakeIo({ 'd.jsonl': `${articleLine(article!)}\n` });
    expect(main(['d.jsonl'], good)).toBe(0);
    expect(good.out).toBe('d.jsonl: valid (1 article)\n');
  });

  it('exits 2 without files', () => {
    expect(main([], fakeIo({}))).toBe(2);
  });
});
