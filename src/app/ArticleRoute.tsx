import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Article } from '../core/article/schema';
import { shownLanguages } from '../core/reader/url-state';
import { ArticleView } from '../features/reader/ArticleView';
import { useReaderState } from '../ui/use-reader-state';
import { deferred } from './deferred';
import { prerenderedArticle } from './prerendered-article';
import { lazyQueryPage } from './query-page';

/** The article page's parts that its text's first paint does not need: one chunk, loaded after the app started. */
export const loadArticleParts = () => import('./ArticleParts');
const ArticleAside = deferred(() => loadArticleParts().then((parts) => parts.ArticleAside));
const ArticleHeaderExtra = deferred(() => loadArticleParts().then((parts) => parts.ArticleHeaderExtra));
const PrintSpeakerList = deferred(() => loadArticleParts().then((parts) => parts.PrintSpeakerList));
const TextModeSwitch = deferred(() => loadArticleParts().then((parts) => parts.TextModeSwitch));
const MachineTranslationBar = deferred(() => loadArticleParts().then((parts) => parts.MachineTranslationBar));

/**
 * Loads the article page's parts ahead of rendering it, so that they render with its text (see `lazyComponent`):
 * nothing appears above the text after it, pushing it down.
 */
export const preloadArticleParts = () =>
  Promise.all(
    [ArticleAside, ArticleHeaderExtra, PrintSpeakerList, TextModeSwitch].map((part) => part.preload()),
  );

/** An article the page was not prerendered with: fetched, with loading and error states (a chunk of its own). */
export const FetchedArticle = lazyQueryPage(() =>
  import('./FetchedArticle').then((module) => module.FetchedArticle),
);

/**
 * `/articles/:id`: shows one article. An article the page was prerendered with is rendered straight from the data
 * the page embeds (validated at build time), so its first render, on the server and in the browser, needs neither
 * the query library nor a request; any other is loaded by {@link FetchedArticle}.
 */
export function ArticleRoute() {
  const { id = '' } = useParams();
  const article = prerenderedArticle(id);
  return article ? <ArticleScreen article={article} /> : <FetchedArticle id={id} />;
}

/**
 * The article page: composes the features around one article. Each feature reads and writes the shared,
 * linkable reader state (URL) through `useReaderState`; none of them knows about the others.
 */
export function ArticleScreen({
  article: given,
  quoteTools,
  onArticleChange,
}: {
  article: Article;
  /** Tools shown in the quote panel for the selected quote (corrections, for imported articles). */
  quoteTools?: (quoteId: string) => ReactNode;
  /**
   * Given for an article the page keeps (imported): a machine translation made or removed is saved with it and
   * comes back through `article`. Without it (a shipped article) the translations are kept apart and shown here.
   */
  onArticleChange?: (article: Article) => void;
}) {
  const [withMachine, setWithMachine] = useState<{ base: Article; shown: Article } | undefined>(undefined);
  const article = !onArticleChange && withMachine?.base === given ? withMachine.shown : given;
  const onArticle = useCallback(
    (next: Article) =>
      onArticleChange ? onArticleChange(next) : setWithMachine({ base: given, shown: next }),
    [given, onArticleChange],
  );
  const reader = useReaderState(article);
  const update = reader.update;
  const showTranslation = useCallback(
    (language: string) => update({ mode: 'parallel', translation: language }, { replace: true }),
    [update],
  );
  const shownTranslation = reader.state.mode === 'original' ? undefined : reader.state.translation;
  // The same element while these stay: selecting a quote does not render the bar again.
  const machineTranslation = useMemo(
    () => (
      <MachineTranslationBar
        base={given}
        article={article}
        kept={onArticleChange ? 'imported' : 'shipped'}
        onArticle={onArticle}
        shown={shownTranslation}
        onShow={showTranslation}
      />
    ),
    [given, article, onArticleChange, onArticle, shownTranslation, showTranslation],
  );
  // Side by side, the reading time is the original's.
  const readLanguage =
    shownLanguages(article.originalLanguage, reader.state.mode, reader.state.translation)[0] ??
    article.originalLanguage;
  return (
    <div className="reader-layout">
      <div className="reader-layout__main">
        <ArticleView
          article={article}
          state={reader.state}
          update={reader.update}
          headerExtra={<ArticleHeaderExtra article={article} language={readLanguage} />}
          TextModeSwitch={TextModeSwitch}
          textModeExtra={machineTranslation}
        />
        <PrintSpeakerList article={article} />
      </div>
      <aside className="reader-layout__aside">
        <ArticleAside
          article={article}
          state={reader.state}
          unknown={reader.unknown}
          update={reader.update}
          hrefWith={reader.hrefWith}
          quoteTools={quoteTools}
        />
      </aside>
    </div>
  );
}
