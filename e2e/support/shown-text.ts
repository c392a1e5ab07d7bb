import type { Locator, Page } from '@playwright/test';

/**
 * The text an element shows, as Chromium's accessibility tree has it: with the quotation marks a `<q>` draws
 * through CSS, which `textContent`, `innerText` and Playwright's own accessible names leave out.
 */
export async function shownText(page: Page, element: Locator): Promise<string> {
  await element.evaluate((node) => node.setAttribute('data-shown-text', ''));
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'document.querySelector("[data-shown-text]")',
    });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      objectId: result.objectId,
      role: 'StaticText',
    });
    return nodes.map((node) => String(node.name?.value ?? '')).join('');
  } finally {
    await cdp.detach();
    await element.evaluate((node) => node.removeAttribute('data-shown-text'));
  }
}
