import type { Page } from '@playwright/test';

/**
 * Selects `phrase` in the page's text as a person drags the mouse over it: a range over the phrase inside the one
 * text node that holds it (the element found by its text). Throws when no single text node holds the whole phrase.
 */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.getByText(phrase, { exact: false }).evaluate((element, words) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !(node.textContent ?? '').includes(words)) node = walker.nextNode();
    if (!node) throw new Error('phrase not in one text node');
    const start = (node.textContent ?? '').indexOf(words);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + words.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, phrase);
}

/**
 * Selects from the start of `first` to the end of `last` in one paragraph of the reader's text, as a mouse drag
 * does, across the highlights between them (each phrase within one text node; `last` the first one after `first`).
 */
export async function selectAcross(page: Page, first: string, last: string): Promise<void> {
  await page
    .locator('p.paragraph', { hasText: first })
    .first()
    .evaluate(
      (paragraph, [from, to]) => {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let started = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (!started && text.includes(from)) {
            range.setStart(node, text.indexOf(from));
            started = true;
          }
          const fromHere = started && node === range.startContainer ? range.startOffset : 0;
          if (started && text.indexOf(to, fromHere) !== -1) {
            range.setEnd(node, text.indexOf(to, fromHere) + to.length);
            document.getSelection()?.removeAllRanges();
            document.getSelection()?.addRange(range);
            return;
          }
        }
        throw new Error('phrases not found in order in one paragraph');
      },
      [first, last] as const,
    );
}
