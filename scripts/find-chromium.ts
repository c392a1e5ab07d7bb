/**
 * Finds a Chromium for Playwright and the benchmark, in this order: `CHROMIUM_PATH`, Playwright's own
 * installed browser, `/usr/bin/chromium`, `/usr/bin/google-chrome`. Playwright cannot download its browser on
 * every machine (closed networks), so the system's Chromium is a first-class choice.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the end-to-end tests. Get one of these:',
  "  - Playwright's own browser:   npx playwright install chromium",
  '  - Debian/Ubuntu:              sudo apt-get install -y chromium',
  '  - or point to any Chromium:   CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');

/** Flags for headless Chromium on shared or closed-network machines (no sandbox as root, no background calls). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The path of a usable Chromium, or `undefined` when Playwright's bundled one should be used as is. */
export function findChromium(): { path: string; origin: string } | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(
        `CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.\n${HOW_TO_GET_CHROMIUM}`,
      );
    return { path: fromEnv, origin: 'CHROMIUM_PATH' };
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return { path: bundled, origin: 'Playwright' };
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return { path: candidate, origin: 'system' };
  }
  return undefined;
}

/** Like {@link findChromium}, but fails with instructions when there is none. */
export function requireChromium(): string {
  const found = findChromium();
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found.path;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const found = findChromium();
  if (!found) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  console.log(`${found.path} (${found.origin})`);
}
