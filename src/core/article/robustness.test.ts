/**
 * The broken and unusual article files of the end-to-end tests, through the parser alone: every problem named
 * with its path, in order, and nothing thrown. The same table drives `e2e/robustness.spec.ts`.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  FILE_EXPECTATIONS,
  generatedFiles,
  problemLine,
  type Expectation,
} from '../../../e2e/fixtures/articles/expectations';
import { parseArticleJson } from './parse';

const files = import.meta.glob<string>('../../../e2e/fixtures/articles/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const byName = new Map(
  Object.entries(files).map(([path, text]) => [/([^/]+)\.json$/.exec(path)?.[1] ?? path, text]),
);

function check(text: string, expectation: Expectation) {
  const result = parseArticleJson(text);
  if ('renders' in expectation) {
    expect(result.ok ? [] : result.problems).toEqual([]);
    return;
  }
  expect(result.ok).toBe(false);
  const lines = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  expect(lines).toHaveLength(expectation.problems.length);
  expectation.problems.forEach((problem, i) => expect(lines[i]).toMatch(problemLine(problem)));
}

describe('broken and unusual article files', () => {
  it('has at least 30 files, each with an expectation, and no expectation without its file', () => {
    expect(byName.size).toBeGreaterThanOrEqual(30);
    expect([...byName.keys()].sort()).toEqual(Object.keys(FILE_EXPECTATIONS).sort());
  });

  it.each(Object.entries(FILE_EXPECTATIONS))('%s', (name, expectation) => {
    check(byName.get(name) ?? '', expectation);
  });

  it.each(generatedFiles().map((file) => [file.name, file] as const))('%s (made in code)', (_, file) => {
    check(file.text, file.expectation);
  });
});

describe('JSON.parse failures', () => {
  it('says the file is nested too deeply when the engine gives up with a RangeError', () => {
    const spy = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expect(parseArticleJson('[[[]]]')).toEqual({
        ok: false,
        problems: [
          {
            path: '(file)',
            message: 'the JSON is nested too deeply to be read',
            detail: { code: 'nestedTooDeeply' },
          },
        ],
      });
    } finally {
      spy.mockRestore();
    }
  });
});
