/** Writes one prerendered page of the built app into `dist/`, through the prerenderer (`../prerender.ts`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIST, prerenderDocument, type ServerEntry } from '../prerender';

/** What a page is rendered from: its path, interface language and query results. */
export type PageData = Parameters<ServerEntry['renderPage']>[0];

/** The file a static host answers `path` with: `/` → `index.html`, `/articles/x` → `articles/x.html`. */
export function pageFile(path: string): string {
  return path === '/' ? join(DIST, 'index.html') : join(DIST, `${path.replace(/^\/+|\/+$/g, '')}.html`);
}

/** Prerenders `data.path` and writes it to its {@link pageFile}; returns the file. */
export async function writePage(
  entry: ServerEntry,
  data: PageData,
  routeModules: string[] = [],
): Promise<string> {
  const file = pageFile(data.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await prerenderDocument(entry, data, routeModules));
  return file;
}
