import { useTranslation } from 'react-i18next';

/** Said instead of the panel when `?quote=` names a quote the article does not have: gently, and dismissible. */
export function UnknownQuoteNotice({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  const { t } = useTranslation('quotes');
  return (
    <section className="quote-panel quote-panel--notice" role="status" aria-labelledby="unknown-quote-title">
      <div className="quote-panel__body">
        <h2 id="unknown-quote-title" className="quote-panel__speaker">
          {t('unknown.title')}
        </h2>
        <p>
          {t('unknown.body')} <code>{id}</code>
        </p>
        <button type="button" className="button" onClick={onDismiss}>
          {t('unknown.dismiss')}
        </button>
      </div>
    </section>
  );
}
