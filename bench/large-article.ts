/**
 * The benchmark's large article (400 paragraphs, 3,000 quotes, 40 speakers, 200 events, two languages), generated
 * and written into builds, the same for `npm run bench` and the scripts that measure one part of it.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST, loadSite, prerenderArticle } from '../scripts/prerender';
import { generateArticle } from '../src/testing/data-generators';

export const LARGE_ID = 'bench-large';

export function largeArticle() {
  return generateArticle({
    id: LARGE_ID,
    languages: ['de', 'en'],
    paragraphs: 400,
    quotes: 3000,
    speakers: 40,
    events: 200,
  });
}

/**
 * Writes the large article's JSON into each build (`dist/` folders) and prerenders its page into this checkout's
 * build, if it is one of them; a build copied aside keeps the prerendered page it had when it was copied.
 */
export async function installLargeArticle(dists: readonly string[] = [DIST]): Promise<void> {
  const json = JSON.stringify(largeArticle());
  for (const dist of dists) writeFileSync(join(dist, 'articles', `${LARGE_ID}.json`), json);
  if (dists.some((dist) => resolve(dist) === resolve(DIST)))
    await prerenderArticle(await loadSite(), LARGE_ID);
}
