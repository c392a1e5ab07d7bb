// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { topmostParagraph } from './use-keep-place';

/** Rows of `height` px, stacked from `top`, in blocks of `perBlock` (no blocks when 0); returns the text's root. */
function layOut({
  rows,
  height,
  top,
  perBlock,
}: {
  rows: number;
  height: number;
  top: number;
  perBlock: number;
}) {
  const root = document.createElement('div');
  const measured: string[] = [];
  const box = (element: HTMLElement, from: number, to: number, name: string) => {
    element.getBoundingClientRect = () => {
      measured.push(name);
      return { top: from, bottom: to } as DOMRect;
    };
  };
  let parent: HTMLElement = root;
  for (let i = 0; i < rows; i++) {
    if (perBlock > 0 && i % perBlock === 0) {
      parent = document.createElement('div');
      parent.className = 'reader-block';
      const last = Math.min(i + perBlock, rows);
      box(parent, top + i * height, top + last * height, `block from p${i + 1}`);
      root.append(parent);
    }
    const row = document.createElement('div');
    row.dataset.row = `p${i + 1}`;
    box(row, top + i * height, top + (i + 1) * height, `p${i + 1}`);
    parent.append(row);
  }
  return { root, measured };
}

afterEach(() => vi.unstubAllGlobals());

describe('topmostParagraph', () => {
  // The reading line is a quarter of the viewport's height: 200 px here.
  const cases = [
    { name: 'the row across the reading line', top: -1000, perBlock: 8, paragraph: 'p13', offset: 200 },
    { name: 'not a row that ends on the line', top: -1100, perBlock: 8, paragraph: 'p14', offset: 200 },
    { name: 'the last row of a block', top: -1300, perBlock: 8, paragraph: 'p16', offset: 200 },
    { name: 'the first row of the next block', top: -1400, perBlock: 8, paragraph: 'p17', offset: 200 },
    { name: 'text that starts below the line', top: 500, perBlock: 8, paragraph: 'p1', offset: 500 },
    { name: 'rows without blocks', top: -1050, perBlock: 0, paragraph: 'p13', offset: 150 },
  ];
  it.each(cases)('$name', ({ top, perBlock, paragraph, offset }) => {
    vi.stubGlobal('innerHeight', 800);
    const { root } = layOut({ rows: 400, height: 100, top, perBlock });
    expect(topmostParagraph(root)).toEqual({ paragraph, offset });
  });

  it('is undefined when every row is above the line', () => {
    vi.stubGlobal('innerHeight', 800);
    expect(topmostParagraph(layOut({ rows: 40, height: 100, top: -5000, perBlock: 8 }).root)).toBeUndefined();
  });

  it('measures a handful of blocks and only the rows of the block it lands in', () => {
    vi.stubGlobal('innerHeight', 800);
    const { root, measured } = layOut({ rows: 400, height: 100, top: -30_000, perBlock: 8 });
    expect(topmostParagraph(root)?.paragraph).toBe('p303');
    const rows = measured.filter((name) => !name.startsWith('block'));
    expect(rows.every((name) => Number(name.slice(1)) > 296 && Number(name.slice(1)) <= 304)).toBe(true);
    expect(measured.length).toBeLessThan(16);
  });
});
