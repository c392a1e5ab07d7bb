import { describe, expect, it } from 'vitest';
import minimal from './__fixtures__/valid-minimal.json';
import { articleLine, errorLine, parseArticleLines } from './jsonl';
import { parseArticle } from './parse';
import type { Article } from './schema';

function validArticle(): Article {
  const result = parseArticle(minimal);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
}

describe('JSON Lines of articles', () => {
  it('reads back what it writes, one article a line', () => {
    const article = validArticle();
    const other = { ...article, id: 'other-article' };
    const text = `${articleLine(article)}\n${articleLine(other)}\n`;
    expect(text.split('\n')).toHaveLength(3);
    const lines = [...parseArticleLines(text)];
    expect(lines.map((l) => [l.line, l.kind])).toEqual([
      [1, 'article'],
      [2, 'article'],
    ]);
    expect(lines[1]?.kind === 'article' && lines[1].article).toEqual(other);
  });

  it('names each broken line by number and id and reads the rest', () => {
    const article = validArticle();
    const text = [
      articleLine(article),
      '{ not json',
      JSON.stringify({ ...article, id: 'broken-one', paragraphs: [] }),
      '',
      errorLine('failed-one', 'the text is empty'),
      `${articleLine({ ...article, id: 'last-one' })}\r`,
    ].join('\n');
    const lines = [...parseArticleLines(text)];
    expect(lines.map((l) => [l.line, l.kind])).toEqual([
      [1, 'article'],
      [2, 'invalid'],
      [3, 'invalid'],
      [5, 'error'],
      [6, 'article'],
    ]);
    expect(lines[1]).toMatchObject({
      id: null,
      problems: [
        {
          path: '(file)',
          // The line of the backup, not of the one line read alone.
          detail: { code: 'notJson', syntax: 'expectedPropertyName', line: 2, column: 3, character: 'n' },
          message: 'not valid JSON at line 2, column 3: expected a field name in double quotes, found "n"',
        },
      ],
    });
    expect(lines[2]).toMatchObject({
      id: 'broken-one',
      problems: expect.arrayContaining([
        expect.objectContaining({ path: 'paragraphs', message: expect.any(String) as string }),
      ]) as unknown,
    });
    expect(lines[3]).toEqual({ line: 5, kind: 'error', id: 'failed-one', error: 'the text is empty' });
  });

  it('reads an article written as formatted JSON over many lines as one article, not as broken lines', () => {
    const article = validArticle();
    const lines = [...parseArticleLines(`\n${JSON.stringify(article, null, 2)}\n`)];
    expect(lines).toEqual([{ line: 2, kind: 'article', article }]);
    // Formatted but not a valid article: one problem list, at the line where it starts.
    const broken = [...parseArticleLines(JSON.stringify({ ...article, paragraphs: [] }, null, 2))];
    expect(broken.map((l) => [l.line, l.kind])).toEqual([[1, 'invalid']]);
    // Formatted JSON that is not even an object is one problem too.
    const array = [...parseArticleLines(JSON.stringify([article, article], null, 2))];
    expect(array.map((l) => [l.line, l.kind])).toEqual([[1, 'invalid']]);
  });

  it('reads a version 1 article as version 2', () => {
    const lines = [...parseArticleLines(JSON.stringify({ ...minimal, schemaVersion: 1 }))];
    expect(lines[0]?.kind === 'article' && lines[0].article.schemaVersion).toBe(2);
  });

  it('does not take an article that has an "error" field for an error line', () => {
    const lines = [...parseArticleLines(JSON.stringify({ id: 'x', error: 'y', text: 'z' }))];
    expect(lines[0]?.kind).toBe('invalid');
  });
});
