import type { Page } from '@playwright/test';

/**
 * The browser's default font size, as a reader sets it in the browser's settings (Chromium only): it scales `rem`
 * and the media queries, unlike the app's own text size. 32 is text at 200 %. Set before `page.goto`.
 */
export async function setDefaultFontSize(page: Page, px: number) {
  const session = await page.context().newCDPSession(page);
  await session.send('Page.setFontSizes', { fontSizes: { standard: px } });
}
