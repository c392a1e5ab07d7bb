import { useTranslation } from 'react-i18next';
import type { UnknownInState } from '../../core/reader/url-state';

const KINDS = ['quote', 'speaker', 'event'] as const;

/**
 * Said when the URL names a quote (`?quote=`), speaker (`?speaker=`) or event (`?event=`) the article does not
 * have — a stale or mistyped link: gently, naming each id, and dismissible. The article is shown as it is without
 * them. Instead of the panel when no quote is shown; `inPanel`, at the top of the panel of the quote that is.
 */
export function UnknownInLinkNotice({
  unknown,
  onDismiss,
  inPanel = false,
}: {
  unknown: UnknownInState;
  onDismiss: () => void;
  inPanel?: boolean;
}) {
  const { t } = useTranslation('quotes');
  const missing = KINDS.flatMap((kind) => {
    const id = unknown[kind];
    return id === undefined ? [] : [{ kind, id }];
  });
  const [only] = missing;
  if (!only) return null;
  return (
    <section
      className={inPanel ? 'quote-panel__notice' : 'quote-panel quote-panel--notice'}
      role="status"
      aria-labelledby="unknown-in-link-title"
    >
      <div className={inPanel ? undefined : 'quote-panel__body'}>
        <h2 id="unknown-in-link-title" className="quote-panel__speaker">
          {missing.length === 1 ? t(`unknown.title.${only.kind}`) : t('unknown.title.several')}
        </h2>
        {missing.map(({ kind, id }) => (
          <p key={kind}>
            {t(`unknown.body.${kind}`)} <code>{id}</code>
          </p>
        ))}
        <button type="button" className="button" onClick={onDismiss}>
          {t('unknown.dismiss')}
        </button>
      </div>
    </section>
  );
}
