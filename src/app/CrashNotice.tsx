import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/Notice';

/** Shown in place of a part of the page that threw while rendering. */
export function CrashNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
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
