/**
 * A small static server for the benchmark, serving `dist/` the way a static host does: gzip for text, long-lived
 * caching for hashed assets, revalidation (ETag, 304) for everything else, `/articles/<id>` answered by
 * `articles/<id>.html` and unknown paths by `index.html`. The app and the static comparison pages go through the
 * same server, so neither has an advantage.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

interface Cached {
  mtime: number;
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The file that answers `pathname`, or `undefined`. */
function resolveFile(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  if (isFile(path)) return path;
  if (isFile(`${path}.html`)) return `${path}.html`;
  if (isFile(join(path, 'index.html'))) return join(path, 'index.html');
  return extname(path) === '' ? join(root, 'index.html') : undefined;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1:`port` until closed. */
export async function serveStatic(dir: string, port: number): Promise<StaticServer> {
  const root = resolve(dir);
  const cache = new Map<string, Cached>();
  const load = (file: string): Cached => {
    const mtime = statSync(file).mtimeMs;
    const hit = cache.get(file);
    if (hit?.mtime === mtime) return hit;
    const body = readFileSync(file);
    const entry = {
      mtime,
      body,
      gzip: gzipSync(body),
      etag: `"${body.length.toString(36)}-${mtime.toString(36)}"`,
    };
    cache.set(file, entry);
    return entry;
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(root, url.pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const { body, gzip, etag } = load(file);
    const immutable = url.pathname.startsWith('/assets/');
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const compress =
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') &&
      !headers['Content-Type']?.startsWith('image/');
    if (compress) headers['Content-Encoding'] = 'gzip';
    const payload = compress ? gzip : body;
    headers['Content-Length'] = String(payload.length);
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : payload);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
