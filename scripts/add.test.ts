import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { articleLine, errorLine } from '../src/core/article/jsonl';
import type { LibraryIndex } from '../src/core/article/library-index';
import type { Article } from '../src/core/article/schema';
import { generateArchiveArticle } from '../src/testing/archive-generator';
import { main, type AddIo } from './add';
import { libraryEntryOf } from './articles-folder';

const ARCHIVE = { articles: 3, speakers: 10, seed: 5 };
const [first, second, third] = [0, 1, 2].map((i) => generateArchiveArticle(i, ARCHIVE)) as [
  Article,
  Article,
  Article,
];

function setup(stdin = ''): { io: AddIo & { out: string; err: string }; dir: string; folder: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stimmen-add-'));
  const folder = join(dir, 'site-articles');
  const io = {
    out: '',
    err: '',
    env: { STIMMEN_ARTICLES: 'site-articles' },
    cwd: dir,
    stdin: () => Readable.from([stdin]),
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return { io, dir, folder };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('npm run add', () => {
  it('writes each article of a JSON Lines file to the folder STIMMEN_ARTICLES names', async () => {
    const { io, dir, folder } = setup();
    // Hadoop streaming's text output ends lines with a tab: JSON allows it.
    writeFileSync(join(dir, 'corpus.jsonl'), [first, second].map(articleLine).join('\t\n'));
    expect(await main([join(dir, 'corpus.jsonl')], io)).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([`${first.id}.json`, `${second.id}.json`].sort());
    expect(readJson(join(folder, `${first.id}.json`))).toEqual(first);
    expect(io.out).toBe('site-articles: 2 added, 0 replaced, 0 already there\n');
    expect(io.err).toBe('');
  });

  it('reports bad lines by line number, skips them and adds the rest', async () => {
    const { io, folder } = setup(
      [
        articleLine(first),
        '{"id": "broken", "schemaVersion": 2}',
        errorLine('line-3', 'cannot annotate: the text is empty'),
        'not json',
        '',
        articleLine(second),
      ].join('\n'),
    );
    expect(await main(['-'], io)).toBe(1);
    expect(readdirSync(folder)).toHaveLength(2);
    expect(io.err).toMatch(
      /^\(standard input\):2: not a valid article \(id "broken"\), \d+ problems:\n {2}\S/m,
    );
    expect(io.err).toMatch(
      /^\(standard input\):3: an error line, not an article \(id "line-3"\): cannot annotate/m,
    );
    expect(io.err).toMatch(/^\(standard input\):4: not a valid article, 1 problem/m);
    expect(io.err).toMatch(/^3 problems: see above$/m);
    expect(io.out).toMatch(/2 added/);
  });

  it('never overwrites a different article unless --replace is given', async () => {
    const { io, dir, folder } = setup();
    const file = join(dir, 'one.json');
    writeFileSync(file, JSON.stringify(first));
    expect(await main([file], io)).toBe(0);

    const changed = { ...first, title: { de: 'Ein anderer Titel' } };
    writeFileSync(file, JSON.stringify(changed));
    expect(await main([file], io)).toBe(1);
    expect(io.err).toContain(
      `site-articles/${first.id}.json already holds a different article; not overwritten`,
    );
    expect(readJson(join(folder, `${first.id}.json`))).toEqual(first);

    io.out = '';
    expect(await main([file, '--replace'], io)).toBe(0);
    expect(readJson(join(folder, `${first.id}.json`))).toEqual(changed);
    expect(io.out).toMatch(/0 added, 1 replaced/);

    io.out = '';
    expect(await main([file], io)).toBe(0);
    expect(io.out).toMatch(/0 added, 0 replaced, 1 already there/);
  });

  it('updates the folder index when there is one: replaces entries in place, appends new ones', async () => {
    const { io, dir, folder } = setup();
    writeFileSync(join(dir, 'seed.jsonl'), articleLine(first));
    await main([join(dir, 'seed.jsonl')], io);
    const stale = { ...libraryEntryOf(first), title: { de: 'Alt' } };
    writeFileSync(join(folder, 'index.json'), JSON.stringify({ articles: [libraryEntryOf(third), stale] }));

    writeFileSync(join(dir, 'more.jsonl'), [second, first].map(articleLine).join('\n'));
    expect(await main([join(dir, 'more.jsonl')], io)).toBe(0);
    const index = readJson(join(folder, 'index.json')) as LibraryIndex;
    expect(index.articles.map((a) => a.id)).toEqual([third.id, first.id, second.id]);
    expect(index.articles[1]).toEqual(libraryEntryOf(first));
    expect(io.out).toMatch(/site-articles\/index.json updated/);
  });

  it('leaves an invalid index alone and says so', async () => {
    const { io, dir, folder } = setup();
    await main([join(dir, 'missing.json')], io); // creates nothing
    writeFileSync(join(dir, 'a.jsonl'), articleLine(first));
    await main([join(dir, 'a.jsonl')], io);
    writeFileSync(join(folder, 'index.json'), '{"articles": [{"id": "Not A Slug"}]}');
    io.err = '';
    expect(await main([join(dir, 'a.jsonl')], io)).toBe(1);
    expect(io.err).toMatch(/index.json: not updated: .*not a valid index/);
    expect(readFileSync(join(folder, 'index.json'), 'utf8')).toBe('{"articles": [{"id": "Not A Slug"}]}');
  });

  it('refuses an article whose file would be the index, and a missing file, by name', async () => {
    const { io, dir } = setup();
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ ...first, id: 'index' }));
    expect(await main([join(dir, 'x.json'), join(dir, 'nope.json')], io)).toBe(1);
    expect(io.err).toMatch(/x\.json: the id "index" is reserved/);
    expect(io.err).toMatch(/nope\.json: cannot read: ENOENT/);
  });

  it('exits 2 without a file or with an unknown option', async () => {
    const { io } = setup();
    expect(await main([], io)).toBe(2);
    expect(await main(['a.json', '--force'], io)).toBe(2);
    expect(io.err).toMatch(/unknown option --force/);
  });
});
