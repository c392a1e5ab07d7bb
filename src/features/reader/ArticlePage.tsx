import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useArticle } from './article-query';
import { ArticleError } from './ArticleError';
import { ArticleView } from './ArticleView';

/** `/articles/:id`: loads, validates and shows one article, or says clearly why it cannot. */
export function ArticlePage() {
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
  return <ArticleView article={query.data} />;
}
