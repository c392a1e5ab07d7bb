import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/Notice';
import { isCodeLoadFailure } from './code-load-failure';

/**
 * Shown in place of a part of the page that threw while rendering. A part whose code could not be downloaded
 * (offline before the service worker had the app) is no bug to report: the reader is told it needs the connection.
 */
export function CrashNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isCodeLoadFailure(error)) return <CodeMissingNotice />;
  return (
    <Notice
      title={t('crash.title')}
      tone="error"
      role="alert"
      actions={
        onRetry ? (
          <button type="button" className="button" onClick={onRetry}>
            {t('retry')}
          </button>
        ) : undefined
      }
    >
      <p>{t('crash.body')}</p>
      <details>
        <summary>{t('crash.details')}</summary>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </Notice>
  );
}

const reload = () => window.location.reload();

/**
 * A part whose code could not be downloaded. The browser keeps a module that failed to download as failed for the
 * page's life (Chromium's `import()` of it fails again at once, also online), so trying again loads the page again:
 * on Try again, and by itself when the connection is back.
 */
function CodeMissingNotice() {
  const { t } = useTranslation();
  useEffect(() => {
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, []);
  return (
    <Notice
      title={t('codeMissing.title')}
      role="status"
      actions={
        <button type="button" className="button" onClick={reload}>
          {t('retry')}
        </button>
      }
    >
      <p>{t('codeMissing.body')}</p>
    </Notice>
  );
}
