import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/Link';
import { ArticleProblemText } from '../../ui/ArticleProblemText';
import { Notice } from '../../ui/Notice';
import { useFormatLocale } from '../../ui/use-format-locale';
import { ArticleLoadError } from './article-query';

const SHOWN_PROBLEMS = 50;

/** What went wrong loading an article, in words, with a retry where retrying can help. */
export function ArticleError({
  error,
  articleId,
  onRetry,
}: {
  error: unknown;
  articleId: string;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation(['articleErrors', 'common']);
  const formats = useFormatLocale(i18n.resolvedLanguage ?? 'en');
  const failure = error instanceof ArticleLoadError ? error : new ArticleLoadError('network', articleId);
  const back = (
    <Link to="/" className="button">
      {t('common:backToLibrary')}
    </Link>
  );
  const retry = failure.retryable ? (
    <button type="button" className="button button--primary" onClick={onRetry}>
      {t('common:retry')}
    </button>
  ) : null;

  switch (failure.kind) {
    case 'notFound':
      return (
        <Notice title={t('notFound.title')} tone="error" role="alert" headingLevel={1} actions={back}>
          <p>{t('notFound.body', { id: articleId })}</p>
        </Notice>
      );
    case 'invalid': {
      const problems = failure.details.problems ?? [];
      return (
        <Notice title={t('invalid.title')} tone="error" role="alert" headingLevel={1} actions={back}>
          <p>{t('invalid.body', { id: articleId })}</p>
          <ul className="problem-list" aria-label={t('invalid.title')}>
            {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
              <li key={i}>
                <ArticleProblemText problem={problem} />
              </li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS ? (
            <p>{t('invalid.more', { count: problems.length - SHOWN_PROBLEMS, locale: formats })}</p>
          ) : null}
        </Notice>
      );
    }
    case 'offline':
      // Not an error to report: what is missing, and where to find what can be read.
      return (
        <Notice
          title={t('offline.title')}
          role="status"
          headingLevel={1}
          actions={
            <>
              <Link to="/" className="button">
                {t('offline.library')}
              </Link>
              {retry}
            </>
          }
        >
          <p>{t('offline.body')}</p>
        </Notice>
      );
    case 'http':
    case 'timeout':
    case 'network':
      // The failures a retry can mend: what happened, then "Try again" and the way back.
      return (
        <Notice
          title={t(`${failure.kind}.title`)}
          tone="error"
          role="alert"
          headingLevel={1}
          actions={
            <>
              {retry}
              {back}
            </>
          }
        >
          <p>{t(`${failure.kind}.body`, { status: failure.details.status ?? 0 })}</p>
        </Notice>
      );
  }
}
