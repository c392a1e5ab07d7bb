import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Article } from '../core/article/schema';
import { useArticle } from '../features/reader/article-query';
import { ArticleError } from '../features/reader/ArticleError';
import { ArticleView } from '../features/reader/ArticleView';
import { useReaderState } from '../ui/use-reader-state';

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
function ArticleScreen({ article }: { article: Article }) {
  const reader = useReaderState(article);
  return (
    <div className="reader-layout">
      <div className="reader-layout__main">
        <ArticleView article={article} state={reader.state} update={reader.update} />
      </div>
      <aside className="reader-layout__aside" />
    </div>
  );
}
