/**
 * Renders the app's icons (`public/icons/*.svg`, `public/favicon.svg`) to the PNG sizes a web app manifest and a
 * browser tab need, with the same Chromium the end-to-end tests use: `npx tsx scripts/render-icons.ts` after changing an SVG. The PNGs are committed; the
 * build does not run this.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './find-chromium';

const ICONS = resolve(import.meta.dirname, '../public/icons');
const RENDERS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon.png', size: 180 },
  // The tab's icon as PNG: the browser fetches the icon again after every change of the address (a quote selected,
  // a key in the search field), and an SVG icon it renders as a document on the page's main thread (5-10 ms in a
  // trace of a keystroke, in the middle of the results' render), a PNG it decodes in a fraction of that.
  { svg: '../favicon.svg', png: 'favicon-32.png', size: 32 },
  { svg: '../favicon.svg', png: 'favicon-64.png', size: 64 },
];

const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { svg, png, size } of RENDERS) {
  await page.setViewportSize({ width: size, height: size });
  const data = readFileSync(join(ICONS, svg)).toString('base64');
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}">`,
  );
  await page.locator('img').screenshot({ path: join(ICONS, png), omitBackground: true });
  console.log(`public/icons/${png}`);
}
await browser.close();
