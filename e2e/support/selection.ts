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
