/**
 * The entry: the stylesheet and a few lines. On a prerendered page the article is already in the HTML, so the
 * app (React, router, i18n, the reader) is evaluated only after the browser has painted it; its chunks are
 * preloaded by the page (see `scripts/prerender.ts`), so waiting costs no network time.
 */
import '../styles/global.css';
import { detectLanguage, pageLanguageSources } from './detect-language';
import { PRERENDERED_DATA_ID } from './prerendered';

/**
 * Resolves once the browser has painted the current document (the prerendered article) and handed that frame on:
 * the second animation frame starts after the first was produced. Starting the app is a long burst of work, and on
 * a machine with few cores it would compete with putting the first frame on screen. A hidden page (a background
 * tab) paints nothing, so it starts at once; `timeoutMs` bounds the wait.
 */
function afterFirstPaint(timeoutMs: number): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        setTimeout(resolve);
      }),
    );
  });
}

/**
 * Shows the notice the build put in the page for a start that failed (`scripts/boot-failure.ts`), in the reader's
 * interface language, above whatever the page already shows.
 */
function showBootFailure() {
  // Clicks held for the app (`public/preferences-boot.js`) will not be answered: the page is not busy.
  document.documentElement.removeAttribute('data-held');
  const template = document.getElementById('boot-failure');
  if (!(template instanceof HTMLTemplateElement)) return;
  const notices = [...template.content.children];
  const language = detectLanguage(
    pageLanguageSources(),
    notices.map((notice) => notice.getAttribute('lang') ?? ''),
  );
  const notice = notices.find((candidate) => candidate.getAttribute('lang') === language) ?? notices[0];
  if (!notice) return;
  notice.querySelector('button')?.addEventListener('click', () => window.location.reload());
  document.body.prepend(notice);
}

async function boot() {
  // The boot script is opening this page in the reader's interface language: this one will not be shown.
  if (document.documentElement.hasAttribute('data-language-redirect')) return;
  if (document.getElementById(PRERENDERED_DATA_ID)) await afterFirstPaint(1000);
  const { start } = await import('./start');
  await start();
}

boot().catch((error: unknown) => {
  showBootFailure();
  console.error(error);
});
