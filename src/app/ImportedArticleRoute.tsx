import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Article } from '../core/article/schema';
import { MarkQuoteBar } from '../features/corrections/MarkQuoteBar';
import { QuoteCorrections } from '../features/corrections/QuoteCorrections';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ArticleError } from '../features/reader/ArticleError';
import { ArticleLoadError } from '../features/reader/article-query';
import { ImportedArticleBar } from '../features/import/ImportedArticleBar';
import { getImported, saveImported, StoredArticleInvalid } from '../storage/imported-articles';
import { useReaderState } from '../ui/use-reader-state';
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
  const { t } = useTranslation(['common', 'articleErrors']);
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
        title={t('articleErrors:importedNotFound.title')}
        tone="error"
        role="alert"
        headingLevel={1}
        actions={
          <Link to="/" className="button">
            {t('backToLibrary')}
          </Link>
        }
      >
        <p>{t('articleErrors:importedNotFound.body', { id })}</p>
      </Notice>
    );
  }
  return <EditableArticle article={query.data} />;
}

/** An imported article with its corrections: every change is saved to IndexedDB and shown at once. */
function EditableArticle({ article }: { article: Article }) {
  const { t } = useTranslation('corrections');
  const queryClient = useQueryClient();
  const reader = useReaderState(article);
  const [saveFailure, setSaveFailure] = useState<string | undefined>(undefined);
  const save = (next: Article, selectQuote: string | undefined) => {
    queryClient.setQueryData(importedArticleQueryOptions(next.id).queryKey, next);
    saveImported(next).then(
      () => {
        setSaveFailure(undefined);
        return queryClient.invalidateQueries({ queryKey: ['imported-list'] });
      },
      (error: unknown) => setSaveFailure(error instanceof Error ? error.message : String(error)),
    );
    reader.update({ quote: selectQuote, event: undefined }, { replace: true });
  };
  return (
    <>
      <ImportedArticleBar article={article} />
      {saveFailure !== undefined ? (
        <p role="alert" className="notice notice--error">
          {t('saveFailed', { detail: saveFailure })}
        </p>
      ) : null}
      <ArticleScreen
        article={article}
        quoteTools={(quoteId) => <QuoteCorrections article={article} quoteId={quoteId} onChange={save} />}
      />
      <MarkQuoteBar article={article} onChange={save} />
    </>
  );
}
