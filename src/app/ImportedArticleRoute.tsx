import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ArticleError } from '../features/reader/ArticleError';
import { ArticleLoadError } from '../features/reader/article-query';
import { ImportedArticleBar } from '../features/import/ImportedArticleBar';
import { getImported, StoredArticleInvalid } from '../storage/imported-articles';
import { Notice } from '../ui/Notice';
import { ArticleScreen } from './ArticleRoute';

export const importedArticleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['imported', id],
    queryFn: async () => (await getImported(id)) ?? null,
    retry: false,
    staleTime: 0,
  });

/** `/imported/:id`: an article imported into this browser, read from IndexedDB, with export and delete. */
export function ImportedArticleRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(importedArticleQueryOptions(id));

  if (query.isPending) return <p role="status">{t('loading')}</p>;
  if (query.isError) {
    const error = query.error;
    const failure =
      error instanceof StoredArticleInvalid
        ? new ArticleLoadError('invalid', id, { problems: error.problems })
        : new ArticleLoadError('network', id);
    return <ArticleError error={failure} articleId={id} onRetry={() => void query.refetch()} />;
  }
  if (query.data === null) {
    return (
      <Notice
        title={t('importedNotFound.title')}
        tone="error"
        role="alert"
        headingLevel={1}
        actions={
          <Link to="/" className="button">
            {t('backToLibrary')}
          </Link>
        }
      >
        <p>{t('importedNotFound.body', { id })}</p>
      </Notice>
    );
  }
  return (
    <>
      <ImportedArticleBar article={query.data} />
      <ArticleScreen article={query.data} />
    </>
  );
}
