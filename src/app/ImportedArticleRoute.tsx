import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Link } from '../ui/Link';
import type { Article, Quote } from '../core/article/schema';
import { MarkByWords } from '../features/corrections/MarkByWords';
import { MarkQuoteBar } from '../features/corrections/MarkQuoteBar';
import { QuoteCorrections } from '../features/corrections/QuoteCorrections';
import { UndoDeletion, type Deletion } from '../features/corrections/UndoDeletion';
import { ImportedArticleBar } from '../features/import/ImportedArticleBar';
import { ArticleError } from '../features/reader/ArticleError';
import { ArticleLoadError } from '../features/reader/article-query';
import { getImportedRevision, StoredArticleInvalid } from '../storage/imported-articles';
import { onLibraryChange } from '../storage/library-channel';
import { Notice } from '../ui/Notice';
import { useReaderState } from '../ui/use-reader-state';
import { ArticleScreen } from './ArticleRoute';
import { SaveOutcomeNotice } from './SaveOutcomeNotice';
import { importedArticleKey, useImportedSaver, type StoredArticle } from './use-imported-saver';

/** The imported article with its revision, or `null` when there is none. */
export const importedArticleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: importedArticleKey(id),
    queryFn: async (): Promise<StoredArticle | null> => (await getImportedRevision(id)) ?? null,
    retry: false,
    staleTime: 0,
  });

/**
 * `/imported/:id`: an article imported into this browser, read from IndexedDB, with export and delete. A change
 * saved in another tab is read again at once.
 */
export function ImportedArticleRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['common', 'articleErrors']);
  const queryClient = useQueryClient();
  const query = useQuery(importedArticleQueryOptions(id));
  const revision = query.data?.revision;

  useEffect(
    () =>
      onLibraryChange((change) => {
        if (change.id === id && change.revision !== revision)
          void queryClient.invalidateQueries({ queryKey: importedArticleKey(id) });
      }),
    [id, revision, queryClient],
  );

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
  return <EditableArticle key={id} stored={query.data} />;
}

/** An imported article with its corrections: every change is shown at once and saved to IndexedDB. */
function EditableArticle({ stored }: { stored: StoredArticle }) {
  const { article } = stored;
  const reader = useReaderState(article);
  const saver = useImportedSaver(stored);
  /** The quote just deleted, which can be taken back until the next correction or another quote is opened. */
  const [deletion, setDeletion] = useState<Deletion | undefined>(undefined);
  const selectedQuote = reader.state.quote;
  const [shownQuote, setShownQuote] = useState(selectedQuote);
  if (selectedQuote !== shownQuote) {
    setShownQuote(selectedQuote);
    if (selectedQuote !== undefined) setDeletion(undefined);
  }
  const change = (next: Article, selectQuote: string | undefined) => {
    setDeletion(undefined);
    saver.save(article, next);
    reader.update({ quote: selectQuote, event: undefined }, { replace: true });
  };
  const remove = (next: Article, quote: Quote) => {
    change(next, undefined);
    setDeletion({ before: article, after: next, quote });
  };
  const { save } = saver;
  const { update } = reader;
  // The article as it was before the deletion, saved over the one without the quote (re-applied to a version
  // changed elsewhere meanwhile, as every correction is); the quote is selected, and its panel takes the focus as
  // when a quote is opened.
  const undo = useCallback(
    ({ before, after, quote }: Deletion) => {
      setDeletion(undefined);
      save(after, before);
      update({ quote: quote.id, event: undefined }, { replace: true });
    },
    [save, update],
  );
  const queryClient = useQueryClient();
  // A machine translation made or removed was saved already, with a new revision: read the record again, so the
  // next correction is written on that revision (the saver takes a newer stored version as its base).
  const showSaved = useCallback(
    (next: Article) => {
      void queryClient.invalidateQueries({ queryKey: importedArticleKey(next.id) });
      void queryClient.invalidateQueries({ queryKey: ['imported-list'] });
    },
    [queryClient],
  );
  return (
    <>
      <ImportedArticleBar
        article={article}
        onChange={(next) => change(next, undefined)}
        tools={<MarkByWords article={article} onChange={change} />}
      />
      {saver.outcome ? (
        <SaveOutcomeNotice
          outcome={saver.outcome}
          article={article}
          onKeepMine={(mine) => saver.save(article, mine)}
          onDismiss={saver.dismiss}
        />
      ) : null}
      <ArticleScreen
        article={article}
        quoteTools={(quoteId) => (
          <QuoteCorrections article={article} quoteId={quoteId} onChange={change} onDelete={remove} />
        )}
        onArticleChange={showSaved}
      />
      <UndoDeletion deletion={deletion} onUndo={undo} onDismiss={() => setDeletion(undefined)} />
      <MarkQuoteBar article={article} onChange={change} />
    </>
  );
}
