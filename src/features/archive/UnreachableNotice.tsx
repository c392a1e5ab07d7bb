import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';

/**
 * A part of the archive that could not be reached, as offline: no error to report but a status, with a Retry button
 * (and `extra` actions, such as a way to what can be read without a connection), in the interface language. Kept
 * in the archive's chunk: in `ui/Notice.tsx` it would add to every page's first screen.
 */
export function UnreachableNotice({
  title,
  onRetry,
  extra,
  children,
}: {
  title: string;
  onRetry: () => void;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <Notice
      title={title}
      role="status"
      actions={
        <>
          <button type="button" className="button" onClick={onRetry}>
            {t('retry')}
          </button>
          {extra}
        </>
      }
    >
      {children}
    </Notice>
  );
}
