import './update-notice.css';
import { useTranslation } from 'react-i18next';

/**
 * Says that a new version of the app is ready and lets the reader choose when to reload. A polite live region:
 * it is announced without taking the focus from what the reader is doing.
 */
export function UpdateNotice({ onReload, onLater }: { onReload: () => void; onLater: () => void }) {
  const { t } = useTranslation('offline');
  return (
    <aside className="update-notice" aria-label={t('update.label')}>
      <p role="status">{t('update.body')}</p>
      <div className="update-notice__actions">
        <button type="button" className="button button--primary" onClick={onReload}>
          {t('update.reload')}
        </button>
        <button type="button" className="button" onClick={onLater}>
          {t('update.later')}
        </button>
      </div>
    </aside>
  );
}
