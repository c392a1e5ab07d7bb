/**
 * The library's index for `npm run dev`: the build writes the split index into `dist/articles/library/`
 * (`./build-site.ts`), which the dev server does not have. This Vite plugin answers `/articles/library/<path>` with
 * the same files, made from the articles in `public/articles/` when first asked for and again after any of them
 * changes (`./library-index-files.ts`, loaded through Vite, so the config itself imports no app code). An article
 * that is not valid is left out with a warning naming its file and problems (the build would fail on it; the dev
 * server keeps serving the others).
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { libraryIndexFiles } from './library-index-files';

const PREFIX = '/articles/library/';

/** Serves the library's index in the dev server from `<root>/public/articles/`. */
export function devLibraryIndex(): Plugin {
  return {
    name: 'stimmen-dev-library-index',
    apply: 'serve',
    configureServer(server) {
      const articles = join(server.config.publicDir, 'articles');
      let files: Promise<Map<string, string>> | undefined;
      server.watcher.add(articles);
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(articles)) files = undefined;
      });
      const indexFiles = async () => {
        const module = (await server.ssrLoadModule('/scripts/site/library-index-files.ts')) as {
          libraryIndexFiles: typeof libraryIndexFiles;
        };
        return module.libraryIndexFiles(articles, (message) => server.config.logger.warn(message));
      };
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split(/[?#]/)[0];
        if (!path?.startsWith(PREFIX)) return next();
        files ??= indexFiles();
        files.then(
          (all) => {
            const file = all.get(decodeURIComponent(path.slice(PREFIX.length)));
            if (file === undefined) {
              response.statusCode = 404;
              response.end();
              return;
            }
            response.setHeader('Content-Type', 'application/json');
            response.setHeader('Cache-Control', 'no-cache');
            response.end(file);
          },
          (error: unknown) => {
            files = undefined;
            next(error);
          },
        );
      });
    },
  };
}
