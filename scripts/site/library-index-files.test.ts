import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../src/core/archive/library-entry';
import type { Listing } from '../../src/core/archive/library-split';
import { generateArchive } from '../../src/testing/archive-generator';
import { libraryIndexFiles } from './library-index-files';

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('libraryIndexFiles (the dev server’s library index)', () => {
  it('indexes the valid articles of the folder newest first, and names the file it leaves out', () => {
    folder = mkdtempSync(join(tmpdir(), 'dev-library-'));
    const articles = [...generateArchive({ articles: 3, speakers: 4, seed: 7 })];
    for (const article of articles)
      writeFileSync(join(folder, `${article.id}.json`), JSON.stringify(article));
    writeFileSync(join(folder, 'broken.json'), '{"id": "broken"}');
    writeFileSync(join(folder, 'index.json'), '{"articles": []}');
    const warnings: string[] = [];

    const files = libraryIndexFiles(folder, (message) => warnings.push(message));

    const all = JSON.parse(files.get('all.json') ?? 'null') as Listing;
    expect(all.total).toBe(3);
    const first = JSON.parse(files.get('all/0.json') ?? '[]') as LibraryEntry[];
    const newestFirst = [...articles].sort((a, b) => (a.published < b.published ? 1 : -1));
    expect(first.map((entry) => entry.published)).toEqual(newestFirst.map((a) => a.published));
    expect(files.has('sources.json') && files.has('speakers.json')).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('broken.json');
  });
});
