/** Where the reader's text selection lies, as paragraph offsets (UTF-16, half-open) in one language. */
export interface TextSelection {
  paragraph: string;
  language: string;
  start: number;
  end: number;
  text: string;
}

function paragraphOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('p.paragraph[lang]') ?? null;
}

/**
 * The current selection if it lies within one paragraph of the reader's text. Offsets count the paragraph's
 * text only: the highlights' names are generated content (`markLink` in ParagraphText.tsx), not text, so
 * `Range.toString()` matches the article.
 */
export function selectionInParagraph(selection: Selection | null): TextSelection | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const paragraph = paragraphOf(range.startContainer);
  if (!paragraph || paragraph !== paragraphOf(range.endContainer)) return undefined;
  const id = paragraph.closest<HTMLElement>('[data-row]')?.dataset.row;
  if (!id) return undefined;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  return { paragraph: id, language: paragraph.lang, start, end: start + text.length, text };
}
