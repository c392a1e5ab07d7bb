import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A message block for loading, empty and failed states: a heading, a body, and optional actions. */
export function Notice({
  title,
  children,
  tone = 'info',
  role,
  actions,
  headingLevel = 2,
}: {
  title: string;
  children?: ReactNode;
  tone?: 'info' | 'error';
  role?: 'status' | 'alert';
  actions?: ReactNode;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className={`notice notice--${tone}`} role={role}>
      {/* A page's heading takes the focus after a navigation (`app/PageHeadingFocus.tsx`). */}
      <Heading className="notice__title" tabIndex={headingLevel === 1 ? -1 : undefined}>
        {title}
      </Heading>
      {children}
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </section>
  );
}

/** A part that failed to load: an error notice (an alert) with a Retry button, in the interface language. */
export function LoadFailedNotice({
  title,
  onRetry,
  children,
}: {
  title: string;
  onRetry: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <Notice
      title={title}
      tone="error"
      role="alert"
      actions={
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      }
    >
      {children}
    </Notice>
  );
}
