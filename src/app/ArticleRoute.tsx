import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Article } from '../core/article/schema';
import { shownLanguages } from '../core/reader/url-state';
import { PrintSpeakerList } from '../features/article-meta/PrintSpeakerList';
import { ProvenanceBanner } from '../features/article-meta/ProvenanceBanner';
import { ReadingTime } from '../features/article-meta/ReadingTime';
import { useArticle } from '../features/reader/article-query';
import { ArticleError } from '../features/reader/ArticleError';
import { ArticleView } from '../features/reader/ArticleView';
import { QuotePanel } from '../features/quotes/QuotePanel';
import { SpeakerLegend } from '../features/speakers/SpeakerLegend';
import { Timeline } from '../features/timeline/Timeline';
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
          headerExtra={
            <>
              <ReadingTime article={article} language={readLanguage} />
              <ProvenanceBanner article={article} />
            </>
          }
        />
        <PrintSpeakerList article={article} />
      </div>
      <aside className="reader-layout__aside">
        <QuotePanel
          article={article}
          state={reader.state}
          unknown={reader.unknown}
          update={reader.update}
          hrefWith={reader.hrefWith}
          renderTools={quoteTools}
        />
        <SpeakerLegend article={article} speaker={reader.state.speaker} update={reader.update} />
        <Timeline article={article} state={reader.state} hrefWith={reader.hrefWith} update={reader.update} />
      </aside>
    </div>
  );
}
