/**
 * The article page for an article its HTML was not prerendered with (another article reached by a link, a page the
 * static host answered with its fallback): fetched and validated through its query, with loading and error states.
 * A chunk of its own, with the query library (see `./query-client`).
 */
import { useTranslation } from 'react-i18next';
import { articleQueryOptions, useArticle } from '../features/reader/article-query';
import { ArticleError } from '../features/reader/ArticleError';
import { ArticleScreen } from './ArticleRoute';
import { appQueryClient } from './query-client';

export function FetchedArticle({ id }: { id: string }) {
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
 * The article route's loader: starts loading article `id` when it is navigated to. A failure met before (a 404) is
 * shown, not fetched again on mount; coming back to the page asks anew.
 */
export function loadArticle(id: string): Promise<unknown> {
  return appQueryClient()
    .query(articleQueryOptions(id))
    .catch(() => undefined);
}
