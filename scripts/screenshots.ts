/**
 * Takes the README's screenshots of the article page (light, dark, side by side, phone) into docs/screenshots,
 * from the built app served by `vite preview`. Run `npm run build` first, then `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type BrowserContextOptions } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, requireChromium } from './find-chromium';

const ARTICLE = '/articles/nato-ukraine-membership-rutte-2025';
const OUT = 'docs/screenshots';

interface Shot {
  name: string;
  path: string;
  context: BrowserContextOptions;
}

const desktop = { viewport: { width: 1280, height: 800 }, locale: 'en-GB' } as const;
const shots: Shot[] = [
  { name: 'article-light', path: ARTICLE, context: { ...desktop, colorScheme: 'light' } },
  { name: 'article-dark', path: `${ARTICLE}?quote=q5`, context: { ...desktop, colorScheme: 'dark' } },
  {
    name: 'article-side-by-side',
    path: `${ARTICLE}?view=parallel`,
    context: { ...desktop, colorScheme: 'light' },
  },
  {
    name: 'article-phone',
    path: ARTICLE,
    context: {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      locale: 'de-DE',
      colorScheme: 'light',
    },
  },
];

const server = await preview({ preview: { port: 0, host: '127.0.0.1', open: false } });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!base) throw new Error('vite preview did not report its address');
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  mkdirSync(OUT, { recursive: true });
  for (const shot of shots) {
    const context = await browser.newContext(shot.context);
    const page = await context.newPage();
    await page.goto(`${base}${shot.path}`);
    await page.getByRole('article').waitFor();
    // Prerendered HTML shows first; the app then applies the URL's state (text mode, selected quote).
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await page.evaluate(async () => {
      await document.fonts.ready;
      document.querySelector('.is-selected')?.scrollIntoView({ block: 'center' });
    });
    await page.screenshot({ path: `${OUT}/${shot.name}.png` });
    console.log(`${OUT}/${shot.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
