import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { halfOption, scoredArticles, type GoldArticle } from './corpus';

/** A folder of three articles in the corpus format (their file names sort as numbered) and a file that is none. */
const folder = mkdtempSync(join(tmpdir(), 'stimmen-corpus-'));
const article = (name: string, text: string): GoldArticle => ({
  documentName: name,
  originalText: text,
  annotations: [],
});
writeFileSync(
  join(folder, '1 - erster (2024-01-02).json'),
  JSON.stringify(article('erster', 'Er sagte: „Ja.“')),
);
writeFileSync(
  join(folder, '2 - zweiter (2024-01-03).json'),
  JSON.stringify(article('zweiter', 'Sie schwieg.')),
);
writeFileSync(
  join(folder, '3 - dritter (2024-01-04).json'),
  JSON.stringify(article('dritter', 'Es regnete.')),
);
writeFileSync(join(folder, 'README.md'), 'not an article');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const names = (half?: 'a' | 'b') => [...scoredArticles(folder, half)].map((a) => a.article.documentName);

describe('scoredArticles', () => {
  it('reads every article of a folder in file-name order, or one half of them', () => {
    expect(names()).toEqual(['erster', 'zweiter', 'dritter']);
    expect(names('a')).toEqual(['erster', 'dritter']);
    expect(names('b')).toEqual(['zweiter']);
  });

  it('annotates each article', () => {
    const [first] = scoredArticles(folder, 'a');
    expect(first?.predicted.map((q) => q.type)).toEqual(['Direct']);
  });

  /** A folder holding `files` (name → content), for one case. */
  const folderWith = (files: Record<string, string>): string => {
    const made = mkdtempSync(join(tmpdir(), 'stimmen-corpus-'));
    afterAll(() => rmSync(made, { recursive: true, force: true }));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(made, name), content);
    return made;
  };
  const bad = {
    'a missing folder': [join(folder, 'train'), 'train: no such folder. Give a folder of the corpus'],
    'a file, not a folder': [join(folder, 'README.md'), 'README.md: not a folder.'],
    'a folder with no article': [folderWith({ 'notes.txt': 'x' }), ': no *.json articles in it.'],
    'a file that is not JSON': [folderWith({ 'a.json': '{"documentName": ' }), 'a.json: not JSON ('],
    'an article without its text': [
      folderWith({ 'a.json': JSON.stringify({ documentName: 'a', annotations: [] }) }),
      'a.json: not an article of the corpus: originalText: ',
    ],
    'an annotation without spans': [
      folderWith({
        'a.json': JSON.stringify({
          ...article('a', 'Text.'),
          annotations: [{ type: 'Direct', quote: { text: 'T' }, speaker: { text: '', spans: [] } }],
        }),
      }),
      'a.json: not an article of the corpus: annotations[0].quote.spans: ',
    ],
  } satisfies Record<string, [string, string]>;

  it.each(Object.entries(bad))(
    'says what is wrong with %s, where, and exits with status 2',
    (_, [path, said]) => {
      const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
        throw new Error('exit');
      });
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect(() => [...scoredArticles(path)]).toThrow('exit');
      expect(exit).toHaveBeenCalledWith(2);
      expect(error).toHaveBeenCalledWith(expect.stringContaining(said));
      exit.mockRestore();
      error.mockRestore();
    },
  );
});

describe('halfOption', () => {
  it.each([
    [[], undefined],
    [['folder', '--json'], undefined],
    [['folder', '--half=a'], 'a'],
    [['--half=b', 'folder'], 'b'],
  ])('%j → %s', (args, expected) => {
    expect(halfOption(args)).toBe(expected);
  });

  it('says what it takes and exits with status 2 on any other value', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => halfOption(['--half=c'])).toThrow('exit');
    expect(exit).toHaveBeenCalledWith(2);
    expect(error).toHaveBeenCalledWith('--half takes a or b, not "c"');
    exit.mockRestore();
    error.mockRestore();
  });
});
