/**
 * Taking a test's browser offline and back as a person's connection drops: the network refuses every request
 * (`BrowserContext.setOffline`), and every page — also one loaded while offline — says so by `navigator.onLine` and
 * the `offline`/`online` events, which the app reads. Some Chromium builds (Debian's 150 with this Playwright) keep
 * `navigator.onLine` true in a document loaded after going offline (the service worker serves it), which no
 * browser does on a real connection; an init script keeps it false there while the test is offline.
 */
import type { BrowserContext, Page } from '@playwright/test';

const FLAG = 'stimmen-e2e-offline';

/** Installs the stand-in of `navigator.onLine` in every document of `context`; call before the first `goto`. */
export async function followOffline(context: BrowserContext): Promise<void> {
  await context.addInitScript((flag) => {
    if (sessionStorage.getItem(flag) === null) return;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  }, FLAG);
}

/** The connection drops: requests fail, and the page and those loaded after it are offline. */
export async function goOffline(page: Page): Promise<void> {
  await page.evaluate((flag) => sessionStorage.setItem(flag, ''), FLAG);
  await page.context().setOffline(true);
}

/**
 * The connection is back: requests go through, and the page is online as are the next ones. A document that had
 * the stand-in is told by the `online` event the browser did not fire (to it, it was never offline).
 */
export async function goOnline(page: Page): Promise<void> {
  await page.context().setOffline(false);
  await page.evaluate((flag) => {
    sessionStorage.removeItem(flag);
    if (Object.getOwnPropertyDescriptor(navigator, 'onLine') === undefined) return;
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
  }, FLAG);
}
