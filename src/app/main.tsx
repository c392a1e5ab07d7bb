/**
 * The entry: the stylesheet and a few lines. On a prerendered page the article is already in the HTML, so the
 * app (React, router, i18n, the reader) is evaluated only after the browser has painted it; its chunks are
 * preloaded by the page (see `scripts/prerender.ts`), so waiting costs no network time.
 */
import '../styles/global.css';
import { PRERENDERED_DATA_ID } from './prerendered';

/**
 * Resolves after the browser has painted the current document (the prerendered article), or after `timeoutMs` if
 * it does not paint (a background tab): hydrating is a long task, and the first paint should not wait for it.
 */
function afterFirstPaint(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

async function boot() {
  if (document.getElementById(PRERENDERED_DATA_ID)) await afterFirstPaint(100);
  const { start } = await import('./start');
  await start();
}

void boot();
