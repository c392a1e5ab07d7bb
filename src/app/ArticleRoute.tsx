import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Article } from '../core/article/schema';
import { shownLanguages } from '../core/reader/url-state';
import { useArticle } from '../features/reader/article-query';
import { ArticleError } from '../features/reader/ArticleError';
import { ArticleView } from '../features/reader/ArticleView';
import { useReaderState } from '../ui/use-reader-state';
import { deferred } from './deferred';

/** The article page's parts that its text's first paint does not need: one chunk, loaded after the app started. */
export const loadArticleParts = () => import('./ArticleParts');
const ArticleAside = deferred(() => loadArticleParts().then((parts) => parts.ArticleAside));
const ArticleHeaderExtra = deferred(() => loadArticleParts().then((parts) => parts.ArticleHeaderExtra));
const PrintSpeakerList = deferred(() => loadArticleParts().then((parts) => parts.PrintSpeakerList));

/** `/articles/:id`: loads, validates and shows one article, or says clearly why it cannot. */
export function ArticleRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('reader');
  const query = useArticle(id);

  if (query.isPending) {
    return (
      <div role="status" className="loading">
        <p>{t('loadingArticle')}</p>
      </div>
    );
  }
  if (query.isError) {
    return <ArticleError error={query.error} articleId={id} onRetry={() => void query.refetch()} />;
  }
  return <ArticleScreen article={query.data} />;
}

/**
 * The article page: composes the features around one article. Each feature reads and writes the shared,
 * linkable reader state (URL) through `useReaderState`; none of them knows about the others.
 */
export function ArticleScreen({
  article,
  quoteTools,
}: {
  article: Article;
  /** Tools shown in the quote panel for the selected quote (corrections, for imported articles). */
  quoteTools?: (quoteId: string) => ReactNode;
}) {
  const reader = useReaderState(article);
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
