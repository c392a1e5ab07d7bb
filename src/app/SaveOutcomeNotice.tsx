import { useTranslation } from 'react-i18next';
import { Link } from '../ui/Link';
import type { Article } from '../core/article/schema';
import { downloadJson } from '../ui/download';
import { Notice } from '../ui/Notice';
import type { SaveOutcome } from './use-imported-saver';

/**
 * What became of a correction that was not simply saved: applied to a version changed elsewhere, in conflict with
 * it (the reader's version kept on offer), the article deleted elsewhere, or not saved at all (storage full).
 */
export function SaveOutcomeNotice({
  outcome,
  article,
  onKeepMine,
  onDismiss,
}: {
  outcome: SaveOutcome;
  /** The article on screen. */
  article: Article;
  /** Saves the reader's version over the one on screen. */
  onKeepMine: (mine: Article) => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation(['offline', 'corrections', 'import']);
  const dismiss = (
    <button type="button" className="button" onClick={onDismiss}>
      {t('save.dismiss')}
    </button>
  );
  const exportButton = (version: Article, label: string) => (
    <button type="button" className="button" onClick={() => downloadJson(`${version.id}.json`, version)}>
      {label}
    </button>
  );

  switch (outcome.kind) {
    case 'merged':
      return (
        <Notice title={t('save.mergedTitle')} role="status" actions={dismiss}>
          <p>{t('save.merged')}</p>
        </Notice>
      );
    case 'conflict':
      return (
        <Notice
          title={t('save.conflictTitle')}
          tone="error"
          role="alert"
          actions={
            <>
              <button type="button" className="button" onClick={() => onKeepMine(outcome.mine)}>
                {t('save.useMine')}
              </button>
              {exportButton(outcome.mine, t('save.exportMine'))}
              {dismiss}
            </>
          }
        >
          <p>{t('save.conflict')}</p>
          <ul>
            {outcome.conflicts.map((part) => (
              <li key={part}>
                <code>{part}</code>
              </li>
            ))}
          </ul>
        </Notice>
      );
    case 'deleted':
      return (
        <Notice
          title={t('save.deletedTitle')}
          tone="error"
          role="alert"
          actions={
            <>
              <button type="button" className="button" onClick={() => onKeepMine(outcome.mine)}>
                {t('save.saveAgain')}
              </button>
              {exportButton(outcome.mine, t('import:bar.export'))}
            </>
          }
        >
          <p>{t('save.deleted')}</p>
        </Notice>
      );
    case 'failed':
      return (
        <Notice
          title={outcome.quota ? t('save.fullTitle') : t('save.failedTitle')}
          tone="error"
          role="alert"
          actions={
            <>
              {exportButton(article, t('import:bar.export'))}
              {outcome.quota ? (
                <Link to="/" className="button">
                  {t('save.toBackup')}
                </Link>
              ) : null}
            </>
          }
        >
          <p>{t('corrections:saveFailed', { detail: outcome.detail })}</p>
          {outcome.quota ? <p>{t('save.full')}</p> : null}
        </Notice>
      );
  }
}
