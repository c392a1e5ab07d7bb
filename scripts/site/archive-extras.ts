/**
 * The hook through which the build makes what the archive needs besides the library's index: the search index
 * and the speaker pages (the `archive-search` work). The build calls it in two places:
 *
 * 1. `perArticle(article)`, in a render worker, once per valid article, while the article is in memory: returns
 *    what the extras need of it (structured-cloneable, e.g. its quotes with speaker keys and dates, or search
 *    documents). The article itself is let go after this call; keep the returned value small.
 * 2. `finish(context)`, in the build's main thread, once, after every article has been rendered and the library's
 *    index written: gets every article's value (in the library's order, newest first) and writes its files into
 *    `context.outDir` (`dist/articles/library/`) or elsewhere in `context.dist`, may read every article again with
 *    `context.readArticles()` and may prerender pages with `context.writePage`.
 *
 * With no extras (`NO_EXTRAS`) the build writes the library alone.
 */
import { buildSearchArtifacts } from '../build-search-index';
import type { LibraryEntry } from '../../src/core/archive/library-entry';
import type { Article } from '../../src/core/article/schema';
import type { SpeakerFirstScreen } from '../../src/core/archive/speaker-page';
import type { PageJob } from '../prerender';

export interface ExtrasContext<T> {
  /** Every article's library entry and its `perArticle` value, newest first. */
  articles: { entry: LibraryEntry; extra: T }[];
  /** `dist/articles/library/`: the folder of the library's index, served as `/articles/library/`. */
  outDir: string;
  /** `dist/`. */
  dist: string;
  /**
   * Every article, validated, read back from `dist/articles/` one at a time, newest first (for indexes that need the
   * text, such as search): memory stays that of one article.
   */
  readArticles(): AsyncIterable<Article>;
  /**
   * Prerenders one page of the app in every interface language (`scripts/prerender.ts`'s `PageJob`, e.g. a speaker
   * page `/speakers/<key>` with its data function in `src/app/entry-server.tsx`). Sequential: one page at a time.
   */
  writePage(job: PageJob): Promise<void>;
  /** Prerenders the speakers' pages from their first screens, in parallel on the build's workers. */
  writeSpeakerPages(screens: readonly SpeakerFirstScreen[]): Promise<void>;
}

export interface ArchiveExtras<T = unknown> {
  perArticle(article: Article): T;
  finish(context: ExtrasContext<T>): Promise<void>;
}

export const NO_EXTRAS: ArchiveExtras<null> = {
  perArticle: () => null,
  finish: () => Promise.resolve(),
};

/**
 * The extras the build runs: the search index and the speakers' files (`scripts/build-search-index.ts`), made from
 * every article read back one at a time, and each speaker's page, prerendered with their first screen.
 */
export const archiveExtras: ArchiveExtras = {
  perArticle: () => null,
  finish: async (context) => {
    const screens: SpeakerFirstScreen[] = [];
    await buildSearchArtifacts({
      articles: context.readArticles(),
      outDir: context.dist,
      speakerPage: (screen) => screens.push(screen),
    });
    await context.writeSpeakerPages(screens);
  },
};
